/**
 * The renderer must never let script reach a page, even for content that bypassed the validator: the fixture
 * tests/fixtures/unsafe-html is content that the validator rejects, rendered here anyway.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/model.ts';
import { renderMarkdown, resolveContentUrl } from '../../src/lib/render.ts';
import { validateRepo } from '../../src/validate/run.ts';
import { FORBIDDEN_HTML } from './forbidden-html.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/unsafe-html');

describe('renderMarkdown over content that bypassed validation', async () => {
  const model = await loadContent(FIXTURE);
  const bodies = [...model.berita, ...model.informasi, ...model.halaman, ...model.opds.values()];

  it('the fixture really is unsafe: the validator rejects it', async () => {
    const { problems } = await validateRepo(FIXTURE);
    expect(problems.filter((p) => p.rule === 'markdown/raw-html').length).toBeGreaterThan(5);
    expect(problems.some((p) => p.rule === 'markdown/unsafe-link')).toBe(true);
    expect(bodies).toHaveLength(4);
  });

  it.each(bodies.map((e) => [e.path, e] as const))('%s renders without script, handlers, javascript: or iframes', (_, entry) => {
    const html = renderMarkdown(entry.body, { opd: entry.opd || undefined });
    for (const pattern of FORBIDDEN_HTML) expect(html).not.toMatch(pattern);
  });

  it('keeps the safe parts: allowed inline tags, https and OPD links, tables', () => {
    const berita = model.berita[0];
    const html = renderMarkdown(berita.body, { opd: berita.opd });
    expect(html).toContain('H<sub>2</sub>O');
    expect(html).toContain('<abbr title="Pejabat Pengelola Informasi dan Dokumentasi">PPID</abbr>');
    expect(html).toContain('<a href="https://www.demakkab.go.id/">tautan aman</a>');
    expect(html).toContain('<a href="/opd/contoh/dokumen/laporan.pdf">lampiran</a>');
    expect(html).toContain('<table>');
    // Unsafe links keep their text, without a link.
    expect(html).toContain('tautan javascript');
    // Script text between dropped tags is gone too.
    expect(html).not.toContain('alert');
  });

  it('wraps every table in a focusable region named after its columns, which content cannot forge', () => {
    const html = renderMarkdown('| Uraian | Anggaran (Rp) |\n|---|---|\n| Belanja | 1 |\n');
    expect(html).toMatch(/^<div class="table-wrap" role="region" tabindex="0" aria-label="Tabel: Uraian, Anggaran \(Rp\)"><table>/);
    expect(html.endsWith('</table></div>')).toBe(true);
    // Two tables on one page get different names (axe: landmark-unique).
    const two = renderMarkdown('| A |\n|---|\n| 1 |\n\n| A |\n|---|\n| 2 |\n');
    expect(two.match(/aria-label="[^"]*"/g)).toEqual(['aria-label="Tabel 1: A"', 'aria-label="Tabel 2: A"']);
    // Header text is escaped in the attribute; raw regions and tabindex from content are still dropped.
    const hostile = renderMarkdown('| "><img src=x onerror=alert(1)> |\n|---|\n| 1 |\n\n<div role="region" tabindex="0">x</div>');
    for (const pattern of FORBIDDEN_HTML) expect(hostile).not.toMatch(pattern);
    expect(hostile.match(/tabindex/g)).toHaveLength(1);
    expect(hostile).toContain('aria-label="Tabel: &#x22;>"');
  });

  it('shifts headings under a page section', () => {
    expect(renderMarkdown('## Tugas', { headingOffset: 1 })).toBe('<h3>Tugas</h3>');
  });
});

describe('resolveContentUrl', () => {
  it.each([
    ['https://a.go.id/x', 'link', 'https://a.go.id/x'],
    ['mailto:ppid@demakkab.go.id', 'link', 'mailto:ppid@demakkab.go.id'],
    ['/informasi/', 'link', '/informasi/'],
    ['#bagian', 'link', '#bagian'],
    ['dokumen/lra 2025.pdf', 'link', '/opd/dinkes/dokumen/lra%202025.pdf'],
    ['dokumen/foto.jpg', 'image', '/opd/dinkes/dokumen/foto.jpg'],
    ['../dinsos/dokumen/x.pdf', 'link', null],
    ['//evil.example/x', 'link', null],
    ['java\tscript:alert(1)', 'link', null],
    [' javascript:alert(1)', 'link', null],
    ['data:image/png;base64,AAAA', 'image', null],
    ['https://evil.example/pixel.png', 'image', null],
    ['ftp://x', 'link', null],
  ] as const)('%s (%s) -> %s', (url, kind, expected) => {
    expect(resolveContentUrl(url, 'dinkes', kind)).toBe(expected);
  });

  it('refuses relative file links on regency-wide pages', () => {
    expect(resolveContentUrl('dokumen/x.pdf', undefined, 'link')).toBeNull();
  });
});
