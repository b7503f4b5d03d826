/** The markdown guards: the nesting pre-scan lets honest layouts through; the worker pool enforces a time budget. */
import { describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_NESTING, nestingLine, parseMarkdownSafely } from '../../src/validate/markdown-guard.ts';
import { markdownFacts } from '../../src/validate/markdown-facts.ts';
import { INLINE_MAX_CHARS, parseBodies } from '../../src/validate/markdown-pool.ts';
import { parseSource } from '../../src/content/source.ts';
import { classifyPath } from '../../src/content/paths.ts';
import { validateMemory } from './memory.ts';

const OPD = 'content/opd/dinas-contoh';
const INFO = `${OPD}/informasi/bahaya.md`;
const page = (body: string) => `---\njudul: Informasi Contoh\nkategori: berkala\n---\n\n${body}\n`;

describe('nesting pre-scan', () => {
  it('lets honest layouts through: nested lists, quotes with lists, code, tables, links with parentheses', () => {
    const honest = [
      '- a\n  - b\n    - c\n      1. d\n', '> kutipan\n> - butir\n>   > dalam\n', '```\n((((((((((\n```\n',
      '| a | b |\n|---|---|\n| [x](/y) | (z) |\n', '[tautan (dengan kurung)](https://contoh.id/a_(b))', '* * *\n- - -\n',
    ].join('\n');
    expect(nestingLine(honest)).toBeUndefined();
    expect(parseMarkdownSafely(honest).ok).toBe(true);
  });

  it('refuses the first line beyond the limit, for every kind of container and for brackets', () => {
    const over = MAX_MARKDOWN_NESTING + 1;
    expect(nestingLine(`ok\n${'> '.repeat(over)}x`)).toBe(2);
    expect(nestingLine(`${'- '.repeat(MAX_MARKDOWN_NESTING)}x`)).toBeUndefined();
    expect(nestingLine(`${'- '.repeat(over)}x`)).toBe(1);
    expect(nestingLine(`${'1. '.repeat(over)}x`)).toBe(1);
    expect(nestingLine(`${'['.repeat(over)}x`)).toBe(1);
    expect(nestingLine(`${'!['.repeat(over)}x`)).toBe(1);
    // Closed brackets and a blank line reset the count.
    expect(nestingLine(`${'[x]'.repeat(1000)}\n\n${'('.repeat(MAX_MARKDOWN_NESTING)}`)).toBeUndefined();
  });
});

describe('markdown worker pool', () => {
  it('parses long bodies off the main thread with the same result as inline, and leaves short ones to ctx.markdown', async () => {
    const long = parseSource(classifyPath(INFO), page(`## Bagian\n\n${'- a [b](/c) *d*\n'.repeat(400)}`));
    const short = parseSource(classifyPath(`${OPD}/informasi/pendek.md`), page('## Bagian\n\nIsi.'));
    expect(long.body.length).toBeGreaterThan(INLINE_MAX_CHARS);
    const parsed = await parseBodies([long, short]);
    expect([...parsed.keys()]).toEqual([INFO]);
    expect(parsed.get(INFO)).toEqual(markdownFacts(long.body));
    expect(parsed.get(INFO)).toMatchObject({ ok: true, links: { length: 400 }, outline: [{ type: 'heading', depth: 2, line: 2 }] });
  });

  it('refuses a body whose parse exceeds its time budget, and checks the other files as usual', async () => {
    // 30,000 emphasis pairs: ~20 s for micromark, ~0.2 s for satteri with its facts, 10x the budget given here.
    const berita = `${OPD}/berita/2026-11-20-rapat-koordinasi.md`;
    const problems = await validateMemory(
      { [INFO]: page('*a'.repeat(30000)), [berita]: '---\njudul: Rapat\ntanggal: 2026-11-20\nringkasan: Ringkasan rapat koordinasi.\n---\n[x](javascript:alert(1))\n' },
      { budget: { baseMs: 20, perKbMs: 0 } },
    );
    expect(problems.filter((p) => p.rule.startsWith('markdown/')).map((p) => [p.rule, p.file])).toEqual([
      ['markdown/unsafe-link', berita],
      ['markdown/too-complex', INFO],
    ]);
  });
});
