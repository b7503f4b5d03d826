/**
 * `npm run harvest`: every due source of the selection, a few at a time, then each OPD's log written when (and only
 * when) its bytes change. Failures never stop the other sources; the CLI turns any failure into exit code 1.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapLimit } from '../lib/pool.ts';
import { wibDateString, wibIso } from '../lib/wib.ts';
import { writeAtomic } from './atomic-write.ts';
import { reasonText } from './failure.ts';
import { harvestDataset, type HarvestJob, type HarvestSetting } from './harvest-dataset.ts';
import { formatHarvestLog, harvestLogPath, nextEntry, readOpdHarvestLog, type AttemptOutcome, type OpdHarvestLog } from './log.ts';
import { dueState } from './schedule.ts';
import { readHarvestSources, type Selection } from './sources.ts';

export interface HarvestOptions extends Selection {
  root: string;
  dryRun?: boolean;
  /** The run's time (tests); default the clock. */
  now?: Date;
  env?: NodeJS.ProcessEnv;
}

export type HarvestStatus = 'diperbarui' | 'tidak-berubah' | 'gagal' | 'belum-jadwal';

export interface HarvestResult {
  opd: string;
  slug: string;
  csvPath: string;
  status: HarvestStatus;
  /** Rows of the candidate (diperbarui, tidak-berubah). */
  rows?: number;
  /** Why it failed (gagal). */
  reason?: string;
  /** The next due date, or null for `sekali` (belum-jadwal). */
  next?: string | null;
  frekuensi?: string;
}

/** Sources fetched at the same time: enough to hide latency, few enough to be gentle with regency servers. */
const CONCURRENCY = 4;

async function attempt(job: HarvestJob, setting: HarvestSetting): Promise<{ result: HarvestResult; outcome: AttemptOutcome }> {
  const base = { opd: job.opd, slug: job.slug, csvPath: job.csvPath, frekuensi: job.meta.frekuensi };
  try {
    const { changed, rows } = await harvestDataset(job, setting);
    return { result: { ...base, status: changed ? 'diperbarui' : 'tidak-berubah', rows }, outcome: { ok: true, changed } };
  } catch (error) {
    const reason = reasonText(error);
    return { result: { ...base, status: 'gagal', reason }, outcome: { ok: false, reason } };
  }
}

/** Runs the harvest; returns one result per dataset with a source in the selection, in path order. */
export async function runHarvest(options: HarvestOptions): Promise<HarvestResult[]> {
  const now = options.now ?? new Date();
  const sources = await readHarvestSources(options.root, options);
  const setting: HarvestSetting = {
    root: options.root, allowedHosts: new Set(sources.pemda.panen?.host_diizinkan ?? []), context: sources.context,
    today: wibDateString(now), dryRun: options.dryRun === true, env: options.env ?? process.env,
  };
  const opds = [...new Set([...sources.jobs, ...sources.invalid].map((j) => j.opd))].sort();
  const logs = new Map<string, OpdHarvestLog>(await Promise.all(opds.map(async (opd) => [opd, await readOpdHarvestLog(options.root, opd)] as const)));
  const outcomes: { opd: string; slug: string; outcome: AttemptOutcome }[] = [];
  const results: HarvestResult[] = sources.invalid.map((v) => ({ opd: v.opd, slug: v.slug, csvPath: v.csvPath, status: 'gagal', reason: v.reason }));
  for (const v of sources.invalid) outcomes.push({ opd: v.opd, slug: v.slug, outcome: { ok: false, reason: v.reason } });

  const due = sources.jobs.filter((job) => {
    // `--dataset` forces: the editor asked for this one now, whatever the schedule says.
    const state = options.dataset ? ({ due: true } as const) : dueState(job.meta.frekuensi, logs.get(job.opd)?.get(job.slug)?.berhasil, now);
    if (!state.due) results.push({ opd: job.opd, slug: job.slug, csvPath: job.csvPath, status: 'belum-jadwal', next: state.next, frekuensi: job.meta.frekuensi });
    return state.due;
  });
  for (const { result, outcome } of await mapLimit(due, CONCURRENCY, (job) => attempt(job, setting))) {
    results.push(result);
    outcomes.push({ opd: result.opd, slug: result.slug, outcome });
  }
  if (!setting.dryRun) await writeLogs(options.root, logs, outcomes, sources.withSource, wibIso(now));
  return results.sort((a, b) => a.csvPath.localeCompare(b.csvPath));
}

/** Applies the outcomes to each OPD's log, drops entries of removed sources, and writes the logs whose bytes change. */
async function writeLogs(root: string, logs: Map<string, OpdHarvestLog>, outcomes: { opd: string; slug: string; outcome: AttemptOutcome }[], withSource: Map<string, Set<string>>, now: string): Promise<void> {
  for (const { opd, slug, outcome } of outcomes) logs.get(opd)!.set(slug, nextEntry(logs.get(opd)!.get(slug), outcome, now));
  for (const [opd, log] of logs) {
    for (const slug of log.keys()) if (!withSource.get(opd)?.has(slug)) log.delete(slug);
    const path = join(root, harvestLogPath(opd));
    const before = await readFile(path, 'utf8').catch(() => undefined);
    if (before === undefined && log.size === 0) continue;
    const after = formatHarvestLog(log);
    if (before !== after) await writeAtomic(path, after);
  }
}
