/**
 * `npm run import:wordpress` against a local WordPress-shaped site (tests/import/wp-site.ts, 127.0.0.1 port 0):
 * three pages of posts, embedded media, shortcodes, a NIK, a broken image, a second run, an editor's change.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentTree } from '../../src/content/tree.ts';
import { HostPolicy, isPrivateAddress } from '../../src/import/wordpress/host-policy.ts';
import { httpGet } from '../../src/import/wordpress/http-get.ts';
import { publishedAt } from '../../src/import/wordpress/post-to-berita.ts';
import { importWordpress, type ImportOptions } from '../../src/import/wordpress/run.ts';
import { isUntouched, sealedMarkdown } from '../../src/import/wordpress/sealed-file.ts';
import { stripShortcodes } from '../../src/import/wordpress/shortcodes.ts';
import { formatSummary, Progress, type ImportSummary } from '../../src/import/wordpress/summary.ts';
import { validateTree } from '../../src/validate/run.ts';
import { png, startWpSite, type WpSite } from './wp-site.ts';

const run = promisify(execFile);
const REPO = join(import.meta.dirname, '..', '..');
const OPD = 'dinas-contoh';
const NOW = new Date('2026-11-20T03:00:00Z');
const dirs: string[] = [];
let site: WpSite;

beforeAll(async () => {
  site = await startWpSite();
});
afterAll(async () => {
  await site.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the valid sample tree (content/ only) in a temporary folder. */
function freshTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'ppid-wp-'));
  dirs.push(root);
  cpSync(join(REPO, 'tests/fixtures/valid/content'), join(root, 'content'), { recursive: true });
  return root;
}

