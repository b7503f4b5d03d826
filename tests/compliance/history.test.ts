/**
 * The report over real git repositories with commits at chosen times (GIT_AUTHOR_DATE/GIT_COMMITTER_DATE):
 * week boundaries in WIB, backdated frontmatter, renames, deletions, merge commits, stale items, an OPD
 * without uploads, personal data, and the fallbacks for shallow clones and folders without git.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/compliance/history.ts';
import { computeReport } from '../../src/compliance/run.ts';
import type { OpdReport, WeeklyReport } from '../../src/compliance/types.ts';
import { berita, commitAt, DATASET_CSV, datasetYaml, git, informasi, initRepo, pemdaYaml, profil, tempDir } from './git-repo.ts';

const W47 = { year: 2026, week: 47 };
const NOW = Date.parse('2026-11-25T12:00:00+07:00');
const opd = (path: string) => `content/opd/${path}`;

/**
 * The scenario, in WIB:
 * - 2026-04-01 beta's pengaduan, whose `diperbarui` claims 2026-11-01 (a future date when committed);
 * - 2026-06-01 the import: profiles of alpha, beta, gamma, delta; alpha's berkala items (pengaduan
 *   updated 2026-03-01, i.e. stale) and a monthly dataset; gamma's yearly dataset and two news items;
 * - W45 epsilon publishes a news item containing a NIK;
 * - W46 a PR branch adds and then edits an alpha news item; merged with a merge commit on Tue of W47;
 * - W47 gamma renames a news item (pure rename), moves one to beta, deletes nothing of its own uploads;
 *   beta uploads on Sunday 23:30; gamma deletes an old news item;
 * - W48 Monday 00:10 gamma uploads; alpha uploads a news item whose `tanggal` is backdated into W47.
 */
function buildScenario(): string {
  const repo = initRepo();
  commitAt(repo, '2026-04-01T10:00:00+07:00', 'beta: pengaduan', {
    'content/pemda.yaml': pemdaYaml(),
    [opd('beta/profil.md')]: profil('beta'),
    [opd('beta/informasi/pengaduan.md')]: informasi('pengaduan', '2026-11-01', 'Tata Cara Pengaduan Beta'),
  });
  commitAt(repo, '2026-06-01T10:00:00+07:00', 'impor konten', {
    [opd('alpha/profil.md')]: profil('alpha'),
    [opd('alpha/informasi/laporan-keuangan.md')]: informasi('laporan-keuangan', '2026-06-01', 'Ringkasan Laporan Keuangan Alpha 2025'),
    [opd('alpha/informasi/pengaduan.md')]: informasi('pengaduan', '2026-03-01', 'Tata Cara Pengaduan Alpha'),
    [opd('alpha/data/sekolah.yaml')]: datasetYaml('bulanan', '2026-06-01', 'Jumlah Sekolah Bulanan Alpha'),
    [opd('alpha/data/sekolah.csv')]: DATASET_CSV,
    [opd('gamma/profil.md')]: profil('gamma'),
    [opd('gamma/data/sekolah.yaml')]: datasetYaml('tahunan', '2026-06-01'),
    [opd('gamma/data/sekolah.csv')]: DATASET_CSV,
    [opd('gamma/berita/2026-06-01-lama.md')]: berita('2026-06-01', 'Berita lama Dinas Gamma yang dipindah'),
    [opd('gamma/berita/2026-06-01-kedua.md')]: berita('2026-06-01', 'Berita kedua Dinas Gamma yang dihapus'),
    [opd('gamma/berita/2026-06-01-ganti-nama.md')]: berita('2026-06-01', 'Berita Dinas Gamma yang diganti namanya'),
    [opd('delta/profil.md')]: profil('delta'),
  });
  commitAt(repo, '2026-11-05T09:00:00+07:00', 'zeta: berita tanpa profil', {
    [opd('zeta/berita/2026-11-05-tanpa-profil.md')]: berita('2026-11-05', 'Berita OPD Zeta yang belum punya profil'),
  });
  commitAt(repo, '2026-11-04T09:00:00+07:00', 'epsilon: berita', {
    [opd('epsilon/profil.md')]: profil('epsilon'),
    [opd('epsilon/berita/2026-11-04-bantuan.md')]: berita('2026-11-04', 'Penerima bantuan sosial November', 'Penerima: Budi, NIK 3321014501900001.'),
  });
  // A PR: two commits on a branch in W46, merged with a merge commit in W47.
  git(repo, ['checkout', '-q', '-b', 'pr-alpha']);
  commitAt(repo, '2026-11-12T10:00:00+07:00', 'alpha: berita (cabang)', {
    [opd('alpha/berita/2026-11-12-rapat.md')]: berita('2026-11-12', 'Rapat koordinasi PPID Dinas Alpha'),
  });
  commitAt(repo, '2026-11-13T10:00:00+07:00', 'alpha: perbaiki berita (cabang)', {
    [opd('alpha/berita/2026-11-12-rapat.md')]: berita('2026-11-12', 'Rapat koordinasi PPID Dinas Alpha (diperbaiki)'),
  });
  git(repo, ['checkout', '-q', 'main']);
  git(repo, ['merge', '-q', '--no-ff', '-m', 'Merge PR alpha', 'pr-alpha'], '2026-11-17T09:00:00+07:00');

  git(repo, ['mv', opd('gamma/berita/2026-06-01-ganti-nama.md'), opd('gamma/berita/2026-06-01-nama-baru.md')]);
  commitAt(repo, '2026-11-18T10:00:00+07:00', 'gamma: ganti nama berkas');
  mkdirSync(join(repo, opd('beta/berita')), { recursive: true });
  git(repo, ['mv', opd('gamma/berita/2026-06-01-lama.md'), opd('beta/berita/2026-06-01-lama.md')]);
  commitAt(repo, '2026-11-19T10:00:00+07:00', 'pindahkan berita gamma ke beta');
  commitAt(repo, '2026-11-20T10:00:00+07:00', 'gamma: hapus berita', { [opd('gamma/berita/2026-06-01-kedua.md')]: null });
  commitAt(repo, '2026-11-22T23:30:00+07:00', 'beta: berita Minggu malam', {
    [opd('beta/berita/2026-11-22-minggu-malam.md')]: berita('2026-11-22 23:00', 'Kerja bakti Minggu malam Dinas Beta'),
  });
  commitAt(repo, '2026-11-23T00:10:00+07:00', 'gamma: berita Senin dini hari', {
    [opd('gamma/berita/2026-11-23-senin.md')]: berita('2026-11-23', 'Pelayanan Senin pagi Dinas Gamma'),
  });
  commitAt(repo, '2026-11-24T10:00:00+07:00', 'alpha: berita bertanggal mundur', {
    [opd('alpha/berita/2026-11-18-mundur.md')]: berita('2026-11-18', 'Berita Dinas Alpha bertanggal mundur'),
  });
  return repo;
}

