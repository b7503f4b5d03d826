/**
 * The bands of the internal compliance index are not Komisi Informasi predicates: default labels, labels of the
 * regency's own choosing, refusing the predicates (in the schema and through the validator, at the line), and old
 * archives whose band codes were named after the predicates still read, with today's codes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseHistory } from '../../src/compliance/activity.ts';
import { upgradeArchivedReport } from '../../src/compliance/archive.ts';
import { formatCsv, formatMarkdown, CSV_HEADER } from '../../src/compliance/format.ts';
import type { History } from '../../src/compliance/history.ts';
import type { ArchivedReport } from '../../src/compliance/integrasi.ts';
import { KUALIFIKASI, kualifikasiLabel, LEGACY_CODES } from '../../src/compliance/policy.ts';
import { buildReport } from '../../src/compliance/report.ts';
import { readArchivedReport } from '../../src/compliance/run.ts';
import { REPORT_VERSION, type WeeklyReport } from '../../src/compliance/types.ts';
import { serialOfIsoWeek, weekEndMs } from '../../src/compliance/week.ts';
import { loadContent, type ContentModel } from '../../src/content/model.ts';
import { parseCsvRows } from '../../src/lib/csv.ts';
import { DEFAULT_LABELS, KI_PREDICATES } from '../../src/schemas/kepatuhan.ts';
import { PemdaSchema } from '../../src/schemas/index.ts';
import { problemsOf } from '../validate/scenario.ts';

const VALID_FIXTURE = new URL('../fixtures/valid/', import.meta.url).pathname;
const WEEK = serialOfIsoWeek({ year: 2026, week: 47 });
const NO_HISTORY: History = { source: 'berkas', perkiraan: true, changes: [], commits: 0 };
const kepatuhanOf = (input: unknown) => PemdaSchema.shape.kepatuhan.safeParse(input);
const made: string[] = [];

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function reportWith(label?: Record<string, string>): Promise<WeeklyReport> {
  const base = await loadContent(VALID_FIXTURE);
  const pemda = label ? { ...base.pemda, kepatuhan: PemdaSchema.shape.kepatuhan.parse({ label }) } : base.pemda;
  const model: ContentModel = { ...base, pemda };
  return buildReport({ model, problems: [], activity: analyseHistory(NO_HISTORY), week: WEEK, generatedAt: weekEndMs(WEEK) });
}

describe('default labels', () => {
  it('are plain words about compliance, in the report and every output, with the note', async () => {
    expect(kepatuhanOf({}).data!.label).toEqual(DEFAULT_LABELS);
    const report = await reportWith();
    expect(report.kebijakan.label).toEqual({ sangat_patuh: 'Sangat patuh', patuh: 'Patuh', cukup_patuh: 'Cukup patuh', kurang_patuh: 'Kurang patuh', perlu_perhatian: 'Perlu perhatian' });
    expect(report.catatan).toContain('alat pemantauan internal PPID Utama Pemerintah Kabupaten Contoh');
    expect(report.catatan).toContain('bukan predikat Komisi Informasi');
    const markdown = formatMarkdown(report);
    for (const k of KUALIFIKASI) expect(markdown).toContain(`| ${DEFAULT_LABELS[k.key]} |`);
    expect(markdown).toContain(report.catatan);
    expect(markdown).not.toMatch(/informatif/i);
    const rows = parseCsvRows(formatCsv(report), ',');
    expect(rows[1].cells[CSV_HEADER.indexOf('catatan')]).toBe(report.catatan);
    expect(JSON.stringify(report)).not.toMatch(/informatif/i);
  });
});

describe('labels from pemda.yaml', () => {
  it('are used by the report and the summary, the bands staying the same', async () => {
    const label = { sangat_patuh: 'Teladan', patuh: 'Baik', cukup_patuh: 'Sedang', kurang_patuh: 'Kurang', perlu_perhatian: 'Perlu pembinaan' };
    const report = await reportWith(label);
    expect(report.kebijakan.label).toEqual(label);
    const o = report.opd[0];
    expect(kualifikasiLabel(o.kualifikasi, report.kebijakan.label)).toBe(label[KUALIFIKASI.find((k) => k.code === o.kualifikasi)!.key]);
    expect(formatMarkdown(report)).toContain('| Perlu pembinaan |');
  });

  it('may leave some labels out (their defaults apply), and trims spaces', () => {
    expect(kepatuhanOf({ label: { patuh: '  Baik ' } }).data!.label).toEqual({ ...DEFAULT_LABELS, patuh: 'Baik' });
  });

  it('refuses every Komisi Informasi predicate, in any case or spacing, with the reason in Indonesian', () => {
    for (const predicate of [...KI_PREDICATES, 'menuju informatif', 'TIDAK  INFORMATIF', 'Sangat Informatif']) {
      const result = kepatuhanOf({ label: { patuh: predicate } });
      expect(result.success, predicate).toBe(false);
      const issue = result.error!.issues[0];
      expect(issue.path).toEqual(['label', 'patuh']);
      expect(issue.message).toContain('predikat Komisi Informasi');
      expect(issue.message).toContain('Perki 1/2022');
      expect(issue.message).toContain('UU 14/2008 Pasal 7 ayat (2)');
    }
    // A word that merely contains the letters is not a predicate.
    expect(kepatuhanOf({ label: { patuh: 'Informatika baik' } }).success).toBe(true);
  });

  it('refuses an empty label and two equal labels', () => {
    expect(kepatuhanOf({ label: { patuh: '   ' } }).error!.issues[0].message).toBe('label tidak boleh kosong');
    expect(kepatuhanOf({ label: { patuh: 'Cukup patuh' } }).error!.issues[0].message).toBe('kelima label harus berbeda satu sama lain');
  });

  it('are checked by the validator, at the line of content/pemda.yaml', async () => {
    const pemda = readFileSync(join(VALID_FIXTURE, 'content/pemda.yaml'), 'utf8');
    const text = `${pemda}kepatuhan:\n  label:\n    sangat_patuh: Informatif\n`;
    const problems = await problemsOf({ 'content/pemda.yaml': text });
    const problem = problems.find((p) => p.file === 'content/pemda.yaml' && p.message.includes('predikat Komisi Informasi'));
    expect(problem).toMatchObject({ rule: 'frontmatter/schema', severity: 'error', line: text.split('\n').indexOf('    sangat_patuh: Informatif') + 1 });
  });
});

/** What a report archived before versi 3 holds: band codes and threshold keys named after the KI predicates. */
function asVersion2(report: WeeklyReport): ArchivedReport {
  const legacyOf = Object.fromEntries(Object.entries(LEGACY_CODES).map(([old, code]) => [code, old]));
  const old = JSON.parse(JSON.stringify(report)) as Record<string, any>;
  old.versi = 2;
  delete old.catatan;
  delete old.kebijakan.label;
  delete old.riwayat.mulai;
  old.kebijakan.ambang = { informatif: 90, menuju_informatif: 80, cukup_informatif: 60, kurang_informatif: 40 };
  for (const o of old.opd) {
    o.kualifikasi = legacyOf[o.kualifikasi];
    o.kualifikasi_sebelumnya = o.kualifikasi_sebelumnya && legacyOf[o.kualifikasi_sebelumnya];
  }
  const rename = (sebaran: Record<string, number>) => Object.fromEntries(Object.entries(sebaran).map(([code, n]) => [legacyOf[code], n]));
  old.ringkasan.sebaran = rename(old.ringkasan.sebaran);
  if (old.ringkasan.pembanding) old.ringkasan.pembanding.sebaran = rename(old.ringkasan.pembanding.sebaran);
  return old as ArchivedReport;
}