/** Every file under content/ with its bytes. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(relative(root, abs), readFileSync(abs).toString('base64'));
    }
  };
  walk(join(root, 'content'));
  return out;
}

const importInto = (root: string, extra: Partial<ImportOptions> = {}) => importWordpress({ root, url: site.url, opd: OPD, now: NOW, ...extra });
const beritaDir = (root: string) => join(root, 'content/opd', OPD, 'berita');
const read = (root: string, path: string) => readFileSync(join(root, 'content/opd', OPD, path), 'utf8');
const counts = (s: ImportSummary) => formatSummary(s).split('\n')[1];
function frontmatterOf(text: string): Record<string, unknown> {
  return parse(text.split('---\n')[1]) as Record<string, unknown>;
}

async function expectValidTree(root: string): Promise<void> {
  const { problems } = await validateTree(await readContentTree(root, { cache: undefined }));
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
}

describe('impor WordPress', () => {
  it('imports posts, images and documents into files the validator accepts', async () => {
    const root = freshTree();
    const summary = await importInto(root);
    expect(counts(summary)).toBe('5 diimpor, 0 sudah ada, 1 dilewati');
    expect(site.requests[0]).toBe('/wp-json/wp/v2/posts?per_page=100&_embed=1&orderby=date&order=asc&page=1');

    const rapat = read(root, 'berita/2024-03-05-rapat-koordinasi-ppid-evaluasi-layanan.md');
    expect(frontmatterOf(rapat)).toMatchObject({
      judul: 'Rapat Koordinasi PPID – Evaluasi Layanan & Keterbukaan Informasi',
      tanggal: '2024-03-05 09:30',
      ringkasan: 'Dinas Contoh menggelar rapat koordinasi PPID untuk mengevaluasi layanan informasi publik selama triwulan pertama',
      gambar: 'dokumen/rapat-ppid.png',
      gambar_alt: 'Peserta rapat koordinasi PPID di aula Dinas Contoh',
      tag: ['keterbukaan-informasi', 'ppid'],
      asal: { url: `${site.url}/2024/03/05/rapat-koordinasi-ppid-evaluasi-layanan/`, diimpor: '2026-11-20 10:00' },
    });
    expect(rapat).toContain('![Kepala Dinas membuka rapat koordinasi PPID](dokumen/rapat.jpg)\n\n_Kepala Dinas membuka rapat koordinasi PPID_');
    expect(rapat).toContain('Unduh [laporan triwulan I](dokumen/laporan-triwulan-i.pdf) atau buka [portal PPID](https://ppid.demakkab.go.id/).');
    expect(rapat).toContain('## Hasil rapat');
    expect(rapat).toContain('| Triwulan | Permohonan |');
    expect(rapat).toContain('(PPID) di aula dinas, Selasa (5/3).');
    for (const leftover of ['style', 'class', 'script', '_gaq', 'google-analytics', 'spacer', 'youtube', '[caption', 'Bagikan', '&nbsp;', '\u00a0', '<']) {
      expect(rapat.split('---\n').slice(2).join('')).not.toContain(leftover);
    }
    // Type from the bytes, not from the name or the (wrong) Content-Type; the large rendition of the featured image.
    expect(readFileSync(join(root, 'content/opd', OPD, 'dokumen/rapat-ppid.png')).equals(png(8, 120))).toBe(true);

    const galeri = read(root, 'berita/2024-04-10-galeri-bimtek-pengelola-website.md');
    expect(galeri).toContain('## Bimbingan teknis\n\n### Hari pertama');
    expect(galeri).toContain('![Peserta bimtek mempraktikkan pengelolaan konten](dokumen/galeri-1.png)');
    expect(galeri).toContain('![Narasumber menjelaskan keamanan akun](dokumen/galeri-2.jpg)');
    expect(galeri).toContain('Sebanyak 40 pengelola website OPD');
    expect(galeri).toContain('keamanan akun \\[lihat jadwal]');
    expect(galeri).not.toMatch(/\[\/?(vc_|gallery)/);

    // date_gmt 18:15 UTC on 30 June is 1 July in WIB: the date of the file name too.
    const piagam = read(root, 'berita/2024-07-01-penyerahan-piagam-keterbukaan-informasi.md');
    expect(frontmatterOf(piagam)).toMatchObject({ judul: 'Penyerahan Piagam “Keterbukaan Informasi Publik” 2024', tanggal: '2024-07-01 01:15' });
    expect(frontmatterOf(piagam).gambar).toBeUndefined();

    // The same PDF under another URL is copied once; an empty excerpt gives way to the article's opening.
    const layanan = read(root, 'berita/2024-07-08-layanan-informasi-tetap-buka.md');
    expect(layanan).toContain('[sini](dokumen/laporan-triwulan-i.pdf)');
    expect(frontmatterOf(layanan).ringkasan).toMatch(/^Meja layanan informasi publik Dinas Contoh tetap buka/);
    expect(readdirSync(join(root, 'content/opd', OPD, 'dokumen')).sort()).toEqual(['formulir.md', 'galeri-1.png', 'galeri-2.jpg', 'laporan-2025.pdf', 'laporan-triwulan-i.pdf', 'penetapan-dik-2026.pdf', 'rapat-ppid.png', 'rapat.jpg']);

    await expectValidTree(root);
  });

  it('skips a post with a NIK, and an image that is missing or elsewhere, with the reason and the URL', async () => {
    const root = freshTree();
    const summary = await importInto(root);
    const bansos = `${site.url}/2024/05/02/sosialisasi-bansos-tahap-ii/`;
    expect(summary.outcomes.find((o) => o.url === bansos)).toMatchObject({ kind: 'dilewati', reason: expect.stringContaining('NIK') });
    expect(readdirSync(beritaDir(root)).some((f) => f.includes('bansos'))).toBe(false);
    const text = formatSummary(summary);
    expect(text).toContain(`- ${bansos} — angka "3321••••••••••01" berbentuk NIK/No. KK (data pribadi) (personal-data/nik`);
    expect(text).not.toContain('3321015708900001');
    const kerjaBakti = `${site.url}/2024/05/20/kerja-bakti-sungai-tuntang/`;
    expect(text).toContain(`- ${kerjaBakti} — gambar tidak dapat diunduh (HTTP 404): ${site.url}/wp-content/uploads/2024/05/hilang.jpg`);
    expect(text).toContain(`- ${kerjaBakti} — gambar tidak disalin (berada di situs lain (cdn.example.org)): https://cdn.example.org/foto-sungai.jpg`);
    // A redirect to a cloud metadata address is refused at the redirect.
    expect(text).toContain(`gambar tidak dapat diunduh (dialihkan, lalu berada di situs lain (169.254.169.254)): ${site.url}/wp-content/uploads/2024/05/pindah.jpg`);
    const kerja = read(root, 'berita/2024-05-20-kerja-bakti-sungai-tuntang.md');
    expect(kerja).not.toContain('![');
    expect(kerja).toContain('Kegiatan ditutup dengan penanaman 200 bibit pohon.');
  });

  it('a second run changes nothing, and never overwrites a file an editor changed', async () => {
    const root = freshTree();
    await importInto(root);
    const first = snapshot(root);
    const again = await importInto(root, { now: new Date('2027-01-01T00:00:00Z') });
    expect(counts(again)).toBe('0 diimpor, 5 sudah ada, 1 dilewati');
    expect(snapshot(root)).toEqual(first);

    const edited = join(beritaDir(root), '2024-04-10-galeri-bimtek-pengelola-website.md');
    const editorText = readFileSync(edited, 'utf8').replace('Sebanyak 40', 'Sebanyak 42');
    writeFileSync(edited, editorText);
    const third = await importInto(root);
    expect(readFileSync(edited, 'utf8')).toBe(editorText);
    expect(third.outcomes.find((o) => o.url.endsWith('/galeri-bimtek-pengelola-website/'))).toMatchObject({
      kind: 'dilewati',
      reason: 'diubah editor, dilewati (content/opd/dinas-contoh/berita/2024-04-10-galeri-bimtek-pengelola-website.md)',
    });
    expect(counts(third)).toBe('0 diimpor, 4 sudah ada, 2 dilewati');
  });

  it('--dry-run reports what it would import and writes nothing', async () => {
    const root = freshTree();
    const before = snapshot(root);
    const summary = await importInto(root, { dryRun: true });
    expect(counts(summary)).toBe('5 diimpor, 0 sudah ada, 1 dilewati');
    expect(formatSummary(summary)).toContain('(uji coba: tidak ada berkas yang ditulis)');
    expect(snapshot(root)).toEqual(before);
  });

  it('--since asks WordPress only for newer posts', async () => {
    const root = freshTree();
    const from = site.requests.length;
    const summary = await importInto(root, { since: '2024-06-01' });
    expect(site.requests[from]).toBe('/wp-json/wp/v2/posts?per_page=100&_embed=1&orderby=date&order=asc&after=2024-06-01T00%3A00%3A00&page=1');
    expect(summary.outcomes.map((o) => o.kind)).toEqual(['diimpor', 'diimpor']);
  });

  it('--pages makes dokumen entries of the documents linked from pages', async () => {
    const root = freshTree();
    const summary = await importInto(root, { pages: true });
    expect(frontmatterOf(read(root, 'dokumen/renstra-dinas-2021-2026.md'))).toEqual({
      judul: 'Rencana Strategis Dinas Contoh 2021–2026',
      tanggal: '2024-02-01',
      berkas: 'dokumen/renstra-dinas-2021-2026.pdf',
      ringkasan: `Diimpor dari halaman "Dokumen Perencanaan" di situs lama (${site.url}/dokumen-perencanaan/).`,
    });
    // The PDF came with a post earlier in the run: the entry reuses the file.
    expect(frontmatterOf(read(root, 'dokumen/laporan-triwulan-i.md'))).toMatchObject({ judul: 'Laporan Triwulan I 2024', berkas: 'dokumen/laporan-triwulan-i.pdf' });
    expect(formatSummary(summary)).toContain(`- ${site.url}/dokumen-perencanaan/ — teks laman tidak diimpor; salin ke profil.md bila perlu`);
    expect(summary.outcomes.some((o) => o.url.includes('jdih'))).toBe(false);
    await expectValidTree(root);
  });

  it('runs as a command: summary on stdout, progress lines on stderr, exit 1 when the site cannot be read', async () => {
    const root = freshTree();
    const cli = ['scripts/import-wordpress.ts', '--url', site.url, '--opd', OPD, '--root', root];
    const { stdout, stderr } = await run(process.execPath, cli, { cwd: REPO });
    expect(stdout).toContain('5 diimpor, 0 sudah ada, 1 dilewati');
    expect(stdout).toContain('berbentuk NIK/No. KK');
    expect(stderr).toContain(`[1/6] ${site.url}/2024/03/05/rapat-koordinasi-ppid-evaluasi-layanan/\n`);
    const failed = await run(process.execPath, ['scripts/import-wordpress.ts', '--url', `${site.url}/tidak-ada`, '--opd', OPD, '--root', root], { cwd: REPO }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining('tidak dapat dibaca') });
  });
});

describe('impor WordPress: bagian-bagian', () => {
  it('refuses other schemes, other hosts and internal addresses except the site itself', () => {
    const policy = new HostPolicy(new URL('http://127.0.0.1:8080'));
    expect(policy.refusal(new URL('http://127.0.0.1:8080/wp-content/uploads/a.jpg'))).toBeUndefined();
    expect(policy.refusal(new URL('ftp://127.0.0.1/a.pdf'))).toBe('skema ftp: tidak diizinkan');
    expect(policy.refusal(new URL('https://example.org/a.jpg'))).toBe('berada di situs lain (example.org)');
    policy.addMediaHost('http://169.254.169.254/latest/meta-data/');
    expect(policy.refusal(new URL('http://169.254.169.254/latest/meta-data/'))).toBe('alamat jaringan internal (169.254.169.254)');
    expect(policy.allowsAddress('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(policy.allowsAddress('cdn.example.org', '10.0.0.5')).toBe(false);
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1']) expect(isPrivateAddress(address), address).toBe(true);
    for (const address of ['103.10.20.30', '8.8.8.8', '2001:4860:4860::8888']) expect(isPrivateAddress(address), address).toBe(false);
  });

  it('checks the address a name resolves to: another host on a loopback address is refused', async () => {
    const policy = new HostPolicy(new URL(site.url));
    const port = new URL(site.url).port;
    policy.addMediaHost(`http://localhost:${port}/`);
    await expect(httpGet(new URL(`http://localhost:${port}/wp-content/uploads/2024/04/galeri-1.png`), policy, { maxBytes: 1024, timeoutMs: 5000 })).rejects.toThrow(
      /^localhost mengarah ke alamat jaringan internal/,
    );
    await expect(httpGet(new URL(`${site.url}/wp-content/uploads/2024/04/galeri-1.png`), policy, { maxBytes: 10, timeoutMs: 5000 })).rejects.toThrow('berkas lebih dari 1 KB');
  });

  it('removes shortcode tags but not brackets in prose', () => {
    expect(stripShortcodes('[vc_row][vc_column]Teks[/vc_column][/vc_row] [contact-form-7 id="5"] [embed]x[/embed] [Demak] [1]')).toBe('Teks  x [Demak] [1]');
  });

  it('recognises a file as written by the importer until anyone changes a byte', () => {
    const text = sealedMarkdown({ judul: 'Judul berita yang cukup', asal: { url: 'https://x.go.id/a/', diimpor: '2026-11-20 10:00', sidik: '' } }, 'Isi.');
    expect(text).toMatch(/\n {2}sidik: "[0-9a-f]{64}"\n/);
    expect(isUntouched(text)).toBe(true);
    expect(isUntouched(text.replace('Isi.', 'Isi!'))).toBe(false);
  });

  it('dates posts by date_gmt in WIB, by the site-local date when WordPress gives no GMT date', () => {
    expect(publishedAt({ date: '2024-06-30T18:15:00', date_gmt: '2024-06-30T18:15:00' })?.toISOString()).toBe('2024-06-30T18:15:00.000Z');
    expect(publishedAt({ date: '2024-07-01T09:00:00', date_gmt: null })?.toISOString()).toBe('2024-07-01T02:00:00.000Z');
  });

  it('shows progress on one line on a terminal, as plain lines elsewhere, without control characters', () => {
    const written: string[] = [];
    const tty = new Progress({ isTTY: true, write: (t: string) => written.push(t) });
    tty.grow(2);
    tty.step('satu\u001b[31m');
    tty.end();
    expect(written).toEqual(['\r\u001b[K[1/2] satu [31m', '\r\u001b[K']);
    const lines: string[] = [];
    const plain = new Progress({ write: (t: string) => lines.push(t) });
    plain.grow(1);
    plain.step('a');
    expect(lines).toEqual(['[1/1] a\n']);
  });
});
