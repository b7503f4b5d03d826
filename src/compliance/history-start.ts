/**
 * A fresh clone, or content imported in bulk: when the git history under content/opd/ begins inside the report week,
 * that week's "uploads" are the whole initial content and the week before had nothing, so uploads, streaks and
 * the change in score say nothing about what the OPDs did. Every output says so instead of showing them.
 */
import type { WeeklyReport } from './types.ts';

/** True when the report's git history began inside its own week (`riwayat.mulai` ≥ `mulai`). */
export function historyBeganInReportWeek(report: Pick<WeeklyReport, 'riwayat' | 'mulai' | 'sampai'>): boolean {
  const began = report.riwayat.mulai;
  return report.riwayat.sumber === 'git' && began !== null && Date.parse(began) >= Date.parse(report.mulai) && Date.parse(began) < Date.parse(report.sampai);
}

/** The one-sentence warning of such a report (Indonesian; also printed by the CLI). */
export function historyStartWarning(began: string): string {
  return `Riwayat git isi portal baru dimulai ${began.slice(0, 10)}, di dalam minggu laporan: unggahan minggu ini adalah seluruh isi awal repositori, jadi unggahan, minggu beruntun dan perubahan skor belum bermakna.`;
}