let repo: string;
let report: WeeklyReport;
const of = (slug: string): OpdReport => report.opd.find((o) => o.opd === slug)!;

beforeAll(async () => {
  repo = buildScenario();
  report = (await computeReport(repo, { week: W47, now: NOW })).report;
});

describe('uploads from git history', () => {
  it('reads git history, not estimates', () => {
    expect(report.minggu).toBe('2026-W47');
    expect(report.mulai).toBe('2026-11-16T00:00:00+07:00');
    expect(report.sampai).toBe('2026-11-23T00:00:00+07:00');
    expect(report.riwayat).toMatchObject({ sumber: 'git', perkiraan: false });
    // No warning about the history itself (the scenario's regency has no DIP decree: that warning is not about history).
    expect(report.riwayat.peringatan.filter((w) => !w.includes('belum ditetapkan dengan keputusan'))).toEqual([]);
  });

  it('counts a Sunday 23:30 WIB commit in that week and a Monday 00:10 WIB commit in the next', () => {
    expect(of('beta').unggahan.berita).toBeGreaterThanOrEqual(1);
    expect(of('gamma').unggahan.total).toBe(0);
  });

  it('ignores a backdated `tanggal`: the commit in W48 is not a W47 upload', () => {
    // alpha's only W47 upload is the merged PR; the backdated item was committed in W48.
    expect(of('alpha').unggahan).toEqual({ berita: 1, informasi: 0, data: 0, dokumen: 0, total: 1 });
  });

  it('counts a PR merged with a merge commit once, at the merge time, not at the branch commits', () => {
    const weeks = report.minggu_grafik;
    expect(weeks).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47']);
    expect(of('alpha').riwayat_unggahan).toEqual([0, 0, 0, 1]);
  });

  it('counts a move between OPD folders for the destination and a pure rename inside an OPD not at all', () => {
    // beta: the Sunday-night item plus the item moved from gamma.
    expect(of('beta').unggahan).toEqual({ berita: 2, informasi: 0, data: 0, dokumen: 0, total: 2 });
    // gamma: a pure rename and a deletion in W47 are not uploads.
    expect(of('gamma').riwayat_unggahan).toEqual([0, 0, 0, 0]);
  });

  it('gives an OPD without uploads zero, no streak, and the upload to-do', () => {
    const delta = of('delta');
    expect(delta.unggahan.total).toBe(0);
    expect(delta.beruntun).toBe(0);
    expect(delta.komponen.unggahan.nilai).toBe(0);
    expect(delta.todo).toContain('Unggah minimal 1 konten baru setiap minggu (berita, informasi, data atau dokumen); minggu 2026-W47 tidak ada unggahan');
  });

  it('includes an OPD folder without a profile, with the to-do to create it', () => {
    const zeta = of('zeta');
    expect(zeta).toMatchObject({ nama: 'zeta', jenis: null, profil: { ada: false } });
    expect(zeta.komponen.profil.nilai).toBe(0);
    expect(zeta.todo).toContain('Buat profil OPD di content/opd/zeta/profil.md');
    expect(zeta.riwayat_unggahan).toEqual([0, 1, 0, 0]);
  });

  it('sums the regency totals', () => {
    expect(report.ringkasan.jumlah_opd).toBe(6);
    expect(report.ringkasan.opd_mengunggah).toBe(2);
    expect(report.ringkasan.unggahan.total).toBe(3);
    expect(report.ringkasan.mingguan.map((w) => w.unggahan)).toEqual([0, 2, 0, 3]);
  });

  it('counts the W48 uploads in the W48 report (Monday 00:10 and the backdated item)', async () => {
    const w48 = (await computeReport(repo, { week: { year: 2026, week: 48 }, now: NOW })).report;
    expect(w48.opd.find((o) => o.opd === 'gamma')!.unggahan.berita).toBe(1);
    expect(w48.opd.find((o) => o.opd === 'alpha')!.unggahan.berita).toBe(1);
    expect(w48.riwayat.peringatan.join(' ')).toMatch(/belum selesai/);
  });
});

