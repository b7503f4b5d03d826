/**
 * Before every save the validator's rules run in the browser (issue 13), against a real decap-server on a throw-away
 * copy of the sample content: a NIK, a CSV with the wrong delimiter or header, a 4-digit region code are refused with
 * no commit and no branch; the column dictionary is filled from a CSV header; nothing is deleted on main outside
 * review; a change of address loads the other entry; the login screen names the regency.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { git } from '../../src/cms/dev-servers.ts';
import { editorSteps, OPD, STEP } from './editor.ts';
import { openCms, startCmsStack, type CmsStack } from './session.ts';

let stack: CmsStack;
const cms = editorSteps(() => stack);

beforeAll(async () => {
  stack = await startCmsStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe('the validator before every save, and nothing changed outside review', () => {
  test('a NIK in a news body is refused before save, naming the field: no commit, no branch', async () => {
    const before = await cms.repoState();
    const page = await openCms(stack, OPD);
    await cms.newEntry(page, 'berita');
    await page.getByLabel('Judul', { exact: true }).fill('Uji CMS: Penerima Bantuan Pelatihan');
    await page.getByLabel('Ringkasan', { exact: true }).fill('Daftar peserta pelatihan admin PPID pelaksana tahun ini.');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.insertText('Peserta atas nama Budi, NIK 3321015203870001, hadir.'); // one input event: typing key by key re-renders the editor per key
    const notice = await cms.refusedSave(page, 'Isi berita: angka');
    expect(notice).toMatch(/Isi berita: angka "3321•+01" berbentuk NIK\/No\. KK \(data pribadi\)\. Hapus NIK/);
    expect(notice).not.toContain('3321015203870001');
    expect(await cms.repoState()).toBe(before);
    expect(page.url()).toMatch(/\/new$/);
  }, 3 * STEP);

  test('a CSV with another delimiter is refused with the field to change; one whose header differs names both columns', async () => {
    const before = await cms.repoState();
    const page = await openCms(stack, OPD);
    await cms.newEntry(page, 'dataset');
    await cms.fillDataset(page, 'Uji CMS Balita Stunting 2026');
    await cms.fillColumn(page, 'kecamatan', 'Kecamatan', 'Teks');
    await page.getByRole('button', { name: 'Tambah kolom' }).click();
    await page.getByLabel('Nama kolom', { exact: true }).nth(1).fill('jumlah');
    await page.getByLabel('Judul kolom', { exact: true }).nth(1).fill('Jumlah balita stunting');
    await page.getByLabel(/^Tipe( \(opsional\))?$/).nth(1).click();
    await page.getByRole('option', { name: 'Bilangan bulat (tanpa desimal)', exact: true }).click();

    const csv = page.locator('input[data-portal-csv]');
    await csv.setInputFiles({ name: 'stunting.csv', mimeType: 'text/csv', buffer: Buffer.from('kecamatan;jumlah\nMranggen;12\n') });
    await page.getByText('Berkas ini memakai pemisah titik koma (;)').waitFor({ timeout: STEP });
    expect(await cms.refusedSave(page, 'Pemisah kolom CSV')).toContain('Ubah Pemisah kolom CSV menjadi titik koma (;)');
    expect(await cms.repoState()).toBe(before);

    await csv.setInputFiles({ name: 'stunting.csv', mimeType: 'text/csv', buffer: Buffer.from('kecamatan,jumlah_stunting\nMranggen,12\n') });
    await page.getByText('akan disimpan sebagai uji-cms-balita-stunting-2026.csv').waitFor({ timeout: STEP });
    expect(await cms.refusedSave(page, 'jumlah_stunting')).toContain('kolom ke-2 di berkas bernama `jumlah_stunting`, di Kamus kolom `jumlah`');
    expect(await cms.repoState()).toBe(before);
  }, 4 * STEP);

  test('a 4-digit region code in a kode-wilayah column is refused before save', async () => {
    const before = await cms.repoState();
    const page = await openCms(stack, OPD);
    await cms.newEntry(page, 'dataset');
    await cms.fillDataset(page, 'Uji CMS Kode Wilayah Salah');
    await cms.fillColumn(page, 'kode', 'Kode wilayah', 'Kode wilayah Kemendagri');
    await page.locator('input[data-portal-csv]').setInputFiles({ name: 'kode.csv', mimeType: 'text/csv', buffer: Buffer.from('kode\n3321\n') });
    await page.getByText('akan disimpan sebagai').waitFor({ timeout: STEP });
    expect(await cms.refusedSave(page, '3321')).toMatch(/nilai "3321" di kolom "kode" \(kode-wilayah\) format kode wilayah salah\. Tulis kode Kemendagri dengan titik: 33\.21/);
    expect(await cms.repoState()).toBe(before);
  }, 3 * STEP);

  test('the column dictionary is filled from the uploaded header with guessed types, then saved and valid', async () => {
    const page = await openCms(stack, OPD);
    await cms.newEntry(page, 'dataset');
    await cms.fillDataset(page, 'Uji CMS Posyandu Aktif 2026');
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
    await cms.save(page);

    const branch = `cms/dataset-${OPD}/uji-cms-posyandu-aktif-2026`;
    const base = `content/opd/${OPD}/data/uji-cms-posyandu-aktif-2026`;
    const yaml = await git(stack.repo, ['show', `${branch}:${base}.yaml`]);
    expect(yaml).toMatch(/^pemisah: "?;"?$/m);
    expect(yaml).toMatch(/^desimal: "?,"?$/m);
    const types = [...yaml.matchAll(/^ {4}tipe: (\S+)$/gm)].map((m) => m[1]);
    expect(types).toEqual(['kode-wilayah', 'teks', 'bilangan-bulat', 'bilangan', 'ya-tidak']);
    expect(yaml).toContain('judul: Jumlah posyandu aktif');
    await expect(cms.validateOnBranch(branch, `${base}.yaml`, `${base}.csv`)).resolves.toMatch(/tidak ada masalah/);
  }, 4 * STEP);

  test('a published entry offers no delete; the media library lists no entries and deletes nothing on main', async () => {
    const before = await cms.repoState();
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
    expect(await cms.repoState()).toBe(before);
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
