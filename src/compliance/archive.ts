/**
 * Reading reports archived with an older schema (`reports/`, docs/kepatuhan.md): each step upgrades one version,
 * so an archived week keeps its place on the site and in the week-on-week comparison.
 */
import { DEFAULT_LABELS } from '../schemas/kepatuhan.ts';
import { upgradeVersion1, type ArchivedReport } from './integrasi.ts';
import { KUALIFIKASI, LEGACY_AMBANG, LEGACY_CODES, reportNote, type KualifikasiCode } from './policy.ts';
import { REPORT_VERSION, type Sebaran, type WeeklyReport } from './types.ts';

/** A band code of any version as today's code (versi 1–2 used the Komisi Informasi's predicates as codes). */
function currentCode(code: string): KualifikasiCode {
  return LEGACY_CODES[code] ?? (code as KualifikasiCode);
}

function currentSebaran(old: Record<string, number>): Sebaran {
  const sebaran = Object.fromEntries(KUALIFIKASI.map((k) => [k.code, 0])) as Sebaran;
  for (const [code, count] of Object.entries(old)) sebaran[currentCode(code)] += count;
  return sebaran;
}

/**
 * Band codes named after the Komisi Informasi's predicates (`informatif`, …) read as today's bands, wherever they
 * appear: per OPD, in the distributions and in the thresholds. Changes the report in place.
 */
function renameLegacyBands(report: ArchivedReport): void {
  for (const o of report.opd) {
    o.kualifikasi = currentCode(o.kualifikasi);
    if (o.kualifikasi_sebelumnya !== null) o.kualifikasi_sebelumnya = currentCode(o.kualifikasi_sebelumnya);
  }
  report.ringkasan.sebaran = currentSebaran(report.ringkasan.sebaran);
  if (report.ringkasan.pembanding) report.ringkasan.pembanding.sebaran = currentSebaran(report.ringkasan.pembanding.sebaran);
  const ambang = report.kebijakan.ambang as Record<string, number>;
  for (const [legacy, key] of Object.entries(LEGACY_AMBANG)) {
    if (legacy in ambang) {
      ambang[key] ??= ambang[legacy];
      delete ambang[legacy];
    }
  }
}

/**
 * Versi 2 named the bands after the Komisi Informasi's predicates and had no labels, no note and no start of the
 * history. Read it with today's band codes, the default labels (never the predicates), the note, and `mulai: null`
 * (unknown).
 */
export function upgradeVersion2(report: ArchivedReport): ArchivedReport {
  renameLegacyBands(report);
  report.kebijakan.label ??= { ...DEFAULT_LABELS };
  report.riwayat.mulai ??= null;
  report.catatan ??= reportNote();
  // Versi 3 also added the `layanan` component (request register): nothing was scored for it before.
  report.kebijakan.bobot.layanan ??= 0;
  for (const opd of report.opd) opd.komponen.layanan ??= { nilai: 0, bobot: 0, poin: 0 };
  return { ...report, versi: 3 };
}

/**
 * Versi 3 had no setiap-saat check: read it as having scored nothing for it and listed no item (not as having found
 * every item missing).
 */
export function upgradeVersion3(report: ArchivedReport): ArchivedReport {
  report.kebijakan.bobot.setiap_saat ??= 0;
  for (const opd of report.opd) {
    opd.komponen.setiap_saat ??= { nilai: 0, bobot: 0, poin: 0 };
    opd.setiap_saat ??= [];
  }
  return { ...report, versi: 4 };
}

/** An archived report of any known version as the current schema, or null when it is not a report we can read. */
export function upgradeArchivedReport(parsed: ArchivedReport): WeeklyReport | null {
  if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.opd)) return null;
  let report = parsed;
  if (report.versi === 1) report = upgradeVersion1(report);
  if (report.versi === 2) report = upgradeVersion2(report);
  if (report.versi === 3) report = upgradeVersion3(report);
  if (report.versi !== REPORT_VERSION) return null;
  // A current-version file may still hold an old code (written by hand, or by a test): read it as today's band.
  renameLegacyBands(report);
  return report as WeeklyReport;
}