describe('berkala, datasets and score', () => {
  it('marks a berkala item not updated for 6 months stale, with the to-do to update it', () => {
    const pengaduan = of('alpha').berkala.find((b) => b.rincian === 'pengaduan')!;
    expect(pengaduan).toMatchObject({ status: 'basi', diperbarui: '2026-03-01', judul: 'Tata Cara Pengaduan Alpha' });
    expect(of('alpha').todo).toContain('Perbarui "Tata Cara Pengaduan Alpha" (rincian h): terakhir diperbarui 1 Maret 2026, lebih dari 6 bulan lalu');
    expect(of('alpha').berkala.find((b) => b.rincian === 'laporan-keuangan')!.status).toBe('ada');
  });

  it('caps a `diperbarui` later than its commit by the commit time', () => {
    const pengaduan = of('beta').berkala.find((b) => b.rincian === 'pengaduan')!;
    expect(pengaduan).toMatchObject({ status: 'basi', diperbarui: '2026-04-01' });
  });

  it('lists a missing mandatory item with the year in the to-do', () => {
    expect(of('beta').berkala.find((b) => b.rincian === 'laporan-keuangan')!.status).toBe('tidak-ada');
    expect(of('beta').todo).toContain('Unggah ringkasan laporan keuangan 2025 (informasi berkala rincian d)');
  });

  it('judges dataset freshness by its frequency', () => {
    expect(of('alpha').dataset).toEqual([
      expect.objectContaining({ slug: 'sekolah', frekuensi: 'bulanan', valid: true, mutakhir: false, diperbarui: '2026-06-01' }),
    ]);
    expect(of('alpha').todo).toContain('Mutakhirkan dataset "Jumlah Sekolah Bulanan Alpha" (frekuensi bulanan, terakhir 1 Juni 2026)');
    expect(of('gamma').dataset[0]).toMatchObject({ frekuensi: 'tahunan', valid: true, mutakhir: true });
    expect(of('delta').todo).toContain('Unggah minimal satu dataset beserta kamus kolomnya (Satu Data Indonesia)');
  });

  it('forces the score of an OPD with personal data to 0 and says why', () => {
    const epsilon = of('epsilon');
    expect(epsilon.skor).toBe(0);
    expect(epsilon.kualifikasi).toBe('perlu-perhatian');
    expect(epsilon.skor_nol).toBe('Data pribadi terdeteksi (NIK) di content/opd/epsilon/berita/2026-11-04-bantuan.md');
    expect(epsilon.todo[0]).toMatch(/^SEGERA hapus data pribadi di content\/opd\/epsilon\/berita\/2026-11-04-bantuan.md baris \d+/);
    expect(epsilon.todo[0]).not.toContain('3321014501900001');
  });

  it('scores alpha from its components with the default weights', () => {
    const a = of('alpha');
    // unggahan: W44–W47 all after the history began: 1 of 4 weeks met → 0.25 × 25 = 6.25
    // berkala: laporan-keuangan fresh, pengaduan stale → 0.75 × 40 = 30; data: 0 of 1 fresh → 0
    // profil: complete → 10; validasi: no problem → 10
    expect(a.komponen.unggahan).toEqual({ nilai: 0.25, bobot: 25, poin: 6.3 });
    expect(a.komponen.berkala).toEqual({ nilai: 0.75, bobot: 40, poin: 30 });
    expect(a.komponen.data.poin).toBe(0);
    expect(a.komponen.profil.poin).toBe(10);
    expect(a.komponen.validasi.poin).toBe(10);
    expect(a.skor).toBe(56.3);
    expect(a.kualifikasi).toBe('kurang-patuh');
  });
});

