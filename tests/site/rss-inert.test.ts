/**
 * Feeds carry plain text: a summary, title, category or OPD name with markup (`<img src=x onerror=alert(1)>`)
 * reaches feed readers as text, never as HTML. The XML is written by @astrojs/rss itself and read back with
 * rss-parser, as a reader would.
 */
import { getRssString } from '@astrojs/rss';
import fc from 'fast-check';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { feedDescription, feedLabel, feedOptions, plainText } from '../../src/exports/rss.ts';
import type { SiteModel } from '../../src/site/model.ts';
import type { Update } from '../../src/site/updates.ts';

const XSS = '<img src=x onerror=alert(1)>';
const site = {
  pemda: { situs: 'https://ppid.demakkab.go.id' },
  opds: new Map([['bpbd', { data: { nama: `BPBD ${XSS}` } }]]),
} as unknown as SiteModel;

const update = (judul: string, ringkasan: string, i = 0): Update => ({
  kind: 'informasi', opd: 'bpbd', slug: `info-${i}`, judul, ringkasan, kategori: 'serta-merta',
  tanggal: new Date(Date.UTC(2026, 10, 20) - i * 60_000), url: `/opd/bpbd/informasi/info-${i}/`,
});

async function feedOf(updates: Update[], title = 'Judul', description = 'Deskripsi') {
  const xml = await getRssString(feedOptions(site, updates, title, description, '/rss.xml'));
  return { xml, feed: await new Parser().parseString(xml) };
}

/** The element names of the feed's own markup: anything else would be markup smuggled in from content. */
const FEED_ELEMENTS = new Set(['?xml', 'rss', 'channel', 'title', 'description', 'link', 'language', 'atom:link', 'item', 'guid', 'pubDate', 'category']);

describe('RSS fields are plain text', () => {
  it('strips markup from description, title, categories and the channel, with nothing left for a reader to render', async () => {
    const { xml, feed } = await feedOf(
      [update(`Banjir ${XSS} surut`, `Awas ${XSS} banjir; nilai a < b & c <script>alert(1)</script><img src=x onerror=alert(2)`)],
      `PPID <b>Demak</b>`,
      `Semua <i onmouseover=alert(3)>pembaruan</i>`,
    );
    const item = feed.items[0];
    // What a reader renders as HTML after XML decoding: no `<` at all, so no element, attribute or handler.
    expect(item.content).toBe('Awas banjir; nilai a &lt; b &amp; c alert(1)');
    expect(item.contentSnippet).toBe('Awas banjir; nilai a < b & c alert(1)');
    expect(item.title).toBe('Banjir surut');
    expect(item.categories).toEqual(['informasi', 'serta-merta', 'BPBD']);
    expect(feed.title).toBe('PPID Demak');
    expect(feed.description).toBe('Semua pembaruan');
    for (const text of [item.content, item.title, feed.title, feed.description, ...(item.categories ?? [])]) expect(text).not.toMatch(/[<>]/);
    // The raw XML: no CDATA section with raw HTML, no element beyond the feed's own, no handler anywhere.
    expect(xml).not.toContain('CDATA');
    expect(xml).not.toMatch(/onerror|onmouseover/i);
    expect(new Set([...xml.matchAll(/<\/?([\w:?]+)/g)].map((m) => m[1]))).toEqual(FEED_ELEMENTS);
  });

  it('keeps < > & as visible text in titles (look-alike brackets) and descriptions (escaped twice)', () => {
    expect(feedLabel('Rasio < 1 & > 0')).toBe('Rasio \u2039 1 & \u203A 0');
    expect(feedDescription('Rasio < 1 & > 0')).toBe('Rasio &lt; 1 &amp; &gt; 0');
    expect(plainText('<<b>img src=x onerror=alert(1)>teks')).toBe('teks');
    expect(plainText('awal <!-- komentar --> akhir\u0000')).toBe('awal akhir');
  });

  it('never lets a summary or title of any text reach a reader with a `<`', async () => {
    const text = fc.oneof(
      fc.string(),
      fc.array(fc.constantFrom('<', '>', '/', '!', '?', 'img', ' ', 'src=x', 'onerror=alert(1)', '&', 'lt;', '"', "'", '\u0000', '\n'), { maxLength: 16 }).map((a) => a.join('')),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 3 }), async (pairs) => {
        const { feed } = await feedOf(pairs.map(([judul, ringkasan], i) => update(judul || 'x', ringkasan || 'x', i)));
        for (const item of feed.items) {
          expect(item.content ?? '').not.toContain('<');
          expect(item.title ?? '').not.toContain('<');
        }
      }),
      { numRuns: 200 },
    );
  });
});
