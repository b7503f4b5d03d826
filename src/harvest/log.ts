/**
 * The harvest log, one file per OPD: `content/opd/<opd>/panen.yaml`, one entry per dataset with a `sumber`. It is
 * committed with the data (the dataset page and the weekly report read it), so it changes only when the outcome
 * does: new data taken, a first failure, another failure reason, a recovery. A daily run with the same outcome
 * leaves its bytes alone, otherwise every day would open a pull request. Hence no "last attempt" time: a failure
 * keeps the time it started (`gagal_sejak`); the attempts themselves are in the CI log.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { z } from 'zod';
import { classifyPath, HARVEST_LOG_FILE, opdDir } from '../content/paths.ts';
import { parseSource } from '../content/source.ts';
import { subfolders } from '../content/walk.ts';

export const HarvestEntrySchema = z.strictObject({
  /** Outcome of the latest attempt that changed something. */
  status: z.enum(['berhasil', 'gagal']),
  /** When data was last taken successfully (WIB ISO, `2026-11-20T06:05:00+07:00`). */
  berhasil: z.string().optional(),
  /** Start of the current run of failures (WIB ISO). */
  gagal_sejak: z.string().optional(),
  /** Why the latest attempt failed (Indonesian, NIK/NPWP masked). */
  alasan: z.string().optional(),
});
export type HarvestEntry = z.output<typeof HarvestEntrySchema>;

/** Dataset slug → entry, for one OPD. */
export type OpdHarvestLog = Map<string, HarvestEntry>;

export interface HarvestLogRecord extends HarvestEntry {
  opd: string;
  dataset: string;
}

export const harvestLogPath = (opd: string) => `${opdDir(opd)}/${HARVEST_LOG_FILE}`;

/** Parses a log with the validator's own YAML reader (no tags, aliases or deep nesting); bad entries are skipped. */
export function parseHarvestLog(text: string, opd = 'x'): OpdHarvestLog {
  const data = parseSource(classifyPath(harvestLogPath(opd)), text).data;
  const log: OpdHarvestLog = new Map();
  if (!data || typeof data !== 'object' || Array.isArray(data)) return log;
  for (const [slug, value] of Object.entries(data)) {
    const parsed = HarvestEntrySchema.safeParse(value);
    if (parsed.success) log.set(slug, parsed.data);
  }
  return log;
}

const HEADER = [
  '# Log panen data otomatis (`npm run harvest`, docs/panen.md). Ditulis mesin: jangan diubah manual.',
  '# Hanya berubah bila hasil panen berubah: data baru, gagal pertama kali, alasan berganti, atau pulih.',
];

/** The file text: datasets in slug order, keys in a fixed order, no folding, so equal logs are equal bytes. */
export function formatHarvestLog(log: OpdHarvestLog): string {
  const entries = [...log].sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return `${HEADER.join('\n')}\n{}\n`;
  const ordered = Object.fromEntries(entries.map(([slug, e]) => [slug, HarvestEntrySchema.parse({ status: e.status, berhasil: e.berhasil, gagal_sejak: e.gagal_sejak, alasan: e.alasan })]));
  return `${HEADER.join('\n')}\n${stringify(ordered, { lineWidth: 0 })}`;
}

/** One OPD's log from disk (empty when there is none yet). */
export async function readOpdHarvestLog(root: string, opd: string): Promise<OpdHarvestLog> {
  const text = await readFile(join(root, harvestLogPath(opd)), 'utf8').catch(() => undefined);
  return text === undefined ? new Map() : parseHarvestLog(text, opd);
}

/** Every OPD's log entries, by OPD then dataset: what the weekly report lists (failing sources). */
export async function readHarvestLog(root: string): Promise<HarvestLogRecord[]> {
  const records: HarvestLogRecord[] = [];
  for (const opd of await subfolders(root, 'content/opd')) {
    const log = await readOpdHarvestLog(root, opd);
    for (const [dataset, entry] of [...log].sort(([a], [b]) => a.localeCompare(b))) records.push({ opd, dataset, ...entry });
  }
  return records;
}

export type AttemptOutcome = { ok: true; changed: boolean } | { ok: false; reason: string };

/**
 * The entry after an attempt at `now` (WIB ISO). Equal outcomes give the previous entry itself: an unchanged
 * success keeps the time data last came in, a repeated failure keeps when the failures started.
 */
export function nextEntry(previous: HarvestEntry | undefined, outcome: AttemptOutcome, now: string): HarvestEntry {
  if (outcome.ok) {
    if (!outcome.changed && previous?.status === 'berhasil' && previous.berhasil) return previous;
    return { status: 'berhasil', berhasil: now };
  }
  const since = previous?.status === 'gagal' ? (previous.gagal_sejak ?? now) : now;
  return { status: 'gagal', ...(previous?.berhasil ? { berhasil: previous.berhasil } : {}), gagal_sejak: since, alasan: outcome.reason };
}
