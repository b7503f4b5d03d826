/**
 * The Content-Security-Policy of the built sample site, enforced in headless Chromium: the home page, an article
 * and a search produce no violation at all (and search still finds), while a script or handler injected into a
 * served copy of a page is blocked. Every built page carries its policy before any style or script, and only the
 * CMS has inline styles.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxCspMap } from '../../src/layouts/csp.ts';
import { urls } from '../../src/lib/urls.ts';
import { DIST } from './built-site.ts';
import { openBuiltSite, type SiteUnderTest } from './site-fixture.ts';

let t: SiteUnderTest;

beforeAll(async () => {
  t = await openBuiltSite({ bypassCSP: false });
});

afterAll(async () => {
  await t?.close();
});

/** A page that records every CSP violation (the `securitypolicyviolation` DOM event) and every console error or page error. */
async function watchedPage(): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await t.browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'}`), true);
  });
  return {
    page,
    problems: async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...errors],
  };
}

function article() {
  const berita = t.site.berita[0];
  return urls.berita(berita.opd, berita.slug);
}

describe('Content-Security-Policy in Chromium', () => {
  it('home page and an article load with zero violations and zero console errors', async () => {
    for (const path of [urls.home(), article()]) {
      const { page, problems } = await watchedPage();
      await page.goto(`${t.server.url}${path}`, { waitUntil: 'networkidle' });
      // The stylesheet file applied under the policy: the header has its brand colour.
      expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      expect(await problems(), path).toEqual([]);
      await page.close();
    }
  });

  it('search runs Pagefind (script, fetches, WebAssembly) and finds results with zero violations', async () => {
    const { page, problems } = await watchedPage();
    const word = t.site.pemda.nama.split(' ').at(-1)!;
    await page.goto(`${t.server.url}${urls.cari()}?q=${encodeURIComponent(word)}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => /^\d+ hasil/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(Number(/^(\d+)/.exec((await page.locator('#search-status').textContent())!)![1])).toBeGreaterThan(0);
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('blocks a script, an event handler and a foreign image injected into a served copy of a page', async () => {
    for (const path of [article(), urls.cari()]) {
      const { page, problems } = await watchedPage();
      const url = `${t.server.url}${path}`;
      const html = await (await fetch(url)).text();
      const injected = html.replace(
        '</body>',
        '<script>document.documentElement.dataset.injected = "script"</script>' +
          '<img src="/favicon.svg" onload="document.documentElement.dataset.handler = \'ran\'" alt="">' +
          '<img src="https://contoh.invalid/pixel.png" alt=""></body>',
      );
      await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: injected }));
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toEqual({});
      const seen = await problems();
      expect(seen.filter((p) => !p.startsWith('console:')), path).toEqual(
        expect.arrayContaining(['script-src-elem inline', 'script-src-attr inline', 'img-src https://contoh.invalid/pixel.png']),
      );
      await page.close();
    }
  });
});

/** The header policy nginx sends for a path, read from the `map` of docs/deploy.md (first matching regex wins). */
function nginxHeaderFor(pathname: string): string {
  const rows = nginxCspMap(t.site.pemda.cms).split('\n').slice(1, -1).map((line) => /^\s*(\S+)\s+"(.*)";$/.exec(line)!);
  const row = rows.find(([, key]) => key === 'default' || new RegExp(key.slice(1)).test(pathname))!;
  return row[2];
}

describe('with the nginx headers of docs/deploy.md on top of the <meta>', () => {
  it('home, article and search (its worker governed by the /pagefind/ header) still show no violation', async () => {
    for (const path of [urls.home(), article(), `${urls.cari()}?q=${encodeURIComponent(t.site.pemda.nama.split(' ').at(-1)!)}`]) {
      const { page, problems } = await watchedPage();
      const routed: string[] = [];
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text());
      });
      await page.route('**/*', async (route) => {
        const response = await route.fetch();
        const { pathname } = new URL(route.request().url());
        const csp = nginxHeaderFor(pathname);
        routed.push(`${pathname} ${csp.split(';')[1]?.trim() ?? 'none'}`);
        await route.fulfill({ response, headers: { ...response.headers(), ...(csp ? { 'content-security-policy': csp } : {}), 'x-content-type-options': 'nosniff' } });
      });
      await page.goto(`${t.server.url}${path}`, { waitUntil: 'networkidle' });
      if (path.startsWith(urls.cari())) {
        await page.waitForFunction(() => /^\d+ hasil/.test(document.getElementById('search-status')?.textContent ?? ''));
        expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
        // The worker ran under its own header policy (no fall-back to the page).
        expect(routed).toContain("/pagefind/pagefind-worker.js script-src 'self' 'wasm-unsafe-eval'");
        expect(warnings.filter((w) => /falling back/i.test(w))).toEqual([]);
      }
      expect(await problems(), path).toEqual([]);
      await page.close();
    }
  });
});

/** The value of the page's CSP <meta>. */
function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)">/i.exec(html)?.[1];
}

/** Directive name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));
}


describe('every built page', () => {
  it('carries its policy first in <head>, has no inline style outside the CMS, and runs no inline script', async () => {
    const entries = await readdir(DIST, { withFileTypes: true, recursive: true });
    const files = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
    expect(files.length).toBeGreaterThan(100);
    const offenders: string[] = [];
    for (const file of files) {
      const path = relative(DIST, file);
      const html = await readFile(file, 'utf8');
      const policy = metaPolicy(html);
      if (!policy) {
        offenders.push(`${path}: no CSP <meta>`);
        continue;
      }
      const d = directives(policy);
      const head = html.slice(0, html.indexOf('</head>'));
      if (head.search(/<meta http-equiv="content-security-policy"/i) > head.search(/<(style|script|link rel="stylesheet")/i) && /<(style|script)/i.test(head)) offenders.push(`${path}: <meta> after a style or script`);
      if (d.get('default-src')?.join(' ') !== "'none'") offenders.push(`${path}: default-src is not 'none'`);
      if (d.has('frame-ancestors')) offenders.push(`${path}: frame-ancestors in <meta> is ignored`);
      const admin = /^admin\/[^/]+\/index\.html$/.test(path);
      const script = d.get('script-src') ?? [];
      const style = d.get('style-src') ?? [];
      if (script.includes("'unsafe-inline'")) offenders.push(`${path}: script-src 'unsafe-inline'`);
      if (script.includes("'unsafe-eval'") !== admin) offenders.push(`${path}: 'unsafe-eval' only for the CMS`);
      if (script.includes("'wasm-unsafe-eval'") !== (path === 'cari/index.html')) offenders.push(`${path}: 'wasm-unsafe-eval' only for search`);
      if (style.includes("'unsafe-inline'") !== admin) offenders.push(`${path}: style-src 'unsafe-inline' only for the CMS`);
      if (!admin) {
        if (/<style\b/i.test(html)) offenders.push(`${path}: inline <style> (stylesheets are files, astro.config.mjs)`);
        if (!style.includes("'self'")) offenders.push(`${path}: style-src without 'self' (the stylesheet files)`);
        if (/<[a-z][^>]*\sstyle=/i.test(html)) offenders.push(`${path}: style attribute (needs 'unsafe-inline')`);
      }
      for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
        if (!/\ssrc=/.test(tag) && !/type="application\/(ld\+)?json"/.test(tag)) offenders.push(`${path}: inline script ${tag}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
