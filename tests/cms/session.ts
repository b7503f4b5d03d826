/**
 * A real CMS for browser tests and screenshots: generated configs, a throw-away git copy of the sample content,
 * decap-server in git mode on it, the Astro dev server and headless Chromium. Never touches the working tree's content.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeCmsConfigs } from '../../src/cms/config-files.ts';
import { freePort, makeContentRepo, startAstroDev, startDecapServer, type RunningServer } from '../../src/cms/dev-servers.ts';
// The site's launcher opens one persistent context; the CMS needs a fresh context per test (Decap keeps login
// and local backups in localStorage), so it launches the browser itself with the same flags.
import { CHROMIUM, CHROMIUM_ARGS } from '../site/browser.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');


export interface CmsStack {
  repo: string;
  proxy: RunningServer;
  astro: RunningServer;
  browser: Browser;
  /** URL of `/admin/<opd>/` wired to this stack's decap-server. */
  adminUrl: (opd: string) => string;
  stop: () => Promise<void>;
}

export async function startCmsStack(): Promise<CmsStack> {
  const work = await mkdtemp(join(tmpdir(), 'ppid-cms-'));
  const repo = await makeContentRepo(PROJECT_ROOT, join(work, 'repo'));
  await writeCmsConfigs(PROJECT_ROOT, join(PROJECT_ROOT, 'public', 'admin'));
  const proxy = await startDecapServer(PROJECT_ROOT, repo, await freePort());
  const astro = await startAstroDev(PROJECT_ROOT, await freePort()).catch(async (error: unknown) => {
    await proxy.stop();
    throw error;
  });
  // Playwright gives every launch a fresh, temporary profile (user data dir).
  const browser = await chromium
    .launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--lang=id-ID'] })
    .catch(async (error: unknown) => {
      await Promise.all([proxy.stop(), astro.stop()]);
      throw error;
    });
  const stack: CmsStack = {
    repo,
    proxy,
    astro,
    browser,
    adminUrl: (opd) => `${astro.url}/admin/${opd}/?proxy_port=${proxy.port}`,
    stop: async () => {
      await browser.close().catch(() => {});
      await Promise.all([proxy.stop(), astro.stop()]);
      await rm(work, { recursive: true, force: true });
    },
  };
  try {
    await warmUp(stack);
  } catch (error) {
    await stack.stop();
    throw error;
  }
  return stack;
}

/**
 * On a fresh checkout Vite discovers Decap's dependencies while the CMS loads and reloads the page once they
 * are optimised. Open every kind of editor once so that this happens here, not in the middle of a test.
 */
async function warmUp(stack: CmsStack): Promise<void> {
  const page = await openCms(stack, 'dinkominfo');
  for (const collection of ['berita', 'informasi', 'dataset', 'dokumen']) {
    await page.goto(`${stack.adminUrl('dinkominfo')}#/collections/${collection}-dinkominfo/new`);
    await page.getByRole('button', { name: 'Simpan' }).waitFor({ timeout: 120_000 });
  }
  await page.goto(`${stack.adminUrl('dinkominfo')}#/collections/profil-dinkominfo/entries/profil`);
  await page.getByRole('button', { name: 'Simpan' }).waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  await page.context().close();
}

/** A page in WIB (the editors' zone), opened on `/admin/<opd>/` and logged in to the local backend. */
export async function openCms(stack: CmsStack, opd: string, timezoneId = 'Asia/Jakarta'): Promise<Page> {
  const context = await stack.browser.newContext({ viewport: { width: 1366, height: 900 }, timezoneId, locale: 'id-ID' });
  const page = await context.newPage();
  // The first visit may reload while Vite optimises Decap's dependencies: wait for the login button itself.
  await page.goto(stack.adminUrl(opd));
  await page.getByRole('button', { name: 'Masuk' }).click({ timeout: 120_000 });
  await page.getByRole('heading', { name: 'Koleksi' }).waitFor({ timeout: 60_000 });
  return page;
}
