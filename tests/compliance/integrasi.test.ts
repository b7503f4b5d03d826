/**
 * The "sistem terhubung / terdaftar" column of the weekly report: what counts, how it reaches the JSON, CSV and
 * Markdown, that it stays out of the score until pemda.yaml weights it, and that versi 1 archives still read.
 */
import { describe, expect, it } from 'vitest';
import { analyseHistory } from '../../src/compliance/activity.ts';
import { CSV_HEADER, formatCsv, formatMarkdown } from '../../src/compliance/format.ts';
import type { History } from '../../src/compliance/history.ts';
import { upgradeArchivedReport } from '../../src/compliance/archive.ts';
import { checkIntegrasi, type ArchivedReport } from '../../src/compliance/integrasi.ts';
import { buildReport } from '../../src/compliance/report.ts';
import { scoreOpd, type ScoreInput } from '../../src/compliance/score.ts';
import { REPORT_VERSION } from '../../src/compliance/types.ts';
import { serialOfIsoWeek, weekEndMs } from '../../src/compliance/week.ts';
import { countIntegration } from '../../src/content/integrasi.ts';
import { loadContent, type ContentModel, type Entry } from '../../src/content/model.ts';
import { parseCsvRows } from '../../src/lib/csv.ts';
import { AplikasiSchema, PemdaSchema, type Aplikasi, type AplikasiInput } from '../../src/schemas/index.ts';

const VALID_FIXTURE = new URL('../fixtures/valid/', import.meta.url).pathname;
const WEEK = serialOfIsoWeek({ year: 2026, week: 47 });
const NO_HISTORY: History = { source: 'berkas', perkiraan: true, changes: [], commits: 0 };

function system(slug: string, fields: Partial<AplikasiInput>): Entry<Aplikasi> {
  const data = AplikasiSchema.parse({
    nama: `Sistem ${slug.toUpperCase()}`, fungsi: 'Sistem contoh untuk pengujian.', unit_pemilik: 'Bidang Contoh', status: 'aktif', jenis: 'daerah',
    data: ['data contoh'], integrasi: 'belum', kontak: 'Admin aplikasi', diperbarui: '2026-11-01', ...fields,
  });
  return { opd: 'dinas-contoh', slug, path: `content/opd/dinas-contoh/aplikasi/${slug}.yaml`, data, body: '' };
}

const connected: Partial<AplikasiInput> = { integrasi: 'panen', dataset: ['jumlah-sekolah'] };
const inventory = [
  system('a', connected),
  system('b', { integrasi: 'unggah-manual', dataset: ['jumlah-sekolah'] }),
  system('c', {}),
  system('d', { status: 'dalam-pengembangan', ...connected }),
  system('e', { status: 'tidak-aktif', ...connected }),
];

async function reportWith(systems: Entry<Aplikasi>[], bobot?: Record<string, number>) {
  const base = await loadContent(VALID_FIXTURE);
  const pemda = bobot ? { ...base.pemda, kepatuhan: PemdaSchema.shape.kepatuhan.parse({ bobot }) } : base.pemda;
  const model: ContentModel = { ...base, pemda, aplikasi: systems };
  return buildReport({ model, problems: [], activity: analyseHistory(NO_HISTORY), week: WEEK, generatedAt: weekEndMs(WEEK) });
}

describe('what counts as connected', () => {
  it('counts active systems only, and calls one connected when harvested or uploaded by hand', () => {
    expect(countIntegration(inventory.map((e) => e.data))).toEqual({ terhubung: 2, terdaftar: 3 });
  });

  it('leaves out an entry first committed after the week, as datasets are', () => {
    const added = weekEndMs(WEEK) + 60_000;
    const history: History = { source: 'git', perkiraan: false, commits: 1, changes: [{ time: added, path: inventory[0].path, status: 'A' }] };
    expect(checkIntegrasi([inventory[0]], analyseHistory(history), weekEndMs(WEEK))).toEqual({ terhubung: 0, terdaftar: 0 });
    expect(checkIntegrasi([inventory[0]], analyseHistory(history), added + 1)).toEqual({ terhubung: 1, terdaftar: 1 });
  });
});

