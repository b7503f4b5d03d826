/**
 * The CMS under its own Content-Security-Policy: the BUILT /admin/<opd>/ page (tests/cms uses `astro dev`, where
 * Astro writes no policy) served from dist/ with a real decap-server on a throw-away copy of the content. Logging
 * in, opening an entry with its image (blob:) and saving a new entry produce no violation; an inline script
 * added to the page is still refused.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, makeContentRepo, startDecapServer, type RunningServer } from '../../src/cms/dev-servers.ts';
import { urls } from '../../src/lib/urls.ts';
import { launchBrowser, type Browser } from './browser.ts';
import { DIST, ROOT, ensureSiteBuilt } from './built-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const OPD = 'dinkominfo';
const ARTICLE = '2026-10-14-pelatihan-admin-opd-gelombang-ii';
const STEP = 60_000;

let work: string;
let proxy: RunningServer;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  await ensureSiteBuilt();
  work = await mkdtemp(join(tmpdir(), 'ppid-csp-admin-'));
  const repo = await makeContentRepo(ROOT, join(work, 'repo'));
  proxy = await startDecapServer(ROOT, repo, await freePort());
  server = await serveStatic(DIST);
  browser = await launchBrowser({ width: 1366, height: 900 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await proxy?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

/**
 * Records CSP violations (DOM event), the browser's CSP messages and uncaught errors of `page`. Other console
 * errors are Decap's own (React prop-type warnings, 404s while it looks for unpublished drafts) and say nothing
 * about the policy.
 */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'}`), true);
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...errors];
}

/** Fills a field of a new entry again until the value stays: Decap may still be setting up the empty draft and reset it. */
async function fillKept(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  for (let attempt = 0; attempt < 20; attempt++) {
    await field.fill(value);
    await page.waitForTimeout(250);
    if ((await field.inputValue()) === value) return;
  }
  throw new Error(`${label}: nilai tidak tersimpan di formulir`);
}

describe('/admin/<opd>/ under its Content-Security-Policy', () => {
  it('logs in, shows an entry with its image, saves a new entry, with zero violations', { timeout: 180_000 }, async () => {
    const page = await browser.context.newPage();
    const problems = await watch(page);
    const admin = `${server.url}${urls.adminOpd(OPD)}?proxy_port=${proxy.port}`;
    await page.goto(admin);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self' 'unsafe-eval'");
    expect(policy).toContain('http://127.0.0.1:*');

    await page.getByRole('button', { name: 'Masuk' }).click({ timeout: STEP });
    await page.getByRole('heading', { name: 'Koleksi' }).waitFor({ timeout: STEP });

    // An entry with a photo: the image widget and the preview pane load it from the repository (blob:/data:).
    await page.goto(`${admin}#/collections/berita-${OPD}/entries/${ARTICLE}`);
    await expect.poll(() => page.getByLabel('Judul', { exact: true }).inputValue(), { timeout: STEP }).toContain('Bimtek Gelombang II');
    const images = page.locator('img[src^="blob:"], img[src^="data:"]');
    await expect.poll(() => images.count(), { timeout: STEP }).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');

    // A new entry: saving commits through decap-server (connect-src).
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${admin}#/collections/berita-${OPD}/new`);
    await page.getByText('Menulis di koleksi Berita').waitFor({ timeout: STEP });
    // The empty draft is set up once "Simpan" is disabled (nothing to save yet): fill only then.
    await expect.poll(() => page.getByRole('button', { name: 'Simpan' }).isDisabled(), { timeout: STEP }).toBe(true);
    const fields = { Judul: 'Uji CSP: Admin tetap berjalan', Ringkasan: 'Ringkasan berita uji bahwa CMS berjalan di bawah kebijakan keamanan konten.' };
    for (const [label, value] of Object.entries(fields)) await fillKept(page, label, value);
    const body = page.locator('[data-slate-editor="true"]');
    for (let attempt = 0; attempt < 20 && !(await body.innerText()).includes('Isi berita uji.'); attempt++) {
      await body.click();
      await page.keyboard.type('Isi berita uji.');
      await page.waitForTimeout(250);
    }
    for (const [label, value] of Object.entries(fields)) await fillKept(page, label, value);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Entri tersimpan').waitFor({ timeout: STEP });

    expect(await problems()).toEqual([]);

    // The policy is active: an inline script added to the page does not run.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      await new Promise((done) => setTimeout(done, 100));
      return (window as unknown as { __injected?: boolean }).__injected ?? false;
    });
    expect(ran).toBe(false);
    expect(await problems()).toContain('script-src-elem inline');
    await page.close();
  });
});
