/**
 * The benchmark behind `node scripts/bench-report.ts [--dir /tmp/ppid-bench] [--runs 5] [--commits 10000] [--fresh]`
 * Builds a synthetic regency repository (42 OPDs, 5 years, 10,000 commits incl. PR merge commits, renames
 * and deletions) with `git fast-import`, then times `npm run report` on it in separate processes and
 * prints the median. Target (issue 4): under 10 s.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { FastImport, type FileOp } from '../compliance/fast-import.ts';
import { wibDateString } from '../lib/wib.ts';
import { RINCIAN_CODES } from '../schemas/rincian.ts';
import { Rng } from './random.ts';

const run = promisify(execFile);
const REPORT = new URL('../../scripts/report.ts', import.meta.url).pathname;
const DAY = 86_400_000;
const END = Date.parse('2026-11-22T18:00:00+07:00');
const START = END - 5 * 365 * DAY;
const OPD_COUNT = 42;

const PEMDA = `nama: Pemerintah Kabupaten Uji Beban
singkatan: Pemkab Uji
kode_wilayah: "33.21"
situs: https://ppid.contoh.go.id
alamat: Jl. Contoh No. 1, Demak
kode_pos: "59511"
telepon: ["(0291) 685877"]
email: ppid@contoh.go.id
ppid_utama: opd-01
data_contoh: true
`;

const profil = (opd: string) => `---
nama: Organisasi Perangkat Daerah ${opd}
singkatan: ${opd.toUpperCase()}
jenis: dinas
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
    jabatan: Kepala Bidang
ppid_pelaksana:
  nama: Siti Rahayu, S.E.
  jabatan: Sekretaris selaku PPID Pelaksana
  email: ppid.${opd}@contoh.go.id
diperbarui: 2022-01-10
---

## Tugas

Membantu Bupati melaksanakan urusan pemerintahan yang menjadi kewenangan daerah di bidangnya.

## Fungsi

Perumusan dan pelaksanaan kebijakan, evaluasi dan pelaporan, serta administrasi dinas.
`;

const berita = (date: string, n: number, opd: string) => `---
judul: Kegiatan pelayanan publik nomor ${n} oleh ${opd}
tanggal: ${date}
ringkasan: Ringkasan kegiatan pelayanan publik untuk uji beban laporan kepatuhan mingguan.
tag: [pelayanan, uji]
---

Berita uji beban nomor ${n}. Kegiatan berlangsung lancar dan diikuti perwakilan masyarakat.

## Hasil

- Peserta hadir sesuai undangan.
- Tindak lanjut dibahas pada rapat berikutnya.
`;

const informasi = (rincian: string, date: string, rev: number) => `---
judul: Informasi berkala ${rincian} revisi ${rev}
kategori: berkala
rincian: ${rincian}
ringkasan: Ringkasan isi informasi berkala untuk uji beban.
pejabat_penguasa: Subbagian Umum
penanggung_jawab: Sekretaris Dinas
waktu_pembuatan: "${date.slice(0, 4)}"
tempat_pembuatan: Demak
bentuk: softcopy
retensi: 5 tahun
diperbarui: ${date}
---
`;

const datasetYaml = (slug: string, date: string) => `judul: Data uji beban ${slug}
deskripsi: Data per kecamatan untuk uji beban laporan kepatuhan mingguan.
topik: pemerintahan
periode: "${date.slice(0, 4)}"
frekuensi: bulanan
tingkat_penyajian: kecamatan
diperbarui: ${date}
kolom:
  - { nama: kecamatan, judul: Kecamatan, tipe: teks }
  - { nama: jumlah, judul: Jumlah, tipe: bilangan-bulat }
`;

const datasetCsv = (rev: number) => `kecamatan,jumlah\nMranggen,${100 + rev}\nKarangawen,${50 + rev}\n`;

const dokumen = (slug: string, date: string) => `---
judul: Dokumen uji beban ${slug}
tanggal: ${date}
berkas: dokumen/${slug}.pdf
---
`;

/** A minimal valid PDF header, enough for the file checks. */
const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';

