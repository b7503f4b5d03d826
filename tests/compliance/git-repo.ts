/** Real temporary git repositories with commits at chosen times, and small valid content for them. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh temporary folder, removed after the test file. */
export function tempDir(prefix = 'ppid-kepatuhan-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Runs git in `dir` with author and committer time `when` (ISO with offset, e.g. `2026-11-22T23:30:00+07:00`). */
export function git(dir: string, args: string[], when?: string): string {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  if (when) Object.assign(env, { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when });
  return execFileSync('git', ['-C', dir, ...args], { env, encoding: 'utf8' });
}

export function initRepo(dir = tempDir()): string {
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.name', 'Editor Uji']);
  git(dir, ['config', 'user.email', 'editor@contoh.go.id']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  return dir;
}

/** Writes (string) or deletes (null) files. */
export function writeFiles(dir: string, files: Record<string, string | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, path);
    if (content === null) rmSync(abs, { force: true });
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
}

/** Writes the files and commits everything at `when`. */
export function commitAt(dir: string, when: string, message: string, files: Record<string, string | null> = {}): void {
  writeFiles(dir, files);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--allow-empty', '-m', message], when);
}

// --- content -------------------------------------------------------------------------------------

/** pemda.yaml with a small policy: two mandatory rincian, 4 chart weeks. */
export function pemdaYaml(extra = ''): string {
  return `nama: Pemerintah Kabupaten Uji
singkatan: Pemkab Uji
kode_wilayah: "33.21"
situs: https://ppid.contoh.go.id
alamat: Jl. Contoh No. 1, Demak
kode_pos: "59511"
telepon: ["(0291) 685877"]
email: ppid@contoh.go.id
ppid_utama: alpha
data_contoh: true
kepatuhan:
  target_unggahan_per_minggu: 1
  minggu_riwayat: 4
  basi_setelah_bulan: 6
  wajib:
    semua: [laporan-keuangan, pengaduan]
${extra}`;
}

export function profil(opd: string, jenis = 'dinas'): string {
  return `---
nama: Dinas ${opd[0].toUpperCase()}${opd.slice(1)} Kabupaten Uji
singkatan: D${opd}
jenis: ${jenis}
alamat: Jl. Sultan Fatah No. 10, Bintoro, Demak
kode_pos: "59511"
telepon:
  - (0291) 681234
email: ${opd}@contoh.go.id
kepala:
  nama: Drs. Ahmad Fauzi, M.Si.
  jabatan: Kepala Dinas
pejabat:
  - nama: Siti Rahayu, S.E.
    jabatan: Sekretaris
  - nama: Budi Santoso, S.Kom.
    jabatan: Kepala Bidang Layanan
ppid_pelaksana:
  nama: Siti Rahayu, S.E.
  jabatan: Sekretaris selaku PPID Pelaksana
  email: ppid.${opd}@contoh.go.id
diperbarui: 2026-01-05
---

## Tugas

Dinas ini membantu Bupati melaksanakan urusan pemerintahan yang menjadi kewenangan daerah di bidangnya.

## Fungsi

Perumusan kebijakan, pelaksanaan kebijakan, evaluasi dan pelaporan, serta administrasi dinas.
`;
}

export function berita(tanggal: string, judul: string, body = 'Isi berita contoh untuk pengujian laporan kepatuhan.'): string {
  return `---
judul: ${judul}
tanggal: ${tanggal}
ringkasan: Ringkasan berita contoh untuk pengujian laporan kepatuhan mingguan.
---

${body}
`;
}

export function informasi(rincian: string, diperbarui: string, judul = `Informasi ${rincian}`): string {
  return `---
judul: ${judul}
kategori: berkala
rincian: ${rincian}
ringkasan: Ringkasan isi informasi berkala untuk pengujian.
pejabat_penguasa: Subbagian Umum
penanggung_jawab: Sekretaris Dinas
waktu_pembuatan: "2026"
tempat_pembuatan: Demak
bentuk: softcopy
retensi: 5 tahun
diperbarui: ${diperbarui}
---
`;
}

export function datasetYaml(frekuensi: string, diperbarui: string, judul = 'Jumlah Sekolah per Kecamatan'): string {
  return `judul: ${judul}
deskripsi: Jumlah sekolah per kecamatan untuk pengujian laporan kepatuhan.
topik: pendidikan
periode: "2025"
frekuensi: ${frekuensi}
tingkat_penyajian: kecamatan
diperbarui: ${diperbarui}
kolom:
  - { nama: kecamatan, judul: Kecamatan, tipe: teks }
  - { nama: jumlah, judul: Jumlah sekolah, tipe: bilangan-bulat }
`;
}

export const DATASET_CSV = 'kecamatan,jumlah\nMranggen,52\nKarangawen,40\n';
