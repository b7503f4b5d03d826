/**
 * The CMS in a real browser against a real decap-server (git mode) on a throw-away copy of the sample content:
 * publish a berita through the editorial workflow, attach a PDF to a DIP entry, replace a published dataset's CSV
 * and upload a document under a taken name without touching the main branch, refuse a DIK entry without its
 * legal basis, list an application with a dataset picked from the OPD's own, and keep each OPD's CMS to its own folder.
 * Before every save the validator's rules run in the browser (issue 13): a NIK, a CSV with the wrong delimiter or
 * header is refused with no commit and no branch; the column dictionary is filled from a CSV header; nothing is
 * deleted on main outside review; a change of address loads the other entry; the workflow board reads only the
 * OPD's own drafts.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { CMS_KINDS } from '../../src/cms/config.ts';
import { git } from '../../src/cms/dev-servers.ts';
import { parseWib } from '../../src/lib/wib.ts';
import { openCms, PROJECT_ROOT, startCmsStack, type CmsStack } from './session.ts';

const run = promisify(execFile);
const OPD = 'dinkominfo';
const OTHER_OPD = 'dinkes';
const STEP = 60_000;

let stack: CmsStack;

beforeAll(async () => {
  stack = await startCmsStack();
});

afterAll(async () => {
  await stack?.stop();
});

/** Runs the validator on files of `root`; resolves with its output, rejects when it reports errors. */
async function validate(root: string, ...files: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['scripts/validate.ts', '--root', root, ...files.map((f) => join(root, f))], { cwd: PROJECT_ROOT });
  return stdout;
}

async function filesOn(ref: string, dir: string): Promise<string[]> {
  const out = await git(stack.repo, ['ls-tree', '--name-only', ref, `${dir}/`]);
  return out.split('\n').filter(Boolean);
}

/** Runs the validator on `files` as they are on `branch` (exported like a CI checkout of the pull request). */
async function validateOnBranch(branch: string, ...files: string[]): Promise<string> {
  const checkout = await mkdtemp(join(tmpdir(), 'ppid-cms-branch-'));
  try {
    await run('sh', ['-c', `git -C "${stack.repo}" archive "${branch}" | tar -x -C "${checkout}"`]);
    return await validate(checkout, ...files);
  } finally {
    await rm(checkout, { recursive: true, force: true });
  }
}

/** The content of `path` on `ref`, as bytes (binary-safe). */
async function blob(ref: string, path: string): Promise<Buffer> {
  const { stdout } = await run('git', ['-C', stack.repo, 'show', `${ref}:${path}`], { encoding: 'buffer', maxBuffer: 64 << 20 });
  return stdout;
}

/** Collects every browser dialog (and dismisses it): the upload flows must not ask anything. */
function recordDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

async function branches(): Promise<string[]> {
  const out = await git(stack.repo, ['branch', '--format=%(refname:short)']);
  return out.split('\n').filter(Boolean);
}

/** Picks an option of a Decap (react-select) select by its visible label (optional fields add "(opsional)"). */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(new RegExp(`^${label.replace(/[()/]/g, '\\$&')}( \\(opsional\\))?$`)).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function newEntry(page: Page, collection: string): Promise<void> {
  await page.goto(`${stack.adminUrl(OPD)}#/collections/${collection}-${OPD}/new`);
  await page.getByRole('button', { name: 'Simpan' }).waitFor({ timeout: STEP });
}