async function generate(dir: string, commitCount: number): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await run('git', ['init', '-q', '-b', 'main', dir]);
  const rng = new Rng(20261122);
  const random = () => rng.next();
  const opds = Array.from({ length: OPD_COUNT }, (_, i) => `opd-${String(i + 1).padStart(2, '0')}`);
  const news = new Map<string, string[]>(opds.map((o) => [o, []]));
  const revisions = new Map<string, number>();
  const importer = new FastImport(dir);
  const admin = { name: 'admin', email: 'admin@contoh.go.id' };
  let made = 0;
  let main = await importer.commit({
    time: START - DAY, author: admin, message: 'impor awal',
    ops: [{ op: 'write', path: 'content/pemda.yaml', content: PEMDA }, ...opds.map((o): FileOp => ({ op: 'write', path: `content/opd/${o}/profil.md`, content: profil(o) }))],
  });
  made++;
  let n = 0;
  while (made < commitCount) {
    const time = START + Math.floor(((made + random()) / commitCount) * (END - START));
    const date = wibDateString(new Date(time));
    const opd = opds[Math.floor(random() * opds.length)];
    const author = { name: `editor-${opd}`, email: `${opd}@contoh.go.id` };
    const dice = random();
    const ops: FileOp[] = [];
    const list = news.get(opd)!;
    if (dice < 0.62 || list.length < 3) {
      const path = `content/opd/${opd}/berita/${date}-kegiatan-${++n}.md`;
      ops.push({ op: 'write', path, content: berita(date, n, opd) });
      list.push(path);
    } else if (dice < 0.76) {
      const rincian = RINCIAN_CODES[Math.floor(random() * RINCIAN_CODES.length)];
      const path = `content/opd/${opd}/informasi/${rincian}.md`;
      const rev = (revisions.get(path) ?? 0) + 1;
      revisions.set(path, rev);
      ops.push({ op: 'write', path, content: informasi(rincian, date, rev) });
    } else if (dice < 0.86) {
      const slug = `data-${Math.floor(random() * 2) + 1}`;
      const base = `content/opd/${opd}/data/${slug}`;
      const rev = (revisions.get(base) ?? 0) + 1;
      revisions.set(base, rev);
      ops.push({ op: 'write', path: `${base}.yaml`, content: datasetYaml(slug, date) }, { op: 'write', path: `${base}.csv`, content: datasetCsv(rev) });
    } else if (dice < 0.91) {
      const slug = `dokumen-${++n}`;
      ops.push({ op: 'write', path: `content/opd/${opd}/dokumen/${slug}.md`, content: dokumen(slug, date) }, { op: 'write', path: `content/opd/${opd}/dokumen/${slug}.pdf`, content: PDF });
    } else if (dice < 0.95) {
      // Rename a news item (keeps its date prefix so it stays valid).
      const i = Math.floor(random() * list.length);
      const from = list[i];
      const path = from.replace(/kegiatan-(\d+)\.md$/, 'kegiatan-$1-revisi.md');
      if (path === from) continue;
      ops.push({ op: 'rename', from, path });
      list[i] = path;
    } else {
      const [path] = list.splice(Math.floor(random() * list.length), 1);
      ops.push({ op: 'delete', path });
    }
    if (random() < 0.1 && made + 2 <= commitCount) {
      // A pull request: the change on a branch, then a merge commit on main an hour later.
      const branch = `pr-${made}`;
      const side = await importer.commit({ time, author, message: `${opd}: perubahan (PR)`, ops, branch, from: main });
      // fast-import does not merge trees: the merge commit repeats the branch's change on top of main.
      main = await importer.commit({ time: time + 3_600_000, author: admin, message: `Merge ${branch}`, ops, from: main, merge: side });
      made += 2;
    } else {
      main = await importer.commit({ time, author, message: `${opd}: perubahan`, ops, from: main });
      made++;
    }
  }
  await importer.done();
  await run('git', ['-C', dir, 'reset', '-q', '--hard']);
  await writeFile(join(dir, '.bench'), `${commitCount}\n`);
}

async function timeReport(dir: string): Promise<number> {
  const start = performance.now();
  await run(process.execPath, [REPORT, '--root', dir, '--week', '2026-W47', '--format', 'json'], { maxBuffer: 1 << 30, env: { ...process.env, GITHUB_STEP_SUMMARY: '' } });
  return (performance.now() - start) / 1000;
}

/** Builds (or reuses) the synthetic repository, times the report and sets process.exitCode (1 when over the target). */
export async function benchReport(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: '/tmp/ppid-bench' },
      runs: { type: 'string', default: '5' },
      commits: { type: 'string', default: '10000' },
      fresh: { type: 'boolean', default: false },
    },
  });
  const dir = resolve(values.dir);
  const commits = Number(values.commits);
  const marker = join(dir, '.bench');
  if (values.fresh || !existsSync(marker) || (await readFile(marker, 'utf8')).trim() !== String(commits)) {
    const t = performance.now();
    await generate(dir, commits);
    process.stdout.write(`Repositori sintetis dibuat di ${dir} dalam ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  }
  const count = (await run('git', ['-C', dir, 'rev-list', '--count', 'HEAD'])).stdout.trim();
  const files = (await run('git', ['-C', dir, 'ls-files'], { maxBuffer: 1 << 28 })).stdout.split('\n').filter(Boolean).length;
  process.stdout.write(`${count} commit, ${files} berkas, ${OPD_COUNT} OPD, ${wibDateString(new Date(START))} s.d. ${wibDateString(new Date(END))}\n`);
  const times: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    times.push(await timeReport(dir));
    process.stdout.write(`  run ${i + 1}: ${times.at(-1)!.toFixed(2)} s\n`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  process.stdout.write(`median ${median.toFixed(2)} s (min ${sorted[0].toFixed(2)}, maks ${sorted.at(-1)!.toFixed(2)}); target < 10 s: ${median < 10 ? 'TERCAPAI' : 'GAGAL'}\n`);
  process.exitCode = median < 10 ? 0 : 1;
}
