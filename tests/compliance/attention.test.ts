/**
 * The top of /kepatuhan/: who uploaded nothing this week and who has requests past their deadline, by name; nothing
 * about uploads when the git history began inside the report week; the berkala column in words.
 */
import { describe, expect, it } from 'vitest';
import { analyseHistory } from '../../src/compliance/activity.ts';
import { needsAttention } from '../../src/compliance/attention.ts';
import { historyBeganInReportWeek } from '../../src/compliance/history-start.ts';
import type { History } from '../../src/compliance/history.ts';
import { buildReport } from '../../src/compliance/report.ts';
import type { WeeklyReport } from '../../src/compliance/types.ts';
import { serialOfIsoWeek, weekEndMs, weekStartMs } from '../../src/compliance/week.ts';
import { loadContent } from '../../src/content/model.ts';
import { berkalaWords } from '../../src/pages/kepatuhan/_parts/view.ts';

const VALID_FIXTURE = new URL('../fixtures/valid/', import.meta.url).pathname;
const WEEK = serialOfIsoWeek({ year: 2026, week: 47 });

async function reportWith(history: History): Promise<WeeklyReport> {
  const model = await loadContent(VALID_FIXTURE);
  return buildReport({ model, problems: [], activity: analyseHistory(history), week: WEEK, generatedAt: weekEndMs(WEEK) });
}

/** Copies of one OPD under other slugs and names, with the given uploads this week. */
function withOpds(report: WeeklyReport, uploads: Record<string, number>): WeeklyReport {
  const template = report.opd[0];
  const opd = Object.entries(uploads).map(([slug, total]) => ({ ...template, opd: slug, nama: `Dinas ${slug}`, unggahan: { ...template.unggahan, total } }));
  return { ...report, opd };
}

const OLD_HISTORY = (path: string): History => ({ source: 'git', perkiraan: false, commits: 1, changes: [{ time: weekStartMs(WEEK) - 30 * 86_400_000, status: 'A', path }] });

describe('needsAttention', () => {
  it('lists the OPDs without an upload this week by name, and no others', async () => {
    const base = await reportWith(OLD_HISTORY('content/opd/dinas-contoh/berita/2026-10-01-a.md'));
    const report = withOpds(base, { zeta: 0, alfa: 2, beta: 0 });
    const { items, uploadsJudged } = needsAttention(report);
    expect(uploadsJudged).toBe(true);
    expect(items.map((i) => [i.opd.nama, i.belumUnggah])).toEqual([['Dinas beta', true], ['Dinas zeta', true]]);
  });

  it('puts OPDs with overdue requests first, longest overdue first, and keeps OPDs that uploaded', async () => {
    const base = await reportWith(OLD_HISTORY('content/opd/dinas-contoh/berita/2026-10-01-a.md'));
    const overdue = (opd: string, nomor: string, hari: number) => ({ opd, nomor, jenis: 'permohonan' as const, diterima: '2026-10-01', batas: '2026-10-15', hari_kerja_lewat: hari });
    const report = { ...withOpds(base, { alfa: 3, beta: 0 }), layanan: { terlambat: [overdue('alfa', '001', 2), overdue('alfa', '002', 9), overdue('tidak-ada', '003', 1)] } };
    const { items } = needsAttention(report);
    expect(items.map((i) => i.opd.opd)).toEqual(['alfa', 'beta']);
    expect(items[0]).toMatchObject({ belumUnggah: false });
    expect(items[0].terlambat.map((x) => x.nomor)).toEqual(['002', '001']);
  });

  it('judges no uploads when the git history began inside the report week (a fresh clone)', async () => {
    const fresh: History = { source: 'git', perkiraan: false, commits: 1, changes: [{ time: weekStartMs(WEEK) + 3_600_000, status: 'A', path: 'content/opd/dinas-contoh/berita/2026-11-20-a.md' }] };
    const report = await reportWith(fresh);
    expect(report.riwayat.mulai).toBe('2026-11-16T01:00:00+07:00');
    expect(historyBeganInReportWeek(report)).toBe(true);
    expect(report.riwayat.peringatan[0]).toMatch(/^Riwayat git isi portal baru dimulai 2026-11-16, di dalam minggu laporan/);
    const { items, uploadsJudged } = needsAttention(withOpds(report, { alfa: 0 }));
    expect(uploadsJudged).toBe(false);
    expect(items).toEqual([]);
  });

  it('knows an older history, and that file dates are no git history', async () => {
    expect(historyBeganInReportWeek(await reportWith(OLD_HISTORY('content/opd/dinas-contoh/berita/2026-10-01-a.md')))).toBe(false);
    const estimated = await reportWith({ source: 'berkas', perkiraan: true, changes: [], commits: 0 });
    expect(estimated.riwayat.mulai).toBeNull();
    expect(historyBeganInReportWeek(estimated)).toBe(false);
  });
});

describe('berkala column in words', () => {
  it('counts missing and stale items, without letters or codes', () => {
    const items = (...statuses: ('ada' | 'basi' | 'tidak-ada')[]) => statuses.map((status) => ({ status }));
    expect(berkalaWords(items('tidak-ada', 'ada', 'basi', 'tidak-ada'))).toBe('2 wajib belum ada, 1 basi');
    expect(berkalaWords(items('basi'))).toBe('1 basi');
    expect(berkalaWords(items('ada', 'ada'))).toBe('lengkap dan mutakhir');
  });
});