describe('movement since the previous week', () => {
  it('reconstructs the previous week from history when there is no archive', () => {
    const p = report.ringkasan.pembanding!;
    expect(p).toMatchObject({ minggu: '2026-W46', sumber: 'rekonstruksi', opd_mengunggah: 0 });
    // alpha had no upload in W46: its upload share was 0, so it gained 6.3 points.
    expect(of('alpha').skor_sebelumnya).toBe(50);
  });

  it('prefers the archived report of the previous week', async () => {
    const copy = tempDir();
    cpSync(repo, copy, { recursive: true });
    const archived = { ...report, minggu: '2026-W46', opd: report.opd.map((o) => ({ ...o, skor: 12.5, kualifikasi: 'tidak-informatif' })) };
    mkdirSync(join(copy, 'reports'));
    writeFileSync(join(copy, 'reports/2026-W46.json'), JSON.stringify(archived));
    const again = (await computeReport(copy, { week: W47, now: NOW })).report;
    expect(again.ringkasan.pembanding).toMatchObject({ sumber: 'arsip', rata_rata_skor: 12.5 });
    expect(again.opd.every((o) => o.skor_sebelumnya === 12.5)).toBe(true);
    // The archive still holds the code of the old, Komisi-Informasi-named band: read as today's band.
    expect(again.opd.every((o) => o.kualifikasi_sebelumnya === 'perlu-perhatian')).toBe(true);
    expect(again.ringkasan.pembanding!.sebaran['perlu-perhatian']).toBe(again.opd.length);
  });
});

describe('without usable git history', () => {
  it('detects a shallow clone, warns loudly and marks the figures as estimated', async () => {
    const clone = join(tempDir(), 'dangkal');
    git(repo, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const { report: shallow } = await computeReport(clone, { week: W47, now: NOW });
    expect(shallow.riwayat.sumber).toBe('berkas');
    expect(shallow.riwayat.perkiraan).toBe(true);
    expect(shallow.riwayat.peringatan[0]).toMatch(/shallow clone.*DIPERKIRAKAN/);
  });

  it('falls back to file modification times outside a git repository', async () => {
    const plain = tempDir();
    cpSync(join(repo, 'content'), join(plain, 'content'), { recursive: true });
    const history = await readHistory(plain, ['content/opd/alpha/profil.md', 'content/pemda.yaml']);
    expect(history.source).toBe('berkas');
    expect(history.warning).toMatch(/bukan repositori git/);
    // Only files under content/opd/ have upload history; without a content date the time is the mtime (now-ish).
    expect(history.changes.map((c) => c.path)).toEqual(['content/opd/alpha/profil.md']);
    expect(Math.abs(history.changes[0].time - Date.now())).toBeLessThan(10 * 60_000);
    const dated = await readHistory(plain, ['content/opd/alpha/profil.md'], Infinity, new Map([['content/opd/alpha/profil.md', Date.parse('2026-10-01T00:00:00+07:00')]]));
    expect(dated.changes[0].time).toBe(Date.parse('2026-10-01T00:00:00+07:00'));
  });

  it('estimates uploads from the dates written in the content when history is missing', async () => {
    const plain = tempDir();
    cpSync(join(repo, 'content'), join(plain, 'content'), { recursive: true });
    const { report: r } = await computeReport(plain, { week: W47, now: NOW });
    expect(r.riwayat).toMatchObject({ sumber: 'berkas', perkiraan: true });
    // The same figures the editors' own dates give, not "everything uploaded at checkout time".
    const fromDates = r.opd.reduce((n, o) => n + o.unggahan.total, 0);
    expect(fromDates).toBeGreaterThan(0);
  });

  it('treats history that starts after the report week as missing', async () => {
    const fresh = initRepo();
    commitAt(fresh, '2026-11-24T10:00:00+07:00', 'impor', { 'content/pemda.yaml': pemdaYaml(), [opd('alpha/profil.md')]: profil('alpha') });
    const { report: r } = await computeReport(fresh, { week: W47, now: NOW });
    expect(r.riwayat.perkiraan).toBe(true);
    expect(r.riwayat.peringatan[0]).toMatch(/baru dimulai 2026-11-24/);
  });
});
