/**
 * "Who needs a call this week?": the OPDs at the top of /kepatuhan/. An OPD is listed when it uploaded nothing in the
 * report week (Demak's own rule: at least one upload a week), or when a request or objection it handles is past its
 * legal deadline (UU 14/2008 Pasal 22 ayat (7)–(8): 10 working days, +7 with notice; Pasal 36: 30 working days for an
 * objection), from the request register's `layanan.terlambat` when the report has it.
 */
import { historyBeganInReportWeek } from './history-start.ts';
import type { OpdReport, WeeklyReport } from './types.ts';

export type Terlambat = NonNullable<WeeklyReport['layanan']>['terlambat'][number];

export interface AttentionItem {
  opd: OpdReport;
  /** Nothing uploaded in the report week (always false when the history began inside that week). */
  belumUnggah: boolean;
  /** Its requests and objections past their deadline, longest overdue first. */
  terlambat: Terlambat[];
}

export interface Attention {
  /** Overdue requests first (a legal deadline has passed), then by name. */
  items: AttentionItem[];
  /** False when uploads cannot be judged: the git history began inside the report week (history-start.ts). */
  uploadsJudged: boolean;
}

/** The OPDs that need attention this week, in the order they are shown. */
export function needsAttention(report: WeeklyReport): Attention {
  const uploadsJudged = !historyBeganInReportWeek(report);
  const overdue = new Map<string, Terlambat[]>();
  for (const item of report.layanan?.terlambat ?? []) {
    const list = overdue.get(item.opd);
    if (list) list.push(item);
    else overdue.set(item.opd, [item]);
  }
  const items = report.opd
    .map((opd) => ({
      opd,
      belumUnggah: uploadsJudged && opd.unggahan.total === 0,
      terlambat: [...(overdue.get(opd.opd) ?? [])].sort((a, b) => b.hari_kerja_lewat - a.hari_kerja_lewat),
    }))
    .filter((item) => item.belumUnggah || item.terlambat.length > 0)
    .sort((a, b) => b.terlambat.length - a.terlambat.length || a.opd.nama.localeCompare(b.opd.nama, 'id'));
  return { items, uploadsJudged };
}
