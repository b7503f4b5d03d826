/**
 * The "sistem terhubung / terdaftar" column of the weekly report: per OPD, the active systems of the application
 * inventory and how many of them reach the portal, as of the end of the week (what counts is src/content/integrasi.ts).
 * It is scored only when `kepatuhan.bobot.integrasi` in pemda.yaml is above 0 (score.ts).
 */
import type { ContentModel, Entry } from '../content/model.ts';
import { countIntegration, type IntegrationCount } from '../content/integrasi.ts';
import type { Aplikasi } from '../schemas/aplikasi.ts';
import { existedBefore, type Activity } from './activity.ts';
import type { WeeklyReport } from './types.ts';

/** The inventory entries of every OPD, built once per report. */
export function systemsByOpd(model: ContentModel): Map<string, Entry<Aplikasi>[]> {
  const byOpd = new Map<string, Entry<Aplikasi>[]>();
  for (const entry of model.aplikasi) {
    const list = byOpd.get(entry.opd);
    if (list) list.push(entry);
    else byOpd.set(entry.opd, [entry]);
  }
  return byOpd;
}

/**
 * The count of one OPD at `end`: like datasets, an entry that appears in the history only after the week is absent,
 * so a past week's report does not change when systems are listed later.
 */
export function checkIntegrasi(systems: Entry<Aplikasi>[], activity: Activity, end: number): IntegrationCount {
  return countIntegration(systems.filter((e) => existedBefore(activity, e.path, end)).map((e) => e.data));
}

/** A report as read from `reports/`, of any schema version. */
export type ArchivedReport = Omit<WeeklyReport, 'versi'> & { versi: number };

/**
 * Versi 1 is the report before the inventory existed: no count and no `integrasi` component. Read it as versi 2 with
 * nothing listed and nothing scored (which it was), so an archived week keeps its place on the site and in the
 * comparison. Changes the report in place; archive.ts chains the later steps.
 */
export function upgradeVersion1(report: ArchivedReport): ArchivedReport {
  report.kebijakan.bobot.integrasi ??= 0;
  for (const opd of report.opd) {
    opd.integrasi ??= { terhubung: 0, terdaftar: 0 };
    opd.komponen.integrasi ??= { nilai: 0, bobot: 0, poin: 0 };
  }
  return { ...report, versi: 2 };
}
