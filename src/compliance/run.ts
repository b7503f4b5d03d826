/**
 * Computing the report for a repository on disk: reads the content tree once, validates it, reads the git
 * history with one `git log`, and compares with the archived report of the week before (`reports/`).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildModel, type ContentModel } from '../content/model.ts';
import { readContentTree } from '../content/tree.ts';
import { validateTree } from '../validate/run.ts';
import { analyseHistory } from './activity.ts';
import { contentDates } from './content-dates.ts';
import { readHistory } from './history.ts';
import { buildReport } from './report.ts';
import { REPORT_VERSION, type WeeklyReport } from './types.ts';
import { lastCompleteWeekSerial, parseWeek, serialOfIsoWeek, weekEndMs, weekLabel, weekSerialOf, type IsoWeek } from './week.ts';

/** Folder of the weekly JSON archive, relative to the repository root. */
export const ARCHIVE_DIR = 'reports';

export interface ComputeOptions {
  /** The ISO week to report; default the last complete week at `now`. */
  week?: IsoWeek;
  /** Current time (epoch ms); default the clock. */
  now?: number;
}

/** Reads `reports/<yyyy>-W<ww>.json` when it exists and has the current schema version. */
export async function readArchivedReport(root: string, label: string): Promise<WeeklyReport | null> {
  let text: string;
  try {
    text = await readFile(join(root, ARCHIVE_DIR, `${label}.json`), 'utf8');
  } catch {
    return null;
  }
  try {
    const report = JSON.parse(text) as WeeklyReport;
    return report.versi === REPORT_VERSION && report.minggu === label && Array.isArray(report.opd) ? report : null;
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

/** Computes the weekly report of the repository at `root`. */
export async function computeReport(root: string, options: ComputeOptions = {}): Promise<ComputedReport> {
  const now = options.now ?? Date.now();
  const week = options.week ? serialOfIsoWeek(options.week) : lastCompleteWeekSerial(now);
  const tree = await readContentTree(root);
  const model = buildModel(tree);
  // git runs in its own process while the validator works through the tree.
  const historyPromise = readHistory(root, tree.files.map((f) => f.path), weekEndMs(week), contentDates(model));
  const [validation, history, previous] = await Promise.all([
    validateTree(tree),
    historyPromise,
    readArchivedReport(root, weekLabel(week - 1)),
  ]);
  const warnings: string[] = [];
  if (week >= weekSerialOf(now)) warnings.push(`Minggu ${weekLabel(week)} belum selesai: angka unggahan masih dapat bertambah.`);
  const report = buildReport({ model, problems: validation.problems, activity: analyseHistory(history), week, generatedAt: now, previous, warnings });
  return { report, model };
}
