/**
 * Markdown bodies are rendered once per build and entry, outside the pages: src/site/bodies.ts is the only module
 * of the site that calls the renderer, and asking again for the same entry returns the rendered HTML.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentModel } from '../../src/content/model.ts';
import { BODY_WORKER_ENV, bodyHtml, bodyRequestsOf, prerenderBodies, renderedCount } from '../../src/site/bodies.ts';
import { renderMarkdown } from '../../src/lib/render.ts';
import { ROOT } from './built-site.ts';

describe('rendered bodies', () => {
  it('renders an entry once and returns the same sanitized HTML afterwards', async () => {
    const entry = { path: 'content/opd/contoh/berita/2026-01-01-a.md', body: '## Judul\n\nTeks <script>alert(1)</script> [tautan](javascript:alert(1)).' };
    const before = renderedCount();
    const html = await bodyHtml(entry, { opd: 'contoh' });
    expect(html).toBe(renderMarkdown(entry.body, { opd: 'contoh' }));
    expect(html).not.toMatch(/<script|javascript:/);
    expect(await bodyHtml(entry, { opd: 'contoh' })).toBe(html);
    expect(renderedCount()).toBe(before + 1);
    // Other options give other HTML (headings shifted), under their own key.
    expect(await bodyHtml(entry, { opd: 'contoh', headingOffset: 1 })).toContain('<h3>');
    expect(renderedCount()).toBe(before + 2);
  });

  it('renders the bodies of a model ahead in a worker thread when the build asks for it', async () => {
    const opd = { opd: 'contoh', slug: 'profil', path: 'content/opd/contoh/profil.md', data: {}, body: '## Tugas\n\n| a | b |\n|---|---|\n| 1 | 2 |' };
    const berita = { opd: 'contoh', slug: 'x', path: 'content/opd/contoh/berita/x.md', data: {}, body: '<iframe src="https://x"></iframe>Isi *berita*.' };
    const model = { opds: new Map([['contoh', opd]]), berita: [berita], informasi: [], dokumen: [], halaman: [], tree: { hashes: new Map() } } as unknown as ContentModel;
    process.env[BODY_WORKER_ENV] = join(ROOT, 'src/site/render-worker.ts');
    try {
      const before = renderedCount();
      await prerenderBodies(model, 1);
      const [profile, news] = await Promise.all([bodyHtml(opd, { opd: 'contoh', headingOffset: 2 }), bodyHtml(berita, { opd: 'contoh' })]);
      expect(profile).toBe(renderMarkdown(opd.body, { opd: 'contoh', headingOffset: 2 }));
      expect(news).toBe(renderMarkdown(berita.body, { opd: 'contoh' }));
      expect(news).not.toContain('iframe');
      // Rendered by the worker, not on this thread.
      expect(renderedCount()).toBe(before);
    } finally {
      delete process.env[BODY_WORKER_ENV];
    }
  });

  it('is the only module of the site that calls the renderer (pages and components ask it)', async () => {
    const files = (await readdir(join(ROOT, 'src'), { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && /\.(astro|ts)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name));
    const callers: string[] = [];
    for (const file of files) if (/\brenderMarkdown\(/.test(await readFile(file, 'utf8'))) callers.push(relative(ROOT, file));
    expect(callers.sort()).toEqual(['src/lib/render.ts', 'src/site/bodies.ts', 'src/site/render-worker.ts']);
  });
});

describe('one parse per body and build', () => {
  it('takes the page HTML that the whole-tree validation rendered from its own parse, and renders nothing itself', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { resetCaches } = await import('../../src/content/cache.ts');
    const { loadContent } = await import('../../src/content/model.ts');
    const { validateRepo } = await import('../../src/validate/run.ts');
    const cacheDir = await mkdtemp(join(tmpdir(), 'ppid-pages-'));
    process.env.PPID_CACHE_DIR = cacheDir;
    resetCaches();
    try {
      // A cold cache: the validation parses (and now renders) every body of the fixture.
      const fixture = join(ROOT, 'tests/fixtures/valid');
      expect((await validateRepo(fixture)).problems.filter((p) => p.severity === 'error')).toEqual([]);
      resetCaches();
      const model = await loadContent(fixture);
      const before = renderedCount();
      const fromCache = await prerenderBodies(model);
      // Every body a page shows, except the OPD profile's (rendered under an <h3>, with other options).
      expect(fromCache).toBe(bodyRequestsOf(model).filter((r) => r.entry.body.trim() && !r.options.headingOffset).length);
      expect(fromCache).toBeGreaterThanOrEqual(2);
      for (const entry of [...model.berita, ...model.dokumen].filter((e) => e.body.trim())) expect(await bodyHtml(entry, { opd: entry.opd })).toBe(renderMarkdown(entry.body, { opd: entry.opd }));
      expect(renderedCount()).toBe(before);
    } finally {
      delete process.env.PPID_CACHE_DIR;
      resetCaches();
      await rm(cacheDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('rendering ahead in a worker', () => {
  it('keeps the process alive while a page waits for a body the worker has not delivered yet', async () => {
    const { execFile } = await import('node:child_process');
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'ppid-bodies-'));
    const bodies = new URL('../../src/site/bodies.ts', import.meta.url).pathname;
    const worker = new URL('../../src/site/render-worker.ts', import.meta.url).pathname;
    // The only pending work of this process is the awaited body, in a batch the worker has taken; the last
    // news body is still queued, so it is rendered at once on this thread instead of waiting behind 499 others
    // (a page of /halaman/ early in a five-years build waited 33 s for the news bodies).
    const script = `import { prerenderBodies, bodyHtml, renderedCount } from ${JSON.stringify(bodies)};
const berita = Array.from({ length: 500 }, (_, i) => ({ opd: 'contoh', slug: 'b' + i, path: 'content/opd/contoh/berita/b' + i + '.md', data: {}, body: '## Judul ' + i + '\\n\\n' + 'Isi berita yang *cukup* panjang. '.repeat(40) }));
await prerenderBodies({ opds: new Map(), berita, informasi: [], dokumen: [], halaman: [], tree: { hashes: new Map() } }, 1);
const last = await bodyHtml(berita[499], { opd: 'contoh' });
const here = renderedCount();
const first = await bodyHtml(berita[5], { opd: 'contoh' });
process.stdout.write(JSON.stringify({ here, last: last.split('\\n')[0], first: first.split('\\n')[0], after: renderedCount() }));
`;
    await writeFile(join(dir, 'run.ts'), script);
    try {
      const out = await new Promise<{ code: number; stdout: string }>((done) =>
        execFile(process.execPath, [join(dir, 'run.ts')], { env: { ...process.env, [BODY_WORKER_ENV]: worker } }, (error, stdout) =>
          done({ code: (error as { code?: number } | null)?.code ?? 0, stdout }),
        ),
      );
      expect(out.code).toBe(0);
      // The last body was rendered here (one render on this thread), the sixth came from the worker (none more).
      expect(JSON.parse(out.stdout)).toEqual({ here: 1, last: '<h2>Judul 499</h2>', first: '<h2>Judul 5</h2>', after: 1 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
