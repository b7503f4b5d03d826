/**
 * Computing the report for a repository on disk: reads the content tree once (through the content cache), takes
 * the problems of the last `npm run validate` of this very tree (else validates it), reads the git history with
 * one `git log`, and compares with the archived report of the week before (`reports/`).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildModel, type ContentModel } from '../content/model.ts';
import { readContentTree, type ContentTree } from '../content/tree.ts';
import type { Problem } from '../validate/problem.ts';
import { validateReadTree, validateTree } from '../validate/run.ts';
import { storedProblems } from '../validate/stored.ts';
import { analyseHistory } from './activity.ts';
import { contentDates } from './content-dates.ts';
import { readHistory } from './history.ts';
import { buildReport } from './report.ts';
import { readHarvestLog } from '../harvest/log.ts';
import { upgradeArchivedReport } from './archive.ts';
import type { ArchivedReport } from './integrasi.ts';
import type { WeeklyReport } from './types.ts';
import { lastCompleteWeekSerial, parseWeek, serialOfIsoWeek, weekEndMs, weekLabel, weekSerialOf, type IsoWeek } from './week.ts';

/** Folder of the weekly JSON archive, relative to the repository root. */
export const ARCHIVE_DIR = 'reports';

export interface ComputeOptions {
  /** The ISO week to report; default the last complete week at `now`. */
  week?: IsoWeek;
  /** Current time (epoch ms); default the clock. */
  now?: number;
  /**
   * Without a stored result, validate as the CLI does (markdown in the worker pool) and store it. Off inside Astro:
   * its bundle cannot start the worker script, and the build's own validate run has stored the result already.
   */
  workers?: boolean;
}

/** Reads `reports/<yyyy>-W<ww>.json` when it exists, upgraded from an older schema version when needed (archive.ts). */
export async function readArchivedReport(root: string, label: string): Promise<WeeklyReport | null> {
  let text: string;
  try {
    text = await readFile(join(root, ARCHIVE_DIR, `${label}.json`), 'utf8');
  } catch {
    return null;
  }
  try {
    const report = upgradeArchivedReport(JSON.parse(text) as ArchivedReport);
    return report?.minggu === label ? report : null;
  } catch {
    return null;
  }
}

/** Week labels of the archived reports, oldest first. */
export async function listArchivedWeeks(root: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(join(root, ARCHIVE_DIR));
  } catch {
    return [];
  }
  return names
    .map((n) => /^(\d{4}-W\d{2})\.json$/.exec(n)?.[1])
    .filter((label): label is string => !!label && parseWeek(label) !== null)
    .sort();
}

/** Writes the report into the archive and returns its path. */
export async function writeArchivedReport(root: string, report: WeeklyReport): Promise<string> {
  const dir = join(root, ARCHIVE_DIR);
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${report.minggu}.json`);
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}

export interface ComputedReport {
  report: WeeklyReport;
  /** The content model the report was computed from (for callers that also render content). */
  model: ContentModel;
}

/** The problems of the tree: stored by the last whole-tree `npm run validate` when it judged this very tree, else validated now. */
async function problemsOf(tree: ContentTree, workers: boolean): Promise<Problem[]> {
  const stored = await storedProblems(tree);
  if (stored && process.env.PPID_TRACE === '1') process.stderr.write(`[ppid-trace] hasil validasi dipakai ulang: ${stored.length} masalah\n`);
  return stored ?? (await (workers ? validateReadTree(tree) : validateTree(tree))).problems;
}

/** Computes the weekly report of the repository at `root`. */
export async function computeReport(root: string, options: ComputeOptions = {}): Promise<ComputedReport> {
  return computeReportFromModel(root, buildModel(await readContentTree(root)), { workers: true, ...options });
}

/** The weekly report from a model already loaded (inside Astro: the site's model, so the tree is not read again). */
export async function computeReportFromModel(root: string, model: ContentModel, options: ComputeOptions = {}): Promise<ComputedReport> {
  const now = options.now ?? Date.now();
  const week = options.week ? serialOfIsoWeek(options.week) : lastCompleteWeekSerial(now);
  const { tree } = model;
  // git runs in its own process while the validator (when it must) works through the tree.
  const historyPromise = readHistory(root, tree.files.map((f) => f.path), weekEndMs(week), contentDates(model));
  const [problems, history, previous] = await Promise.all([problemsOf(tree, options.workers === true), historyPromise, readArchivedReport(root, weekLabel(week - 1))]);
  const warnings: string[] = [];
  if (week >= weekSerialOf(now)) warnings.push(`Minggu ${weekLabel(week)} belum selesai: angka unggahan masih dapat bertambah.`);
  // The harvest logs as they are now (the failing sources), not as of the report week.
  const harvest = await readHarvestLog(root);
  const report = buildReport({ model, problems, activity: analyseHistory(history), week, generatedAt: now, previous, warnings, harvest });
  return { report, model };
}
