/**
 * `npm run report` and `npm run replay-history` as Dinkominfo and CI use them: formats, the step summary,
 * the archive, exit codes; and a replayed history whose commits carry the content's own dates.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../src/compliance/format.ts';
import type { WeeklyReport } from '../../src/compliance/types.ts';
import { berita, commitAt, DATASET_CSV, datasetYaml, git, informasi, initRepo, pemdaYaml, profil, tempDir, writeFiles } from './git-repo.ts';

const run = promisify(execFile);
const REPORT = new URL('../../scripts/report.ts', import.meta.url).pathname;
const REPLAY = new URL('../../scripts/replay-history.ts', import.meta.url).pathname;

async function node(script: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], { env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let repo: string;

beforeAll(() => {
  repo = initRepo();
  commitAt(repo, '2026-06-01T10:00:00+07:00', 'impor', {
    'content/pemda.yaml': pemdaYaml(),
    'content/opd/alpha/profil.md': profil('alpha'),
    'content/opd/alpha/informasi/pengaduan.md': informasi('pengaduan', '2026-06-01', 'Tata Cara Pengaduan Alpha'),
    'content/opd/beta/profil.md': profil('beta'),
  });
  commitAt(repo, '2026-11-18T10:00:00+07:00', 'alpha: berita', {
    'content/opd/alpha/berita/2026-11-18-rapat.md': berita('2026-11-18', 'Rapat koordinasi PPID, Dinas Alpha'),
  });
});

describe('npm run report', () => {
  it('prints the Markdown summary and appends it to $GITHUB_STEP_SUMMARY', async () => {
    const summary = join(tempDir(), 'summary.md');
    writeFileSync(summary, 'sebelumnya\n');
    const { code, stdout } = await node(REPORT, ['--root', repo, '--week', '2026-W47'], { GITHUB_STEP_SUMMARY: summary });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Laporan kepatuhan PPID 2026-W47\n/);
    expect(stdout).toContain('| OPD yang mengunggah | 1 dari 2 OPD |');
    expect(stdout).toContain('[Dinas Alpha Kabupaten Uji](https://ppid.contoh.go.id/kepatuhan/alpha/)');
    expect(stdout).toContain('- [ ] Unggah ringkasan laporan keuangan 2025 (informasi berkala rincian d)');
    expect(readFileSync(summary, 'utf8')).toBe(`sebelumnya\n${stdout}`);
  });

  it('writes JSON with the stable top-level keys and CSV with one row per OPD', async () => {
    const json = await node(REPORT, ['--root', repo, '--week', '2026-W47', '--format', 'json']);
    const report = JSON.parse(json.stdout) as WeeklyReport;
    expect(Object.keys(report)).toEqual(['versi', 'catatan', 'minggu', 'mulai', 'sampai', 'dibuat', 'riwayat', 'kebijakan', 'minggu_grafik', 'ringkasan', 'opd', 'panen_gagal']);
    expect(report.catatan).toContain('bukan predikat Komisi Informasi');
    expect(report.opd.map((o) => [o.opd, o.unggahan.total])).toEqual([['alpha', 1], ['beta', 0]]);

    const csv = await node(REPORT, ['--root', repo, '--week', '2026-W47', '--format', 'csv']);
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^2026-W47,alpha,Dinas Alpha Kabupaten Uji,dinas,\d+\.\d,/);
  });

  it('pins the CSV columns (changing them breaks consumers: bump `versi` and document it)', () => {
    expect(CSV_HEADER).toMatchInlineSnapshot(`
      [
        "minggu",
        "opd",
        "nama",
        "jenis",
        "skor",
        "kualifikasi",
        "skor_sebelumnya",
        "skor_nol",
        "poin_unggahan",
        "poin_berkala",
        "poin_data",
        "poin_profil",
        "poin_validasi",
        "poin_integrasi",
        "poin_layanan",
        "poin_setiap_saat",
        "unggahan_berita",
        "unggahan_informasi",
        "unggahan_data",
        "unggahan_dokumen",
        "unggahan_total",
        "riwayat_unggahan",
        "beruntun",
        "berkala_wajib",
        "berkala_ada",
        "berkala_basi",
        "berkala_tidak_ada",
        "setiap_saat_wajib",
        "setiap_saat_tidak_ada",
        "dataset_jumlah",
        "dataset_mutakhir",
        "sistem_terhubung",
        "sistem_terdaftar",
        "layanan_terlambat",
        "profil_lengkap",
        "kesalahan_validasi",
        "peringatan_validasi",
        "data_pribadi",
        "perkiraan",
        "todo",
        "catatan",
      ]
    `);
  });

  it('archives the JSON in reports/ with --archive and uses it as the comparison the next week', async () => {
    const copy = tempDir();
    await run('cp', ['-a', `${repo}/.`, copy]);
    expect((await node(REPORT, ['--root', copy, '--week', '2026-W46', '--archive'])).code).toBe(0);
    const archived = JSON.parse(readFileSync(join(copy, 'reports/2026-W46.json'), 'utf8')) as WeeklyReport;
    expect(archived.minggu).toBe('2026-W46');
    const next = JSON.parse((await node(REPORT, ['--root', copy, '--week', '2026-W47', '--format', 'json'])).stdout) as WeeklyReport;
    expect(next.ringkasan.pembanding).toMatchObject({ minggu: '2026-W46', sumber: 'arsip' });
  });

  it('refuses a week the year does not have and an unknown format, exit 2', async () => {
    const week = await node(REPORT, ['--root', repo, '--week', '2025-W53']);
    expect(week.code).toBe(2);
    expect(week.stderr).toContain('Minggu "2025-W53" tidak valid');
    const format = await node(REPORT, ['--root', repo, '--format', 'xml']);
    expect(format.code).toBe(2);
  });

  it('warns loudly on stderr (and as a GitHub annotation) when the figures are estimated', async () => {
    const plain = tempDir();
    writeFiles(plain, { 'content/pemda.yaml': pemdaYaml(), 'content/opd/alpha/profil.md': profil('alpha') });
    const { code, stdout, stderr } = await node(REPORT, ['--root', plain, '--week', '2026-W47'], { GITHUB_ACTIONS: 'true' });
    expect(code).toBe(0);
    expect(stderr).toContain('!!! PERINGATAN: Riwayat git tidak tersedia');
    expect(stderr).toContain('::warning title=Laporan kepatuhan::');
    expect(stdout).toContain('> **PERINGATAN:**');
    expect(stdout).toContain('Unggahan DIPERKIRAKAN dari tanggal berkas.');
  });
});

describe('npm run replay-history', () => {
  it('replays content into a new repository with commits dated by the content', async () => {
    const source = tempDir();
    writeFiles(source, {
      'content/pemda.yaml': pemdaYaml(),
      'content/opd/alpha/profil.md': profil('alpha'),
      'content/opd/alpha/berita/2026-11-10-rapat.md': berita('2026-11-10 09:30', 'Rapat koordinasi PPID, Dinas Alpha'),
      'content/opd/alpha/informasi/pengaduan.md': informasi('pengaduan', '2026-10-01', 'Tata Cara Pengaduan Alpha'),
      'content/opd/alpha/data/sekolah.yaml': datasetYaml('tahunan', '2026-09-01'),
      'content/opd/alpha/data/sekolah.csv': DATASET_CSV,
    });
    const target = join(tempDir(), 'demo');
    const { code, stdout } = await node(REPLAY, [target, '--source', source]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Riwayat contoh dibuat di ${target}`);
    const dateOf = (path: string) => git(target, ['log', '-1', '--format=%cI', '--', path]).trim();
    expect(dateOf('content/opd/alpha/berita/2026-11-10-rapat.md')).toBe('2026-11-10T09:30:00+07:00');
    expect(dateOf('content/opd/alpha/informasi/pengaduan.md')).toMatch(/^2026-10-01T(0[89]|1[0-5]):\d\d:00\+07:00$/);
    // The CSV arrives with its metadata.
    expect(dateOf('content/opd/alpha/data/sekolah.csv')).toBe(dateOf('content/opd/alpha/data/sekolah.yaml'));
    // The regency-wide files come first, before any content.
    expect(dateOf('content/pemda.yaml') < dateOf('content/opd/alpha/profil.md')).toBe(true);
    expect(git(target, ['status', '--porcelain']).trim()).toBe('');

    const report = JSON.parse((await node(REPORT, ['--root', target, '--week', '2026-W46', '--format', 'json'])).stdout) as WeeklyReport;
    expect(report.riwayat.sumber).toBe('git');
    expect(report.opd[0].unggahan.berita).toBe(1);
  });

  it('never overwrites a folder it did not make', async () => {
    const target = tempDir();
    writeFileSync(join(target, 'penting.txt'), 'jangan dihapus');
    const { code, stderr } = await node(REPLAY, [target, '--force', '--source', tempDir()]);
    expect(code).toBe(2);
    expect(stderr).toContain('sudah ada dan tidak kosong');
    expect(existsSync(join(target, 'penting.txt'))).toBe(true);
  });
});