describe('archives from before versi 3', () => {
  it('read with today band codes, thresholds, the default labels and the note', async () => {
    const current = await reportWith();
    const old = asVersion2(current);
    expect(JSON.stringify(old)).toMatch(/"kualifikasi":"(informatif|menuju-informatif|cukup-informatif|kurang-informatif|tidak-informatif)"/);
    const upgraded = upgradeArchivedReport(old)!;
    expect(upgraded.versi).toBe(REPORT_VERSION);
    expect(upgraded.opd.map((o) => o.kualifikasi)).toEqual(current.opd.map((o) => o.kualifikasi));
    expect(upgraded.ringkasan.sebaran).toEqual(current.ringkasan.sebaran);
    expect(upgraded.kebijakan.ambang).toEqual(current.kebijakan.ambang);
    expect(upgraded.kebijakan.label).toEqual(DEFAULT_LABELS);
    expect(upgraded.riwayat.mulai).toBeNull();
    expect(upgraded.catatan).toContain('bukan predikat Komisi Informasi');
    expect(formatMarkdown(upgraded)).not.toMatch(/informatif/i);
  });

  it('are read from reports/ (versi 1 too), and an unknown version is not', async () => {
    const current = await reportWith();
    const root = mkdtempSync(join(tmpdir(), 'ppid-arsip-'));
    made.push(root);
    mkdirSync(join(root, 'reports'));
    const v2 = asVersion2(current);
    writeFileSync(join(root, 'reports', `${current.minggu}.json`), JSON.stringify(v2));
    expect((await readArchivedReport(root, current.minggu))?.opd[0].kualifikasi).toBe(current.opd[0].kualifikasi);
    const v1 = JSON.parse(JSON.stringify({ ...v2, versi: 1 }, (key, value) => (key === 'integrasi' ? undefined : value)));
    writeFileSync(join(root, 'reports', `${current.minggu}.json`), JSON.stringify(v1));
    const fromV1 = (await readArchivedReport(root, current.minggu))!;
    expect(fromV1.versi).toBe(REPORT_VERSION);
    expect(fromV1.opd[0].integrasi).toEqual({ terhubung: 0, terdaftar: 0 });
    expect(fromV1.ringkasan.sebaran).toEqual(current.ringkasan.sebaran);
    writeFileSync(join(root, 'reports', `${current.minggu}.json`), JSON.stringify({ ...current, versi: 99 }));
    expect(await readArchivedReport(root, current.minggu)).toBeNull();
  });
});
