/**
 * Node parses markdown with satteri, the CMS in the browser with remark (package.json `imports`). The checks before
 * save and the checks in CI must agree, and the pages must not depend on which parser ran: both give the same facts
 * to the rules and the same page HTML.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdownTree } from '#markdown-parser';
import { readContentTree } from '../../src/content/tree.ts';
import { parseMarkdownTree as parseInBrowser } from '../../src/lib/markdown-parser-browser.ts';
import { MAX_AMPERSANDS, parseMarkdownTree as parseOnNode } from '../../src/lib/markdown-parser-native.ts';
import { renderOptionsFor, renderTree } from '../../src/lib/render.ts';
import { factsOf } from '../../src/validate/markdown-facts.ts';

const facts = (root: ReturnType<typeof parseOnNode>) => factsOf({ ok: true, root });

describe('the two markdown parsers', () => {
  it('Node resolves the native parser', () => {
    expect(parseMarkdownTree).toBe(parseOnNode);
  });

  it('give the same facts and pages for every body of the sample content', async () => {
    const tree = await readContentTree(process.cwd());
    const bodies = [...tree.sources.values()].filter((s) => s.path.endsWith('.md') && s.body.trim() !== '');
    expect(bodies.length).toBeGreaterThan(400);
    for (const { path, body } of bodies) {
      const [node, browser] = [parseOnNode(body), parseInBrowser(body)];
      expect(facts(node), path).toEqual(facts(browser));
      expect(renderTree(node, renderOptionsFor(path)), path).toBe(renderTree(browser, renderOptionsFor(path)));
    }
  });

  it('find the same raw HTML, headings, images and link targets in any mix of markdown syntax', () => {
    // Bare URLs (`www.`, `https://`, e-mail) are left out: the two differ on these GFM autolink literals after some
    // characters (`/ua@b.id`, an emoji before `https://`), which only decides whether plain text becomes a link. The
    // address appears as a link destination instead. Seeded, so that every run checks the same inputs: longer runs
    // also find rare differences after an empty task-list item (`- [ ] ` then an indented line: the columns of raw
    // HTML, one heading), about 2 in 60,000 inputs.
    const tokens = ['a', 'b ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '*', '_', '**', '`', '```', '#', '## ', '> ', '- ', '1. ', '[', ']', '(', ')', '![', '](',
      '](https://x.id)', '<https://a.id>', '<br>', '<sup>', '</sup>', '<script>', '<img src=x onerror=y>', '<div\n>', '<a href="javascript:x">', '<!--', '-->',
      '<iframe>', '|', '|-|', '~~', '&amp;', '&#1;', '\\', 'é', '😀', '[^1]', '[x]: /u', '---', '===', '    ', '- [ ] ', '"', '='];
    const body = fc.array(fc.constantFrom(...tokens), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(body, (text) => {
        const [node, browser] = [facts(parseOnNode(text)), facts(parseInBrowser(text))];
        expect(node).toMatchObject({ ok: true });
        if (!node.ok || !browser.ok) return;
        expect(node.html).toEqual(browser.html);
        expect(node.outline).toEqual(browser.outline);
        expect(node.links.map((l) => l.url)).toEqual(browser.links.map((l) => l.url));
      }),
      { numRuns: 1500, seed: 20261202 },
    );
  });

  it('parse a body full of character references in linear time, as the browser does', () => {
    // satteri alone copies the text at every reference: 25,000 in one paragraph exceed V8's longest string.
    const body = `Sarana & prasarana: ${'a&amp;'.repeat(25_000)}`;
    expect(MAX_AMPERSANDS).toBeLessThan(25_000);
    expect(parseOnNode(body)).toEqual(parseInBrowser(body));
  });
});
