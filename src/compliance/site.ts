/**
 * The compliance report as the site build sees it: computed once per build (memoized) from the site's own content
 * model (the tree is not read again) and the problems `npm run validate` stored for that tree, for the latest
 * complete week (or `KEPATUHAN_MINGGU=2026-W47` to pin one, e.g. for screenshots), plus the archived weeks of
 * `reports/` for the machine endpoints.
 */
import { getSiteModel } from '../site/model.ts';
import { parseWeek } from './week.ts';
import { computeReportFromModel, listArchivedWeeks, readArchivedReport, type ComputedReport } from './run.ts';
import { byScore } from './format.ts';
import type { OpdReport, WeeklyReport } from './types.ts';

let cached: Promise<ComputedReport> | undefined;

/** The report of the latest week, computed at build time. */
export function getSiteReport(): Promise<ComputedReport> {
  const pinned = process.env.KEPATUHAN_MINGGU ? parseWeek(process.env.KEPATUHAN_MINGGU) : undefined;
  if (pinned === null) throw new Error(`KEPATUHAN_MINGGU="${process.env.KEPATUHAN_MINGGU}" bukan minggu ISO seperti 2026-W47`);
  cached ??= getSiteModel().then((model) => computeReportFromModel(process.cwd(), model, { week: pinned }));
  return cached;
}

/** Every week with a machine-readable report: the archive plus the latest computed week (which wins). */
export async function getAllWeeklyReports(): Promise<WeeklyReport[]> {
  const root = process.cwd();
  const { report } = await getSiteReport();
  const archived = await Promise.all((await listArchivedWeeks(root)).filter((w) => w !== report.minggu).map((w) => readArchivedReport(root, w)));
  return [...archived.filter((r): r is WeeklyReport => r !== null), report].sort((a, b) => a.minggu.localeCompare(b.minggu));
}

/** Ways the OPD table can be ordered; each is its own static page, so sorting needs no JavaScript. */
export const ORDERINGS = ['skor', 'nama', 'unggahan', 'kurang'] as const;
export type Ordering = (typeof ORDERINGS)[number];

const missingCount = (o: OpdReport) => o.berkala.filter((b) => b.status !== 'ada').length;
const byName = (a: OpdReport, b: OpdReport) => a.nama.localeCompare(b.nama, 'id');

/** The OPD rows in one of the orderings (ties by name, so every page is stable). */
export function sortOpds(opds: OpdReport[], ordering: Ordering): OpdReport[] {
  const compare: Record<Ordering, (a: OpdReport, b: OpdReport) => number> = {
    skor: byScore,
    nama: byName,
    unggahan: (a, b) => b.unggahan.total - a.unggahan.total || b.beruntun - a.beruntun || byName(a, b),
    kurang: (a, b) => missingCount(b) - missingCount(a) || a.skor - b.skor || byName(a, b),
  };
  return [...opds].sort(compare[ordering]);
}
