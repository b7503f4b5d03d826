/**
 * `npm run cms-screenshots`: screenshots of the CMS in Indonesian, taken in headless Chromium against a
 * throw-away copy of the sample content, into `screenshots/` (git-ignored):
 *   cms-daftar-koleksi.png   collection list (Informasi Publik of Dinkominfo)
 *   cms-editor-dip.png       editor of a berkala DIP entry
 *   cms-dik-ditolak.png      a DIK entry without legal basis, refused on save
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openCms, PROJECT_ROOT, startCmsStack } from '../tests/cms/session.ts';

const OPD = 'dinkominfo';

async function main(): Promise<void> {
  const out = join(PROJECT_ROOT, 'screenshots');
  await mkdir(out, { recursive: true });
  const stack = await startCmsStack({ dev: true });
  try {
    const page = await openCms(stack, OPD);
    await page.goto(`${stack.adminUrl(OPD)}#/collections/informasi-${OPD}`);
    await page.getByRole('heading', { name: 'Informasi Publik' }).waitFor();
    await page.locator('a[href*="/entries/"]').first().waitFor();
    await page.screenshot({ path: join(out, 'cms-daftar-koleksi.png') });

    await page.locator('a[href*="/entries/"]').first().click();
    await page.getByRole('button', { name: 'Simpan' }).waitFor();
    await page.getByLabel(/^Kategori/).waitFor();
    await page.screenshot({ path: join(out, 'cms-editor-dip.png') });

    await page.goto(`${stack.adminUrl(OPD)}#/collections/informasi-${OPD}/new`);
    await page.getByLabel('Judul informasi', { exact: true }).fill('Dokumen Evaluasi Penawaran Tender');
    await page.getByLabel(/^Kategori/).click();
    await page.getByRole('option', { name: /Dikecualikan/ }).click();
    await page.getByRole('button', { name: 'Simpan' }).click();
    const message = page.getByText('Informasi dikecualikan wajib mengisi Dasar hukum pengecualian.');
    await message.waitFor();
    await message.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, 'cms-dik-ditolak.png') });
    process.stdout.write(`Tangkapan layar CMS disimpan di ${out}\n`);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Gagal membuat tangkapan layar CMS: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