/** Fills the DIP columns every Informasi Publik entry needs. */
async function fillDipColumns(page: Page, judul: string): Promise<void> {
  await page.getByLabel('Judul informasi', { exact: true }).fill(judul);
  await page.getByLabel('Ringkasan isi informasi', { exact: true }).fill('Ringkasan realisasi anggaran dinas menurut jenis belanja.');
  await page.getByLabel('Pejabat/unit yang menguasai informasi', { exact: true }).fill('Subbagian Keuangan');
  await page.getByLabel('Penanggung jawab pembuatan/penerbitan', { exact: true }).fill('Sekretaris Dinas');
  await page.getByLabel('Waktu pembuatan', { exact: true }).fill('Januari 2026');
  await page.getByLabel('Tempat pembuatan', { exact: true }).fill('Demak');
  await choose(page, 'Bentuk informasi', 'Softcopy (berkas elektronik)');
  await page.getByLabel('Jangka waktu penyimpanan', { exact: true }).fill('5 tahun');
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Simpan' }).click();
  await page.getByText('Entri tersimpan').waitFor({ timeout: STEP });
}

describe('Decap CMS per OPD', () => {
  test('publishes a new berita through draft → ready → publish as a valid file in the OPD folder', async () => {
    const before = await filesOn('main', `content/opd/${OPD}/berita`);
    const page = await openCms(stack, OPD);
    page.on('dialog', (dialog) => void dialog.accept());
    await newEntry(page, 'berita');
    // The date defaults to now in WIB, already in the new entry's data: the untouched entry is not "unsaved".
    const tanggal = await page.getByLabel('Tanggal', { exact: true }).inputValue();
    expect(tanggal).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    const shown = parseWib(tanggal.replace('T', ' '));
    if (!shown.ok) throw new Error(`Tanggal bawaan tidak terbaca: ${tanggal}`);
    expect(Math.abs(shown.date.getTime() - Date.now())).toBeLessThan(3 * 60_000);
    await expect(page.getByRole('button', { name: 'Simpan' }).isDisabled()).resolves.toBe(true);
    await expect(page.getByText('Belum disimpan').count()).resolves.toBe(0);
    await page.getByLabel('Judul', { exact: true }).fill('Uji CMS: Pelatihan Admin PPID Pelaksana');
    await page.getByText('Belum disimpan').waitFor({ timeout: STEP });
    await page.getByLabel('Ringkasan', { exact: true }).fill('Dinkominfo melatih admin PPID Pelaksana menulis berita lewat CMS.');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Pelatihan diikuti admin dari seluruh OPD.');
    await save(page);

    await page.getByRole('button', { name: /^Status: / }).click();
    await page.getByRole('menuitem', { name: 'Siap terbit' }).click();
    await page.getByText('Status entri diperbarui').waitFor({ timeout: STEP });
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Terbitkan sekarang' }).click();
    await page.getByText('Entri terbit').waitFor({ timeout: STEP });

    const added = (await filesOn('main', `content/opd/${OPD}/berita`)).filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(new RegExp(`^content/opd/${OPD}/berita/\\d{4}-\\d{2}-\\d{2}-uji-cms-pelatihan-admin-ppid-pelaksana\\.md$`));
    const text = await readFile(join(stack.repo, added[0]), 'utf8');
    expect(text).toMatch(/^tanggal: \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/m);
    expect(text).toContain('Pelatihan diikuti admin dari seluruh OPD.');
    await expect(validate(stack.repo, added[0])).resolves.toMatch(/tidak ada masalah/);
    expect((await branches()).filter((b) => b.startsWith(`cms/berita-${OPD}/`))).toEqual([]);
  }, 4 * STEP);

  test('stores a PDF attachment of a berkala DIP entry in the OPD dokumen folder under a portal file name', async () => {
    const page = await openCms(stack, OPD);
    await newEntry(page, 'informasi');
    await fillDipColumns(page, 'Uji CMS Ringkasan Laporan Keuangan 2025');
    await choose(page, 'Rincian informasi berkala', 'd. Ringkasan laporan keuangan');
    await page.getByRole('button', { name: 'Tambah lampiran' }).click();
    await page.getByLabel('Judul lampiran', { exact: true }).fill('Laporan Realisasi Anggaran 2025');
    await page.getByRole('button', { name: 'Pilih berkas' }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'LRA Dinkominfo 2025 (Final).PDF',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% uji CMS\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Pakai yang dipilih' }).click();
    await save(page);

    const branch = `cms/informasi-${OPD}/uji-cms-ringkasan-laporan-keuangan-2025`;
    expect(await branches()).toContain(branch);
    const pdf = `content/opd/${OPD}/dokumen/lra-dinkominfo-2025-final.pdf`;
    expect(await filesOn(branch, `content/opd/${OPD}/dokumen`)).toContain(pdf);
    const entry = await git(stack.repo, ['show', `${branch}:content/opd/${OPD}/informasi/uji-cms-ringkasan-laporan-keuangan-2025.md`]);
    expect(entry).toContain('rincian: laporan-keuangan');
    expect(entry).toContain('berkas: dokumen/lra-dinkominfo-2025-final.pdf');
    // The branch as CI would see it passes the validator.
    await validateOnBranch(branch, `content/opd/${OPD}/informasi/uji-cms-ringkasan-laporan-keuangan-2025.md`, pdf);
  }, 4 * STEP);

  test('stores a dataset with its column dictionary and the uploaded CSV renamed after the entry', async () => {
    const page = await openCms(stack, OPD);
    await newEntry(page, 'dataset');
    // A first upload under a provisional title, replaced after the title changed: only the final CSV is written.
    await page.getByLabel('Judul dataset', { exact: true }).fill('Uji CMS Titik Wifi 2026');
    await page.locator('input[data-portal-csv]').setInputFiles({ name: 'draf.csv', mimeType: 'text/csv', buffer: Buffer.from('kecamatan\nDemak\n') });
    await page.getByText('akan disimpan sebagai uji-cms-titik-wifi-2026.csv').waitFor({ timeout: STEP });
    await page.getByLabel('Judul dataset', { exact: true }).fill('Uji CMS Titik Wifi Publik 2026');
    await page.getByLabel('Deskripsi', { exact: true }).fill('Jumlah titik wifi publik per kecamatan yang dikelola Dinkominfo.');
    await choose(page, 'Topik', 'Infrastruktur');
    await choose(page, 'Frekuensi pemutakhiran', 'Tahunan');
    await choose(page, 'Tingkat penyajian', 'Kecamatan');
    await page.getByLabel('Periode', { exact: true }).fill('2026');
    await choose(page, 'Pemisah kolom CSV', 'Titik koma (;)');
    await page.getByLabel('Nama kolom', { exact: true }).fill('kecamatan');
    await page.getByLabel('Judul kolom', { exact: true }).fill('Kecamatan');
    await choose(page, 'Tipe', 'Teks');
    await page.locator('input[data-portal-csv]').setInputFiles({ name: 'Data Wifi (final).csv', mimeType: 'text/csv', buffer: Buffer.from('kecamatan\nDemak\nMranggen\n') });
    await page.getByText('akan disimpan sebagai uji-cms-titik-wifi-publik-2026.csv').waitFor({ timeout: STEP });
    await save(page);

    const branch = `cms/dataset-${OPD}/uji-cms-titik-wifi-publik-2026`;
    const base = `content/opd/${OPD}/data/uji-cms-titik-wifi-publik-2026`;
    const dataFiles = await filesOn(branch, `content/opd/${OPD}/data`);
    expect(dataFiles).toEqual(expect.arrayContaining([`${base}.yaml`, `${base}.csv`]));
    expect(dataFiles).not.toContain(`content/opd/${OPD}/data/uji-cms-titik-wifi-2026.csv`);
    expect((await blob(branch, `${base}.csv`)).toString('utf8')).toBe('kecamatan\nDemak\nMranggen\n');
    const yaml = await git(stack.repo, ['show', `${branch}:${base}.yaml`]);
    expect(yaml).not.toMatch(/^csv:/m); // the upload field is the CMS's, not the content's
    expect(yaml).toMatch(/^pemisah: "?;"?$/m);
    await validateOnBranch(branch, `${base}.yaml`, `${base}.csv`);
  }, 4 * STEP);

  test('replacing the CSV of a published dataset changes it on the entry branch only, never on main', async () => {
    const base = `content/opd/${OPD}/data/menara-telekomunikasi`;
    const mainBefore = (await git(stack.repo, ['rev-parse', 'main'])).trim();
    const published = await blob('main', `${base}.csv`);
    // The new version: the same columns with the first three towers only.
    const replacement = published.toString('utf8').split('\n').slice(0, 4).join('\n') + '\n';
    expect(replacement).not.toBe(published.toString('utf8'));

    const page = await openCms(stack, OPD);
    const dialogs = recordDialogs(page);
    await page.goto(`${stack.adminUrl(OPD)}#/collections/dataset-${OPD}/entries/menara-telekomunikasi`);
    await page.getByText('Berkas data saat ini: menara-telekomunikasi.csv').waitFor({ timeout: STEP });
    await page.locator('input[data-portal-csv]').setInputFiles({ name: 'Menara 2026 (revisi).csv', mimeType: 'text/csv', buffer: Buffer.from(replacement) });
    await page.getByText('akan disimpan sebagai menara-telekomunikasi.csv').waitFor({ timeout: STEP });
    await save(page);

    expect(dialogs).toEqual([]);
    expect((await git(stack.repo, ['rev-parse', 'main'])).trim()).toBe(mainBefore);
    expect((await blob('main', `${base}.csv`)).equals(published)).toBe(true);
    const branch = `cms/dataset-${OPD}/menara-telekomunikasi`;
    expect(await branches()).toContain(branch);
    expect((await blob(branch, `${base}.csv`)).toString('utf8')).toBe(replacement);
    await expect(validateOnBranch(branch, `${base}.yaml`, `${base}.csv`)).resolves.toMatch(/tidak ada masalah/);
  }, 4 * STEP);

  test('a document uploaded under a taken name gets a numeric suffix instead of replacing the published file', async () => {
    const taken = `content/opd/${OPD}/dokumen/formulir-keberatan.pdf`;
    const mainBefore = (await git(stack.repo, ['rev-parse', 'main'])).trim();
    const published = await blob('main', taken);

    const page = await openCms(stack, OPD);
    const dialogs = recordDialogs(page);
    await newEntry(page, 'dokumen');
    await page.getByLabel('Judul dokumen', { exact: true }).fill('Uji CMS Formulir Keberatan Versi Baru');
    await page.getByRole('button', { name: 'Pilih berkas' }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'Formulir Keberatan.PDF',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% formulir baru\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Pakai yang dipilih' }).click();
    await save(page);

    expect(dialogs).toEqual([]);
    expect((await git(stack.repo, ['rev-parse', 'main'])).trim()).toBe(mainBefore);
    expect((await blob('main', taken)).equals(published)).toBe(true);
    const branch = `cms/dokumen-${OPD}/uji-cms-formulir-keberatan-versi-baru`;
    const renamed = `content/opd/${OPD}/dokumen/formulir-keberatan-2.pdf`;
    expect(await filesOn(branch, `content/opd/${OPD}/dokumen`)).toEqual(expect.arrayContaining([taken, renamed]));
    expect((await blob(branch, taken)).equals(published)).toBe(true);
    const entry = `content/opd/${OPD}/dokumen/uji-cms-formulir-keberatan-versi-baru.md`;
    expect((await blob(branch, entry)).toString('utf8')).toContain('berkas: dokumen/formulir-keberatan-2.pdf');
    await validateOnBranch(branch, entry, renamed);
  }, 4 * STEP);

  test('refuses to save a dikecualikan entry without its consequence test, in Indonesian', async () => {
    const before = await repoState();
    const page = await openCms(stack, OPD);
    await newEntry(page, 'informasi');
    await fillDipColumns(page, 'Uji CMS Dokumen Pengadaan yang Dikecualikan');
    await choose(page, 'Kategori', 'Informasi yang Dikecualikan (UU 14/2008 Pasal 17)');
    await page.getByLabel('Dikecualikan hingga', { exact: true }).fill('2028-12-31');
    const notice = await refusedSave(page, 'Uji konsekuensi (informasi dikecualikan)');

    expect(notice).toContain('informasi dikecualikan wajib mengisi Uji konsekuensi (informasi dikecualikan)');
    expect(notice).not.toContain('pengecualian');
    expect(await repoState()).toBe(before);
    expect(page.url()).toMatch(/\/new$/);
  }, 3 * STEP);

  test('lists an application that feeds a dataset picked among the OPD\'s own datasets', async () => {
    const page = await openCms(stack, OPD);
    await newEntry(page, 'aplikasi');
    await page.getByLabel('Nama aplikasi', { exact: true }).fill('Uji CMS SIMANTRA');
    await page.getByLabel('Fungsi', { exact: true }).fill('Pendataan menara telekomunikasi dan izin lokasinya.');
    await page.getByLabel('Unit pemilik', { exact: true }).fill('Bidang Infrastruktur TIK');
    await choose(page, 'Jenis', 'Daerah (dibangun atau dikelola Pemkab)');
    await page.getByRole('button', { name: 'Tambah jenis data' }).click();
    await page.getByLabel('Jenis data', { exact: true }).fill('lokasi menara');
    await choose(page, 'Integrasi ke portal', 'Diunggah manual oleh editor');
    await page.getByLabel(/^Dataset yang diisi/).click();
    await page.getByRole('option', { name: 'Daftar Menara Telekomunikasi di Kabupaten Demak' }).click();
    await page.getByLabel('Kontak (jabatan)', { exact: true }).fill('Admin SIMANTRA Dinkominfo');
    await save(page);

    const branch = `cms/aplikasi-${OPD}/uji-cms-simantra`;
    const file = `content/opd/${OPD}/aplikasi/uji-cms-simantra.yaml`;
    const yaml = await git(stack.repo, ['show', `${branch}:${file}`]);
    expect(yaml).toMatch(/^dataset:\n {2}- menara-telekomunikasi$/m);
    expect(yaml).toMatch(/^status: aktif$/m);
    await validateOnBranch(branch, file);
  }, 4 * STEP);

  test(`/admin/${OPD}/ offers no collection of ${OTHER_OPD}`, async () => {
    const page = await openCms(stack, OPD);
    const links = await page.locator('a[href*="#/collections/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    // Every collection link (sidebar, "new" button, entries) belongs to this OPD; the sidebar has one per CMS kind.
    const collections = new Set(links.map((href) => /#\/collections\/([^/]+)/.exec(href)?.[1]));
    expect([...collections].sort()).toEqual([...CMS_KINDS].sort().map((k) => `${k}-${OPD}`));
    // Typing another OPD's collection into the address bar shows nothing of it.
    await page.goto(`${stack.adminUrl(OPD)}#/collections/berita-${OTHER_OPD}`);
    await page.waitForTimeout(1000);
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/Dinas Kesehatan/);
    expect(await page.locator(`a[href*="-${OTHER_OPD}"]`).count()).toBe(0);
  }, 3 * STEP);
});

/** The main branch and every branch, to show that a refused save wrote nothing. */
async function repoState(): Promise<string> {
  return `${(await git(stack.repo, ['rev-parse', 'main'])).trim()} ${(await branches()).join(' ')}`;
}

/** Clicks Simpan and waits for Decap's refusal notice ("Gagal menyimpan: Entri belum dapat disimpan: …") that says `what`. */
async function refusedSave(page: Page, what: string | RegExp): Promise<string> {
  await page.getByRole('button', { name: 'Simpan' }).click();
  const notice = page.getByText(/^Gagal menyimpan: Entri belum dapat disimpan:/).filter({ hasText: what });
  await notice.first().waitFor({ timeout: STEP });
  return (await notice.first().innerText()).replace(/\s+/g, ' ');
}

/** Fills a new dataset's metadata (everything but the dictionary and the CSV). */
async function fillDataset(page: Page, judul: string, pemisah = 'Koma (,)'): Promise<void> {
  await page.getByLabel('Judul dataset', { exact: true }).fill(judul);
  await page.getByLabel('Deskripsi', { exact: true }).fill('Jumlah balita stunting per kecamatan dari pemantauan posyandu.');
  await choose(page, 'Topik', 'Kesehatan');
  await choose(page, 'Frekuensi pemutakhiran', 'Tahunan');
  await choose(page, 'Tingkat penyajian', 'Kecamatan');
  await page.getByLabel('Periode', { exact: true }).fill('2026');
  await choose(page, 'Pemisah kolom CSV', pemisah);
}

/** Fills the first row of the column dictionary. */
async function fillColumn(page: Page, nama: string, judul: string, tipe: string): Promise<void> {
  await page.getByLabel('Nama kolom', { exact: true }).fill(nama);
  await page.getByLabel('Judul kolom', { exact: true }).fill(judul);
  await choose(page, 'Tipe', tipe);
}

describe('the validator before every save, and nothing changed outside review', () => {
  test('a NIK in a news body is refused before save, naming the field: no commit, no branch', async () => {
    const before = await repoState();
    const page = await openCms(stack, OPD);
    await newEntry(page, 'berita');
    await page.getByLabel('Judul', { exact: true }).fill('Uji CMS: Penerima Bantuan Pelatihan');
    await page.getByLabel('Ringkasan', { exact: true }).fill('Daftar peserta pelatihan admin PPID pelaksana tahun ini.');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Peserta atas nama Budi, NIK 3321015203870001, hadir.');
    const notice = await refusedSave(page, 'Isi berita: angka');
    expect(notice).toMatch(/Isi berita: angka "3321•+01" berbentuk NIK\/No\. KK \(data pribadi\)\. Hapus NIK/);
    expect(notice).not.toContain('3321015203870001');
    expect(await repoState()).toBe(before);
    expect(page.url()).toMatch(/\/new$/);
  }, 3 * STEP);

  test('a CSV with another delimiter is refused with the field to change; one whose header differs names both columns', async () => {
    const before = await repoState();
    const page = await openCms(stack, OPD);
    await newEntry(page, 'dataset');
    await fillDataset(page, 'Uji CMS Balita Stunting 2026');
    await fillColumn(page, 'kecamatan', 'Kecamatan', 'Teks');
    await page.getByRole('button', { name: 'Tambah kolom' }).click();
    await page.getByLabel('Nama kolom', { exact: true }).nth(1).fill('jumlah');
    await page.getByLabel('Judul kolom', { exact: true }).nth(1).fill('Jumlah balita stunting');
    await page.getByLabel(/^Tipe( \(opsional\))?$/).nth(1).click();
    await page.getByRole('option', { name: 'Bilangan bulat (tanpa desimal)', exact: true }).click();

    const csv = page.locator('input[data-portal-csv]');
    await csv.setInputFiles({ name: 'stunting.csv', mimeType: 'text/csv', buffer: Buffer.from('kecamatan;jumlah\nMranggen;12\n') });
    await page.getByText('Berkas ini memakai pemisah titik koma (;)').waitFor({ timeout: STEP });
    expect(await refusedSave(page, 'Pemisah kolom CSV')).toContain('Ubah Pemisah kolom CSV menjadi titik koma (;)');
    expect(await repoState()).toBe(before);

    await csv.setInputFiles({ name: 'stunting.csv', mimeType: 'text/csv', buffer: Buffer.from('kecamatan,jumlah_stunting\nMranggen,12\n') });
    await page.getByText('akan disimpan sebagai uji-cms-balita-stunting-2026.csv').waitFor({ timeout: STEP });
    expect(await refusedSave(page, 'jumlah_stunting')).toContain('kolom ke-2 di berkas bernama `jumlah_stunting`, di Kamus kolom `jumlah`');
    expect(await repoState()).toBe(before);
  }, 4 * STEP);

  test('a 4-digit region code in a kode-wilayah column is refused before save', async () => {
    const before = await repoState();
    const page = await openCms(stack, OPD);
    await newEntry(page, 'dataset');
    await fillDataset(page, 'Uji CMS Kode Wilayah Salah');
    await fillColumn(page, 'kode', 'Kode wilayah', 'Kode wilayah Kemendagri');
    await page.locator('input[data-portal-csv]').setInputFiles({ name: 'kode.csv', mimeType: 'text/csv', buffer: Buffer.from('kode\n3321\n') });
    await page.getByText('akan disimpan sebagai').waitFor({ timeout: STEP });
    expect(await refusedSave(page, '3321')).toMatch(/nilai "3321" di kolom "kode" \(kode-wilayah\) format kode wilayah salah\. Tulis kode Kemendagri dengan titik: 33\.21/);
    expect(await repoState()).toBe(before);
  }, 3 * STEP);

  test('the column dictionary is filled from the uploaded header with guessed types, then saved and valid', async () => {
    const page = await openCms(stack, OPD);
    await newEntry(page, 'dataset');
    await fillDataset(page, 'Uji CMS Posyandu Aktif 2026');
    await page.locator('input[data-portal-csv]').setInputFiles({
      name: 'posyandu.csv', mimeType: 'text/csv',
      buffer: Buffer.from('kode;kecamatan;jumlah_posyandu;rasio;terverifikasi\n33.21.01;Mranggen;120;12,5;ya\n33.21.02;Karangawen;98;3,25;tidak\n'),
    });
    await page.getByRole('button', { name: 'Isi Kamus kolom dari baris pertama berkas ini' }).click();
    await page.getByText('Kamus kolom diisi dari berkas: 5 kolom').waitFor({ timeout: STEP });
    await page.getByText('Pemisah kolom CSV diubah menjadi titik koma (;)').waitFor({ timeout: STEP });
    const names = await page.getByLabel('Nama kolom', { exact: true }).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(names).toEqual(['kode', 'kecamatan', 'jumlah_posyandu', 'rasio', 'terverifikasi']);
    // The editor confirms and corrects: a title, then save.
    await page.getByLabel('Judul kolom', { exact: true }).nth(2).fill('Jumlah posyandu aktif');
    await save(page);

    const branch = `cms/dataset-${OPD}/uji-cms-posyandu-aktif-2026`;
    const base = `content/opd/${OPD}/data/uji-cms-posyandu-aktif-2026`;
    const yaml = await git(stack.repo, ['show', `${branch}:${base}.yaml`]);
    expect(yaml).toMatch(/^pemisah: "?;"?$/m);
    expect(yaml).toMatch(/^desimal: "?,"?$/m);
    const types = [...yaml.matchAll(/^ {4}tipe: (\S+)$/gm)].map((m) => m[1]);
    expect(types).toEqual(['kode-wilayah', 'teks', 'bilangan-bulat', 'bilangan', 'ya-tidak']);
    expect(yaml).toContain('judul: Jumlah posyandu aktif');
    await expect(validateOnBranch(branch, `${base}.yaml`, `${base}.csv`)).resolves.toMatch(/tidak ada masalah/);
  }, 4 * STEP);

  test('a published entry offers no delete; the media library lists no entries and deletes nothing on main', async () => {
    const before = await repoState();
    const page = await openCms(stack, OPD);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    await page.goto(`${stack.adminUrl(OPD)}#/collections/berita-${OPD}/entries/2026-11-25-pelatihan-keamanan-siber-admin-opd`);
    await page.getByRole('button', { name: 'Simpan' }).waitFor({ timeout: STEP });
    await page.getByLabel('Judul', { exact: true }).waitFor({ timeout: STEP });
    await expect(page.getByRole('button', { name: /^Hapus entri/ }).count()).resolves.toBe(0);

    // The header's media library (Decap's "Media", "Berkas" here), outside any entry.
    await page.goto(`${stack.adminUrl(OPD)}#/collections/berita-${OPD}`);
    await page.getByRole('button', { name: 'Berkas', exact: true }).click();
    await page.getByText('formulir-keberatan.pdf').first().waitFor({ timeout: STEP });
    const listed = await page.locator('body').innerText();
    expect(listed).not.toContain('formulir-keberatan.md');
    await page.getByText('formulir-keberatan.pdf').first().click();
    await page.getByRole('button', { name: /Hapus yang dipilih/ }).click();
    await page.getByText(/Gagal menghapus berkas: Berkas yang sudah terbit tidak dihapus/).waitFor({ timeout: STEP });
    expect(dialogs).toEqual(['Yakin ingin menghapus berkas yang dipilih?']);
    expect(await repoState()).toBe(before);
  }, 3 * STEP);

  test('changing the address from one entry to another loads the other entry', async () => {
    const page = await openCms(stack, OPD);
    await page.goto(`${stack.adminUrl(OPD)}#/collections/berita-${OPD}/entries/2026-11-25-pelatihan-keamanan-siber-admin-opd`);
    const judul = page.getByLabel('Judul', { exact: true });
    await expect.poll(() => judul.inputValue(), { timeout: STEP }).toMatch(/Keamanan Siber/i);
    await page.evaluate(() => (location.hash = '#/collections/berita-dinkominfo/entries/2026-08-14-rapat-forum-satu-data-demak'));
    await expect.poll(() => judul.inputValue(), { timeout: STEP }).toMatch(/Forum Satu Data/i);
    expect(page.url()).toContain('rapat-forum-satu-data-demak');
  }, 3 * STEP);

  test("the workflow board reads only this OPD's drafts", async () => {
    // A draft of another OPD, as its editor's save would leave it.
    const branch = `cms/berita-${OTHER_OPD}/2026-11-20-draf-opd-lain`;
    await git(stack.repo, ['branch', branch, 'main']);
    try {
      const asked: string[] = [];
      const page = await openCms(stack, OPD, undefined, (p) =>
        p.on('request', (request) => {
          if (request.method() === 'POST' && request.url().includes('/api/v1')) asked.push(request.postData() ?? '');
        }),
      );
      await page.goto(`${stack.adminUrl(OPD)}#/workflow`);
      await page.getByText('Alur persetujuan').first().waitFor({ timeout: STEP });
      await page.waitForLoadState('networkidle');
      expect(asked.some((body) => body.includes('"unpublishedEntries"'))).toBe(true);
      expect(asked.filter((body) => body.includes(`berita-${OTHER_OPD}`))).toEqual([]);
      // Card dates in Indonesian ("1 Desember"), never dayjs's English month names.
      expect(await page.locator('body').innerText()).not.toMatch(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/);
    } finally {
      await git(stack.repo, ['branch', '-D', branch]);
    }
  }, 3 * STEP);

  test('the login screen names the regency, the PPID and the OPD, with the site icon; hidden once logged in', async () => {
    const context = await stack.browser.newContext({ locale: 'id-ID' });
    const page = await context.newPage();
    await page.goto(stack.adminUrl(OPD));
    const masuk = page.getByRole('button', { name: 'Masuk' });
    await masuk.waitFor({ timeout: STEP });
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Pengelolaan Konten PPID Pemerintah Kabupaten Demak');
    await expect(page.locator('#ppid-identitas').innerText()).resolves.toContain('Dinas Komunikasi dan Informatika');
    await expect(page.locator('link[rel="icon"]').getAttribute('href')).resolves.toBe('/favicon.svg');
    await masuk.click();
    await page.getByRole('heading', { name: 'Koleksi' }).waitFor({ timeout: STEP });
    await expect(page.locator('#ppid-identitas').isVisible()).resolves.toBe(false);
    await context.close();
  }, 2 * STEP);
});
