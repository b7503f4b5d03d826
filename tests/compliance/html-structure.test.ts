/**
 * HTML validity of the compliance pages, the service pages and the new data pages of the built sample site: the
 * conformance rules of html-validate (its `standard` preset: content models, nesting, attributes, ids; the W3C
 * checker itself needs Java) and the structure check of tests/site/html-structure.ts: the chart's <details> no longer
 * sits inside its <figure>, and no page has parser errors, duplicate ids, dangling id references or misplaced children.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from '../site/built-site.ts';
import { htmlStructureProblems } from '../site/html-structure.ts';

const page = (path: string) => join(DIST, path, 'index.html');

/** /kepatuhan/, its orderings and every OPD page; the request, objection and regency-wide pages. */
function pages(): string[] {
  const kepatuhan = readdirSync(join(DIST, 'kepatuhan'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'urut').map((d) => `kepatuhan/${d.name}`);
  const urut = readdirSync(join(DIST, 'kepatuhan', 'urut')).map((o) => `kepatuhan/urut/${o}`);
  const halaman = readdirSync(join(DIST, 'halaman')).map((h) => `halaman/${h}`);
  return ['kepatuhan', ...urut, ...kepatuhan, 'permohonan-informasi', 'keberatan', ...halaman];
}

/** The pages above and the data and service pages added with them. */
function conformancePages(): string[] {
  const years = readdirSync(join(DIST, 'statistik-layanan'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `statistik-layanan/${d.name}`);
  // The DIP index, its filter pages (a kategori and its second page, every year) and an OPD's DIP page.
  const dipYears = readdirSync(join(DIST, 'informasi', 'tahun')).map((y) => `informasi/tahun/${y}`);
  const dip = ['informasi', 'informasi/kategori/berkala', 'informasi/kategori/berkala/2', ...dipYears, 'informasi/opd/dinkes'];
  return [...pages(), 'permohonan/lacak', 'statistik-layanan', ...years, 'aplikasi', 'dasbor', ...dip];
}

/**
 * The standard preset without two style preferences that are not conformance errors: a `div role="region"` around
 * a wide table (valid HTML, chosen so the region can scroll) and spaces inside telephone numbers.
 */
const conformance = new HtmlValidate({ extends: ['html-validate:standard'], rules: { 'prefer-native-element': 'off', 'tel-non-breaking': 'off' } });

describe('the structure check', () => {
  it('finds the nesting the chart had: <details> in a <figure> whose <figcaption> is in the middle', () => {
    const html = '<!doctype html><html lang="id"><head><title>x</title></head><body><figure><svg></svg><figcaption>Grafik</figcaption><details><summary>Data</summary></details></figure></body></html>';
    expect(htmlStructureProblems(html)).toEqual(['<figure>: <figcaption> neither first nor last child', '<details> inside <figure>']);
  });

  it('finds duplicate ids, dangling references, nested interactive elements, a block in <p> and tokenizer errors', () => {
    const html = '<!doctype html><html lang="id"><head><title>x</title></head><body><p id="a">1</p><p id="a" class="x" class="y">2</p><label for="b">x</label><button><a href="/x">y</a></button><p><div>z</div></p></body></html>';
    expect(htmlStructureProblems(html)).toEqual([
      'parse: duplicate-attribute at line 1',
      'interactive <a> inside <button>',
      // <p><div>z</div></p> parses as <p></p><div>z</div><p></p>.
      'empty <p>: a block element inside <p>?',
      'empty <p>: a block element inside <p>?',
      'id "a" used 2 times',
      '<label> refers to missing id "b"',
    ]);
  });
});

describe('the conformance check', () => {
  it('refuses what the W3C checker refuses, e.g. a list item outside a list and a button inside a link', async () => {
    const html = '<!doctype html><html lang="id"><head><title>x</title></head><body><div><li>a</li></div><a href="/x"><button type="button">y</button></a></body></html>';
    const rules = (await conformance.validateString(html)).results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['element-permitted-parent', 'element-permitted-content']));
  });
});

describe('built pages', () => {
  it('are valid: compliance pages, request and objection pages, regency-wide pages', () => {
    const list = pages();
    expect(list.length).toBeGreaterThan(10);
    const problems = list.flatMap((path) => {
      expect(existsSync(page(path)), path).toBe(true);
      return htmlStructureProblems(readFileSync(page(path), 'utf8')).map((p) => `${path}: ${p}`);
    });
    expect(problems).toEqual([]);
  });

  it('conform to the HTML standard (html-validate)', async () => {
    const problems: string[] = [];
    for (const path of conformancePages()) {
      const report = await conformance.validateString(readFileSync(page(path), 'utf8'), page(path));
      for (const result of report.results) for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
