/**
 * Builds the site from tests/fixtures/unsafe-html (content with <script>, on*= handlers, javascript: links and
 * iframes that never went through the validator) and proves that none of it reaches a page, in the HTML and in
 * a real browser. Also: a build that fails validation leaves the previous output untouched.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyFor } from '../../src/layouts/csp.ts';
import { urls } from '../../src/lib/urls.ts';
import { launchBrowser, type Browser } from './browser.ts';
import { ROOT, withBuildLock } from './built-site.ts';
import { FORBIDDEN_HTML } from './forbidden-html.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/unsafe-html');
let work: string;
let out: string;

function build(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts'), '--out', out, ...args], { cwd: FIXTURE, encoding: 'utf8' });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ppid-unsafe-'));
  out = join(work, 'site');
  await withBuildLock(() => {
    const result = build('--skip-validate');
    expect(result.status, result.stderr).toBe(0);
  });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function pages(): Promise<{ path: string; html: string }[]> {
  const entries = await readdir(out, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (f) => ({ path: relative(out, f), html: await readFile(f, 'utf8') })));
}

describe('a site built from unsafe content', () => {
  it('has no script, handler, javascript: URL or iframe in any page', async () => {
    const all = (await pages()).filter((p) => !p.path.startsWith('admin/'));
    expect(all.map((p) => p.path)).toContain('opd/contoh/berita/2026-11-20-serangan-skrip/index.html');
    for (const { path, html } of all) {
      // Only the pages whose policy allows a script of their own (src/layouts/csp.ts policyFor) have one.
      if (policyFor(`/${path.replace(/index\.html$/, '')}`).script.length === 0) expect(html, path).not.toMatch(/<script/i);
      // Inside tags only: other pages (the compliance report) may quote the offending text, escaped.
      expect(html, path).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(html, path).not.toMatch(/<[a-z][^>]*=\s*["']?\s*(javascript|vbscript|data):/i);
      expect(html, path).not.toMatch(/<(iframe|object|embed)|srcdoc=/i);
      // Rendered markdown is held to the full list (the page itself has its inline stylesheet and search form).
      for (const [, prose] of html.matchAll(/<div class="prose">([\s\S]*?)<\/div>/g)) {
        for (const pattern of FORBIDDEN_HTML) expect(prose, `${path}: ${pattern}`).not.toMatch(pattern);
      }
    }
  });

  describe('in Chromium', () => {
    let server: StaticServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await serveStatic(out);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('runs no script and opens no dialog, while the safe content is shown', async () => {
      const page = await browser.context.newPage();
      const dialogs: string[] = [];
      const requests: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      page.on('request', (r) => requests.push(r.url()));
      for (const path of [urls.berita('contoh', '2026-11-20-serangan-skrip'), urls.informasi('contoh', 'informasi-berbahaya'), urls.opd('contoh'), urls.halaman('halaman-berbahaya')]) {
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        // Sweep the pointer over the page, for any mouseover handler that might have slipped through.
        for (let y = 0; y < 1200; y += 40) await page.mouse.move(300, y);
      }
      await page.goto(server.url + urls.berita('contoh', '2026-11-20-serangan-skrip'));
      expect(await page.locator('main sub').textContent()).toBe('2');
      expect(await page.getByRole('link', { name: 'tautan aman' }).getAttribute('href')).toBe('https://www.demakkab.go.id/');
      // The article's image, published from the OPD folder, with its text alternative.
      const image = page.getByRole('img', { name: 'Peserta rapat duduk mengelilingi meja di aula dinas' });
      expect(await image.getAttribute('src')).toBe('/opd/contoh/dokumen/foto-rapat.png');
      expect(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
      expect(dialogs).toEqual([]);
      expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
      await page.close();
    });
  });

  it('a build that fails validation exits non-zero and leaves the previous output untouched', async () => {
    const before = await stat(join(out, 'index.html'));
    const result = build();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Build dibatalkan');
    expect((await stat(join(out, 'index.html'))).mtimeMs).toBe(before.mtimeMs);
    expect((await readdir(work)).sort()).toEqual(['site']);
  });
});
