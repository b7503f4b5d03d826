/**
 * The CMS in a real browser against a real decap-server (git mode) on a throw-away copy of the sample content:
 * publish a berita through the editorial workflow, attach a PDF to a DIP entry, replace a published dataset's CSV
 * and upload a document under a taken name without touching the main branch, refuse a DIK entry without its
 * legal basis, list an application with a dataset picked from the OPD's own, keep each OPD's CMS to its own folder,
 * and show only the OPD's own drafts (dated in Indonesian) on the workflow board. The checks before every save are in
 * cms-save-check.e2e.test.ts: two files, two stacks, so that vitest runs them side by side.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CMS_KINDS } from '../../src/cms/config.ts';
import { git } from '../../src/cms/dev-servers.ts';
import { parseWib } from '../../src/lib/wib.ts';
import { editorSteps, OPD, OTHER_OPD, STEP } from './editor.ts';
import { openCms, startCmsStack, type CmsStack } from './session.ts';

let stack: CmsStack;
const cms = editorSteps(() => stack);

beforeAll(async () => {
  stack = await startCmsStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe('Decap CMS per OPD', () => {
  test('publishes a new berita through draft → ready → publish as a valid file in the OPD folder', async () => {
    const before = await cms.filesOn('main', `content/opd/${OPD}/berita`);
    const page = await openCms(stack, OPD);
    page.on('dialog', (dialog) => void dialog.accept());
    await cms.newEntry(page, 'berita');
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
    await page.keyboard.insertText('Pelatihan diikuti admin dari seluruh OPD.'); // one input event: typing key by key re-renders the editor per key
    await cms.save(page);

    await page.getByRole('button', { name: /^Status: / }).click();
    await page.getByRole('menuitem', { name: 'Siap terbit' }).click();
    await page.getByText('Status entri diperbarui').waitFor({ timeout: STEP });
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Terbitkan sekarang' }).click();
    await page.getByText('Entri terbit').waitFor({ timeout: STEP });

    const added = (await cms.filesOn('main', `content/opd/${OPD}/berita`)).filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(new RegExp(`^content/opd/${OPD}/berita/\\d{4}-\\d{2}-\\d{2}-uji-cms-pelatihan-admin-ppid-pelaksana\\.md$`));
    const text = await readFile(join(stack.repo, added[0]), 'utf8');
    expect(text).toMatch(/^tanggal: \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/m);
    expect(text).toContain('Pelatihan diikuti admin dari seluruh OPD.');
    await expect(cms.validate(stack.repo, added[0])).resolves.toMatch(/tidak ada masalah/);
    expect((await cms.branches()).filter((b) => b.startsWith(`cms/berita-${OPD}/`))).toEqual([]);
  }, 4 * STEP);

  test('stores a PDF attachment of a berkala DIP entry in the OPD dokumen folder under a portal file name', async () => {
    const page = await openCms(stack, OPD);
    await cms.newEntry(page, 'informasi');
    await cms.fillDipColumns(page, 'Uji CMS Ringkasan Laporan Keuangan 2025');
    await cms.choose(page, 'Rincian informasi berkala', 'd. Ringkasan laporan keuangan');
    await page.getByRole('button', { name: 'Tambah lampiran' }).click();
    await page.getByLabel('Judul lampiran', { exact: true }).fill('Laporan Realisasi Anggaran 2025');
    await page.getByRole('button', { name: 'Pilih berkas' }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'LRA Dinkominfo 2025 (Final).PDF',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% uji CMS\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Pakai yang dipilih' }).click();
    await cms.save(page);

    const branch = `cms/informasi-${OPD}/uji-cms-ringkasan-laporan-keuangan-2025`;
    expect(await cms.branches()).toContain(branch);
    const pdf = `content/opd/${OPD}/dokumen/lra-dinkominfo-2025-final.pdf`;
    expect(await cms.filesOn(branch, `content/opd/${OPD}/dokumen`)).toContain(pdf);
    const entry = await git(stack.repo, ['show', `${branch}:content/opd/${OPD}/informasi/uji-cms-ringkasan-laporan-keuangan-2025.md`]);
    expect(entry).toContain('rincian: laporan-keuangan');
    expect(entry).toContain('berkas: dokumen/lra-dinkominfo-2025-final.pdf');
    // The branch as CI would see it passes the validator.
    await cms.validateOnBranch(branch, `content/opd/${OPD}/informasi/uji-cms-ringkasan-laporan-keuangan-2025.md`, pdf);
  }, 4 * STEP);

  test('stores a dataset with its column dictionary and the uploaded CSV renamed after the entry', async () => {
    const page = await openCms(stack, OPD);
    await cms.newEntry(page, 'dataset');
    // A first upload under a provisional title, replaced after the title changed: only the final CSV is written.
    await page.getByLabel('Judul dataset', { exact: true }).fill('Uji CMS Titik Wifi 2026');
    await page.locator('input[data-portal-csv]').setInputFiles({ name: 'draf.csv', mimeType: 'text/csv', buffer: Buffer.from('kecamatan\nDemak\n') });
    await page.getByText('akan disimpan sebagai uji-cms-titik-wifi-2026.csv').waitFor({ timeout: STEP });
    await page.getByLabel('Judul dataset', { exact: true }).fill('Uji CMS Titik Wifi Publik 2026');
    await page.getByLabel('Deskripsi', { exact: true }).fill('Jumlah titik wifi publik per kecamatan yang dikelola Dinkominfo.');
    await cms.choose(page, 'Topik', 'Infrastruktur');
    await cms.choose(page, 'Frekuensi pemutakhiran', 'Tahunan');
    await cms.choose(page, 'Tingkat penyajian', 'Kecamatan');
    await page.getByLabel('Periode', { exact: true }).fill('2026');
    await cms.choose(page, 'Pemisah kolom CSV', 'Titik koma (;)');
    await page.getByLabel('Nama kolom', { exact: true }).fill('kecamatan');
    await page.getByLabel('Judul kolom', { exact: true }).fill('Kecamatan');
    await cms.choose(page, 'Tipe', 'Teks');
    await page.locator('input[data-portal-csv]').setInputFiles({ name: 'Data Wifi (final).csv', mimeType: 'text/csv', buffer: Buffer.from('kecamatan\nDemak\nMranggen\n') });
    await page.getByText('akan disimpan sebagai uji-cms-titik-wifi-publik-2026.csv').waitFor({ timeout: STEP });
    await cms.save(page);

    const branch = `cms/dataset-${OPD}/uji-cms-titik-wifi-publik-2026`;
    const base = `content/opd/${OPD}/data/uji-cms-titik-wifi-publik-2026`;
    const dataFiles = await cms.filesOn(branch, `content/opd/${OPD}/data`);
    expect(dataFiles).toEqual(expect.arrayContaining([`${base}.yaml`, `${base}.csv`]));
    expect(dataFiles).not.toContain(`content/opd/${OPD}/data/uji-cms-titik-wifi-2026.csv`);
    expect((await cms.blob(branch, `${base}.csv`)).toString('utf8')).toBe('kecamatan\nDemak\nMranggen\n');
    const yaml = await git(stack.repo, ['show', `${branch}:${base}.yaml`]);
    expect(yaml).not.toMatch(/^csv:/m); // the upload field is the CMS's, not the content's
    expect(yaml).toMatch(/^pemisah: "?;"?$/m);
    await cms.validateOnBranch(branch, `${base}.yaml`, `${base}.csv`);
  }, 4 * STEP);

  test('replacing the CSV of a published dataset changes it on the entry branch only, never on main', async () => {
    const base = `content/opd/${OPD}/data/menara-telekomunikasi`;
    const mainBefore = (await git(stack.repo, ['rev-parse', 'main'])).trim();
    const published = await cms.blob('main', `${base}.csv`);
    // The new version: the same columns with the first three towers only.
    const replacement = published.toString('utf8').split('\n').slice(0, 4).join('\n') + '\n';
    expect(replacement).not.toBe(published.toString('utf8'));

    const page = await openCms(stack, OPD);
    const dialogs = cms.recordDialogs(page);
    await page.goto(`${stack.adminUrl(OPD)}#/collections/dataset-${OPD}/entries/menara-telekomunikasi`);
    await page.getByText('Berkas data saat ini: menara-telekomunikasi.csv').waitFor({ timeout: STEP });
    await page.locator('input[data-portal-csv]').setInputFiles({ name: 'Menara 2026 (revisi).csv', mimeType: 'text/csv', buffer: Buffer.from(replacement) });
    await page.getByText('akan disimpan sebagai menara-telekomunikasi.csv').waitFor({ timeout: STEP });
    await cms.save(page);

    expect(dialogs).toEqual([]);
    expect((await git(stack.repo, ['rev-parse', 'main'])).trim()).toBe(mainBefore);
    expect((await cms.blob('main', `${base}.csv`)).equals(published)).toBe(true);
    const branch = `cms/dataset-${OPD}/menara-telekomunikasi`;
    expect(await cms.branches()).toContain(branch);
    expect((await cms.blob(branch, `${base}.csv`)).toString('utf8')).toBe(replacement);
    await expect(cms.validateOnBranch(branch, `${base}.yaml`, `${base}.csv`)).resolves.toMatch(/tidak ada masalah/);
  }, 4 * STEP);

  test('a document uploaded under a taken name gets a numeric suffix instead of replacing the published file', async () => {
    const taken = `content/opd/${OPD}/dokumen/formulir-keberatan.pdf`;
    const mainBefore = (await git(stack.repo, ['rev-parse', 'main'])).trim();
    const published = await cms.blob('main', taken);

    const page = await openCms(stack, OPD);
    const dialogs = cms.recordDialogs(page);
    await cms.newEntry(page, 'dokumen');
    await page.getByLabel('Judul dokumen', { exact: true }).fill('Uji CMS Formulir Keberatan Versi Baru');
    await page.getByRole('button', { name: 'Pilih berkas' }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'Formulir Keberatan.PDF',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% formulir baru\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Pakai yang dipilih' }).click();
    await cms.save(page);

    expect(dialogs).toEqual([]);
    expect((await git(stack.repo, ['rev-parse', 'main'])).trim()).toBe(mainBefore);
    expect((await cms.blob('main', taken)).equals(published)).toBe(true);
    const branch = `cms/dokumen-${OPD}/uji-cms-formulir-keberatan-versi-baru`;
    const renamed = `content/opd/${OPD}/dokumen/formulir-keberatan-2.pdf`;
    expect(await cms.filesOn(branch, `content/opd/${OPD}/dokumen`)).toEqual(expect.arrayContaining([taken, renamed]));
    expect((await cms.blob(branch, taken)).equals(published)).toBe(true);
    const entry = `content/opd/${OPD}/dokumen/uji-cms-formulir-keberatan-versi-baru.md`;
    expect((await cms.blob(branch, entry)).toString('utf8')).toContain('berkas: dokumen/formulir-keberatan-2.pdf');
    await cms.validateOnBranch(branch, entry, renamed);
  }, 4 * STEP);

  test('refuses to save a dikecualikan entry without its consequence test, in Indonesian', async () => {
    const before = await cms.repoState();
    const page = await openCms(stack, OPD);
    await cms.newEntry(page, 'informasi');
    await cms.fillDipColumns(page, 'Uji CMS Dokumen Pengadaan yang Dikecualikan');
    await cms.choose(page, 'Kategori', 'Informasi yang Dikecualikan (UU 14/2008 Pasal 17)');
    await page.getByLabel('Dikecualikan hingga', { exact: true }).fill('2028-12-31');
    const notice = await cms.refusedSave(page, 'Uji konsekuensi (informasi dikecualikan)');

    expect(notice).toContain('informasi dikecualikan wajib mengisi Uji konsekuensi (informasi dikecualikan)');
    expect(notice).not.toContain('pengecualian');
    expect(await cms.repoState()).toBe(before);
    expect(page.url()).toMatch(/\/new$/);
  }, 3 * STEP);

  test('lists an application that feeds a dataset picked among the OPD\'s own datasets', async () => {
    const page = await openCms(stack, OPD);
    await cms.newEntry(page, 'aplikasi');
    await page.getByLabel('Nama aplikasi', { exact: true }).fill('Uji CMS SIMANTRA');
    await page.getByLabel('Fungsi', { exact: true }).fill('Pendataan menara telekomunikasi dan izin lokasinya.');
    await page.getByLabel('Unit pemilik', { exact: true }).fill('Bidang Infrastruktur TIK');
    await cms.choose(page, 'Jenis', 'Daerah (dibangun atau dikelola Pemkab)');
    await page.getByRole('button', { name: 'Tambah jenis data' }).click();
    await page.getByLabel('Jenis data', { exact: true }).fill('lokasi menara');
    await cms.choose(page, 'Integrasi ke portal', 'Diunggah manual oleh editor');
    await page.getByLabel(/^Dataset yang diisi/).click();
    await page.getByRole('option', { name: 'Daftar Menara Telekomunikasi di Kabupaten Demak' }).click();
    await page.getByLabel('Kontak (jabatan)', { exact: true }).fill('Admin SIMANTRA Dinkominfo');
    await cms.save(page);

    const branch = `cms/aplikasi-${OPD}/uji-cms-simantra`;
    const file = `content/opd/${OPD}/aplikasi/uji-cms-simantra.yaml`;
    const yaml = await git(stack.repo, ['show', `${branch}:${file}`]);
    expect(yaml).toMatch(/^dataset:\n {2}- menara-telekomunikasi$/m);
    expect(yaml).toMatch(/^status: aktif$/m);
    await cms.validateOnBranch(branch, file);
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
      // Card dates in Indonesian ("1 Desember"), never dayjs's English month names, on the drafts this file's tests
      // saved (the board fills in after its first render).
      await page.getByText('Uji CMS Titik Wifi Publik 2026').waitFor({ timeout: STEP });
      const board = await page.locator('body').innerText();
      expect(board).toMatch(/\b\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\b/);
      expect(board).not.toMatch(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/);
    } finally {
      await git(stack.repo, ['branch', '-D', branch]);
    }
  }, 3 * STEP);
});
