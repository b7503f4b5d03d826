/**
 * A real CMS for browser tests and screenshots: a throw-away git copy of the sample content, decap-server in git mode
 * on it, `/admin/<opd>/` and headless Chromium. Never touches the working tree's content.
 *
 * `/admin/` comes from the built site in dist/ (built once per test run by tests/site/global-setup.ts, or here when
 * stale): the bundle editors get, under its Content-Security-Policy, which a fresh browser context loads in 2-3 s.
 * With `dev: true` (or PPID_CMS_DEV=1) it comes from the Astro dev server as in `npm run cms`, with freshly
 * generated configs and no build: each fresh context then loads Decap's unbundled modules again (8-20 s on a 2-core
 * machine). tests/cms/dev-server.e2e.test.ts keeps that path covered.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { writeCmsConfigs } from '../../src/cms/config-files.ts';
import { freePort, makeContentRepo, startAstroDev, startDecapServer, type RunningServer } from '../../src/cms/dev-servers.ts';
import { DIST, ensureSiteBuilt } from '../site/built-site.ts';
import { serveStatic } from '../site/static-server.ts';
// The site's launcher opens one persistent context; the CMS needs a fresh context per test (Decap keeps login
// and local backups in localStorage), so it launches the browser itself with the same flags.
import { CHROMIUM, CHROMIUM_ARGS } from '../site/browser.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');


export interface CmsStack {
  repo: string;
  proxy: RunningServer;
  /** Where `/admin/` is served from: the built site or the Astro dev server. */
  site: { url: string; stop: () => Promise<void> };
  browser: Browser;
  /** URL of `/admin/<opd>/` wired to this stack's decap-server. */
  adminUrl: (opd: string) => string;
  stop: () => Promise<void>;
}

export interface CmsStackOptions {
  /** Serve `/admin/` with the Astro dev server (`npm run cms`) rather than from the built site; default PPID_CMS_DEV=1. */
  dev?: boolean;
  /** Dev server: open every kind of editor once before returning (default), see warmUp(). */
  warmUp?: boolean;
}

/** `/admin/` from the built site (dist/, built first when stale) or from `astro dev` with freshly generated configs. */
async function startSite(dev: boolean): Promise<CmsStack['site']> {
  if (!dev) {
    await ensureSiteBuilt();
    const server = await serveStatic(DIST);
    return { url: server.url, stop: server.close };
  }
  await writeCmsConfigs(PROJECT_ROOT, join(PROJECT_ROOT, 'public', 'admin'));
  const astro = await startAstroDev(PROJECT_ROOT, await freePort());
  return { url: astro.url, stop: astro.stop };
}

export async function startCmsStack(options: CmsStackOptions = {}): Promise<CmsStack> {
  const work = await mkdtemp(join(tmpdir(), 'ppid-cms-'));
  const repo = await makeContentRepo(PROJECT_ROOT, join(work, 'repo'));
  const proxy = await startDecapServer(PROJECT_ROOT, repo, await freePort());
  const dev = options.dev ?? process.env.PPID_CMS_DEV === '1';
  const site = await startSite(dev).catch(async (error: unknown) => {
    await proxy.stop();
    throw error;
  });
  // Playwright gives every launch a fresh, temporary profile (user data dir).
  const browser = await chromium
    .launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--lang=id-ID'] })
    .catch(async (error: unknown) => {
      await Promise.all([proxy.stop(), site.stop()]);
      throw error;
    });
  const stack: CmsStack = {
    repo,
    proxy,
    site,
    browser,
    adminUrl: (opd) => `${site.url}/admin/${opd}/?proxy_port=${proxy.port}`,
    stop: async () => {
      await browser.close().catch(() => {});
      await Promise.all([proxy.stop(), site.stop()]);
      await rm(work, { recursive: true, force: true });
    },
  };
  try {
    if (dev && options.warmUp !== false) await warmUp(stack);
  } catch (error) {
    await stack.stop();
    throw error;
  }
  return stack;
}

/**
 * Dev server only: on a fresh checkout Vite discovers Decap's dependencies while the CMS loads and reloads the page
 * once they are optimised. Open every kind of editor once so that this happens here, not in the middle of a test.
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

/** The context of the page openCms opened last, per stack. */
const openContexts = new WeakMap<CmsStack, BrowserContext>();

/**
 * A page in WIB (the editors' zone), opened on `/admin/<opd>/` and logged in to the local backend. `before` sees the
 * page before it loads (to record what the CMS asks the backend from its first request on).
 */
export async function openCms(stack: CmsStack, opd: string, timezoneId = 'Asia/Jakarta', before?: (page: Page) => void): Promise<Page> {
  // The previous test's editor is done: closing it stops its Decap (timers, observers) from taking the CPU that the
  // other test files running alongside need.
  await openContexts.get(stack)?.close();
  const context = await stack.browser.newContext({ viewport: { width: 1366, height: 900 }, timezoneId, locale: 'id-ID' });
  openContexts.set(stack, context);
  const page = await context.newPage();
  before?.(page);
  // The first visit may reload while Vite optimises Decap's dependencies: wait for the login button itself. On the
  // dev server the first load also compiles the CMS's modules: more than Playwright's 30 s on a busy machine.
  // A dependency re-optimised while the page loads answers 504 ("Outdated Optimize Dep"); Vite's client reloads the
  // page then, but only once connected, and a page that fails before that stays blank: reload it here.
  let outdated = false;
  page.on('response', (response) => {
    if (response.status() === 504 && response.url().includes('/node_modules/.vite/deps/')) outdated = true;
  });
  await page.goto(stack.adminUrl(opd), { timeout: 120_000 });
  const login = page.getByRole('button', { name: 'Masuk' });
  for (const started = Date.now(); ; ) {
    const shown = await login.waitFor({ timeout: 5_000 }).then(() => true, () => false);
    if (shown) break;
    if (Date.now() - started > 120_000) throw new Error(`tombol Masuk tidak muncul di ${stack.adminUrl(opd)} dalam 120 detik`);
    if (outdated) {
      outdated = false;
      await page.reload({ timeout: 120_000 });
    }
  }
  await login.click({ timeout: 30_000 });
  await page.getByRole('heading', { name: 'Koleksi' }).waitFor({ timeout: 60_000 });
  return page;
}
