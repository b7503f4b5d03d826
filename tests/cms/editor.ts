/**
 * The steps an OPD editor takes in the CMS browser tests (pick an option, fill the DIP columns, save, expect a
 * refusal) and what the tests read back from the stack's git repository (files on a branch, the branch validated as
 * CI would). Shared by cms.e2e.test.ts and cms-save-check.e2e.test.ts, each of which runs its own stack.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { git } from '../../src/cms/dev-servers.ts';
import { PROJECT_ROOT, type CmsStack } from './session.ts';

const run = promisify(execFile);
export const OPD = 'dinkominfo';
export const OTHER_OPD = 'dinkes';
export const STEP = 60_000;

/** The steps, bound to the stack a test file starts in its beforeAll (read when a step runs, hence the getter). */
export function editorSteps(current: () => CmsStack) {

  /** Runs the validator on files of `root`; resolves with its output, rejects when it reports errors. */
  async function validate(root: string, ...files: string[]): Promise<string> {
    const { stdout } = await run(process.execPath, ['scripts/validate.ts', '--root', root, ...files.map((f) => join(root, f))], { cwd: PROJECT_ROOT });
    return stdout;
  }

  async function filesOn(ref: string, dir: string): Promise<string[]> {
    const out = await git(current().repo, ['ls-tree', '--name-only', ref, `${dir}/`]);
    return out.split('\n').filter(Boolean);
  }

  /** Runs the validator on `files` as they are on `branch` (exported like a CI checkout of the pull request). */
  async function validateOnBranch(branch: string, ...files: string[]): Promise<string> {
    const checkout = await mkdtemp(join(tmpdir(), 'ppid-cms-branch-'));
    try {
      await run('sh', ['-c', `git -C "${current().repo}" archive "${branch}" | tar -x -C "${checkout}"`]);
      return await validate(checkout, ...files);
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  }

  /** The content of `path` on `ref`, as bytes (binary-safe). */
  async function blob(ref: string, path: string): Promise<Buffer> {
    const { stdout } = await run('git', ['-C', current().repo, 'show', `${ref}:${path}`], { encoding: 'buffer', maxBuffer: 64 << 20 });
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
    const out = await git(current().repo, ['branch', '--format=%(refname:short)']);
    return out.split('\n').filter(Boolean);
  }

  /** Picks an option of a Decap (react-select) select by its visible label (optional fields add "(opsional)"). */
  async function choose(page: Page, label: string, option: string): Promise<void> {
    await page.getByLabel(new RegExp(`^${label.replace(/[()/]/g, '\\$&')}( \\(opsional\\))?$`)).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  async function newEntry(page: Page, collection: string): Promise<void> {
    await page.goto(`${current().adminUrl(OPD)}#/collections/${collection}-${OPD}/new`);
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

  /** The main branch and every branch, to show that a refused save wrote nothing. */
  async function repoState(): Promise<string> {
    return `${(await git(current().repo, ['rev-parse', 'main'])).trim()} ${(await branches()).join(' ')}`;
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

  return { validate, filesOn, validateOnBranch, blob, recordDialogs, branches, choose, newEntry, fillDipColumns, save, repoState, refusedSave, fillDataset, fillColumn };
}