describe('the report column', () => {
  it('is in the JSON per OPD, in the CSV as two numbers and in the Markdown as 2/3', async () => {
    const report = await reportWith(inventory);
    const opd = report.opd.find((o) => o.opd === 'dinas-contoh')!;
    expect(opd.integrasi).toEqual({ terhubung: 2, terdaftar: 3 });
    const rows = parseCsvRows(formatCsv(report), ',');
    const cell = (name: string) => rows[1].cells[CSV_HEADER.indexOf(name)];
    expect([cell('sistem_terhubung'), cell('sistem_terdaftar')]).toEqual(['2', '3']);
    const markdown = formatMarkdown(report);
    expect(markdown).toContain('| Berkala kurang | Sistem terhubung |');
    expect(markdown).toMatch(/\| Dinas Contoh[^\n]* \| 2\/3 \|\n/);
    expect(markdown).toContain('Sistem terhubung ke portal: **2 dari 3** sistem aktif di katalog aplikasi (tidak dihitung dalam skor).');
  });

  it('counts the fixture\'s own inventory (one active system, uploaded by hand)', async () => {
    const base = await loadContent(VALID_FIXTURE);
    expect(base.aplikasi.map((e) => e.slug)).toEqual(['data-pokok-pendidikan']);
    const report = await reportWith(base.aplikasi);
    expect(report.opd[0].integrasi).toEqual({ terhubung: 1, terdaftar: 1 });
  });
});

describe('the weight switches scoring on and off', () => {
  const input: ScoreInput = {
    weeklyUploads: [1, 1], berkala: [], dataset: [], profil: [{ kode: 'alamat', label: '', ok: true }],
    validasi: { kesalahan: 0, peringatan: 0, data_pribadi: 0 }, integrasi: { terhubung: 1, terdaftar: 4 },
  };

  it('is shown but not scored by default (weight 0)', () => {
    const kepatuhan = PemdaSchema.shape.kepatuhan.parse({});
    expect(kepatuhan.bobot.integrasi).toBe(0);
    const off = scoreOpd(input, kepatuhan, false);
    const none = scoreOpd({ ...input, integrasi: { terhubung: 0, terdaftar: 0 } }, kepatuhan, false);
    const all = scoreOpd({ ...input, integrasi: { terhubung: 4, terdaftar: 4 } }, kepatuhan, false);
    expect(off.komponen.integrasi).toEqual({ nilai: 0.25, bobot: 0, poin: 0 });
    expect(new Set([off.skor, none.skor, all.skor]).size).toBe(1);
  });

  it('scores connected ÷ active systems once pemda.yaml gives it a weight', () => {
    const kepatuhan = PemdaSchema.shape.kepatuhan.parse({ bobot: { berkala: 30, integrasi: 10 } });
    const on = scoreOpd(input, kepatuhan, false);
    expect(on.komponen.integrasi).toEqual({ nilai: 0.25, bobot: 10, poin: 2.5 });
    const all = scoreOpd({ ...input, integrasi: { terhubung: 4, terdaftar: 4 } }, kepatuhan, false);
    expect(all.skor - on.skor).toBeCloseTo(7.5, 5);
    // No active system listed: 0 for the component, as no dataset is for `data`.
    expect(scoreOpd({ ...input, integrasi: { terhubung: 0, terdaftar: 0 } }, kepatuhan, false).komponen.integrasi.poin).toBe(0);
  });

  it('keeps the weights adding up to 100 with the new component', () => {
    expect(PemdaSchema.shape.kepatuhan.safeParse({ bobot: { integrasi: 10 } }).success).toBe(false);
  });

  it('changes the report score and its policy record when weighted', async () => {
    const before = (await reportWith(inventory)).opd.find((o) => o.opd === 'dinas-contoh')!;
    const weighted = await reportWith(inventory, { berkala: 30, integrasi: 10 });
    const after = weighted.opd.find((o) => o.opd === 'dinas-contoh')!;
    expect(weighted.kebijakan.bobot.integrasi).toBe(10);
    expect(after.komponen.integrasi.poin).toBeCloseTo(6.7, 5);
    expect(after.skor).not.toBe(before.skor);
    expect(formatMarkdown(weighted)).toContain('(bobot skor 10)');
  });
});

describe('archived reports', () => {
  it('reads a versi 1 report (before the inventory) as nothing listed and not scored', async () => {
    const current = await reportWith(inventory);
    // What a versi 1 archive holds: no `integrasi` anywhere.
    const old = JSON.parse(JSON.stringify({ ...current, versi: 1 }, (key, value) => (key === 'integrasi' ? undefined : value))) as ArchivedReport;
    expect(old.opd[0].integrasi).toBeUndefined();
    const upgraded = upgradeArchivedReport(old)!;
    expect(upgraded.versi).toBe(REPORT_VERSION);
    expect(upgraded.opd[0].integrasi).toEqual({ terhubung: 0, terdaftar: 0 });
    expect(upgraded.opd[0].komponen.integrasi).toEqual({ nilai: 0, bobot: 0, poin: 0 });
    expect(() => formatCsv(upgraded)).not.toThrow();
  });
});
