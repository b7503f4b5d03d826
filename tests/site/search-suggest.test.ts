/** "Maksud Anda: …" on /cari/: the edit distance, the corrections of query words and the vocabulary the build writes. */
import { describe, expect, it } from 'vitest';
import { correctWord, editDistance, isPoorSearch, parseVocabulary, suggestQuery, type Vocabulary } from '../../src/components/search-suggest.ts';
import { countPageWords, vocabularyOf } from '../../src/site/search-vocabulary.ts';

/** A vocabulary as the build makes it, from pages of text (each word on at least two pages). */
function vocabularyFrom(pages: string[]): Vocabulary {
  const counts = new Map<string, number>();
  for (const page of pages) countPageWords(counts, page);
  return parseVocabulary(vocabularyOf(counts));
}

const PAGES = [
  'Rembuk stunting Kecamatan Bonang membahas penurunan stunting dan gizi balita.',
  'Penilaian konvergensi stunting tahun 2026 oleh Bappeda.',
  'Data balita stunting per desa, Dinas Kesehatan.',
  'Banjir di Kecamatan Sayung: BPBD menyalurkan bantuan.',
  'Peta rawan banjir dan rob Kabupaten Demak.',
  'Laporan banjir bulanan; bantuan logistik dan posko.',
  'Anggaran kesehatan dan gizi balita.',
  'Anggaran penanggulangan bencana dan bantuan.',
  'Bantuan sosial tahun 2025; banten hanya di sini.',
];

describe('edit distance (Damerau–Levenshtein, optimal string alignment)', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('stunting', 'stunting')).toBe(0);
    expect(editDistance('stuting', 'stunting')).toBe(1); // a letter left out
    expect(editDistance('banjjir', 'banjir')).toBe(1); // one too many
    expect(editDistance('banjor', 'banjir')).toBe(1); // a wrong letter
    expect(editDistance('stnuting', 'stunting')).toBe(1); // two letters swapped
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('ca', 'abc')).toBe(3); // optimal string alignment: no edit of a swapped pair
  });

  it('is symmetric', () => {
    for (const [a, b] of [['bajir', 'banjir'], ['anggran', 'anggaran'], ['kesehtan', 'kesehatan'], ['rob', 'robek']]) expect(editDistance(a, b)).toBe(editDistance(b, a));
  });

  it('stops at the limit with limit + 1', () => {
    expect(editDistance('stunting', 'anggaran', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('stuting', 'stunting', 2)).toBe(1);
  });
});

describe('the vocabulary', () => {
  it('counts each word once per page, lower case, and keeps words on two pages or more, most frequent first', () => {
    const counts = new Map<string, number>();
    for (const page of PAGES) countPageWords(counts, page);
    const { words, counts: pages } = vocabularyOf(counts);
    const list = words.split(' ');
    const pagesOf = (word: string) => pages[list.indexOf(word)];
    expect(list[0]).toBe('bantuan');
    expect(pagesOf('bantuan')).toBe(4);
    expect(pagesOf('stunting')).toBe(3); // twice on the first page, counted once
    // Ties in alphabetical order ("balita" and "stunting" are both on three pages).
    expect(list.indexOf('balita')).toBeLessThan(list.indexOf('stunting'));
    expect(pages).toEqual([...pages].sort((a, b) => b - a));
    expect(list).toContain('kecamatan');
    // A single page's word, a number and short words are not in it.
    expect(list).not.toContain('banten');
    expect(list).not.toContain('2026');
    expect(list).not.toContain('dan');
    expect(list.every((w) => w === w.toLocaleLowerCase('id'))).toBe(true);
  });

  it('keeps the most frequent words when it is too long', () => {
    const counts = new Map([['jarang', 2], ['sering', 9], ['sedang', 5]]);
    expect(vocabularyOf(counts, { maxWords: 2 })).toEqual({ words: 'sering sedang', counts: [9, 5] });
    expect(vocabularyOf(new Map())).toEqual({ words: '', counts: [] });
  });
});

describe('corrections', () => {
  const vocabulary = vocabularyFrom(PAGES);

  it('corrects a misspelt word to the closest word of the vocabulary', () => {
    expect(correctWord('stuting', vocabulary)).toBe('stunting');
    expect(correctWord('bajir', vocabulary)).toBe('banjir');
    expect(correctWord('Anggran', vocabulary)).toBe('anggaran');
    expect(correctWord('stnuting', vocabulary)).toBe('stunting');
  });

  it('leaves known words, numbers, short words and far-off words alone', () => {
    expect(correctWord('stunting', vocabulary)).toBeUndefined();
    expect(correctWord('Banjir', vocabulary)).toBeUndefined();
    expect(correctWord('2026', vocabulary)).toBeUndefined();
    expect(correctWord('2062', vocabulary)).toBeUndefined();
    expect(correctWord('rob', vocabulary)).toBeUndefined();
    expect(correctWord('sekolah', vocabulary)).toBeUndefined();
  });

  it('prefers the word found on more pages when two are equally close', () => {
    const tie = new Map([['kurang', 2], ['korang', 7], ['barang', 3]]);
    expect(correctWord('karang', tie)).toBe('korang');
    expect(correctWord('karang', new Map([['kurang', 5], ['korang', 5]]))).toBe('korang'); // then alphabetical
    // Fewer edits win over more pages.
    expect(correctWord('banjr', new Map([['banjir', 2], ['bantu', 90]]))).toBe('banjir');
  });

  it('suggests a whole query: every misspelt word corrected, everything else as typed', () => {
    expect(suggestQuery('stuting', vocabulary)).toEqual({ query: 'stunting', parts: [{ text: 'stunting', corrected: true }] });
    const two = suggestQuery('  Stuting bajir 2026 ', vocabulary)!;
    expect(two.query).toBe('stunting banjir 2026');
    expect(two.parts.filter((p) => p.corrected).map((p) => p.text)).toEqual(['stunting', 'banjir']);
    expect(suggestQuery('balita stuting, Demak', vocabulary)?.query).toBe('balita stunting, Demak');
    expect(suggestQuery('data-stuting', vocabulary)?.query).toBe('data-stunting');
  });

  it('suggests nothing when every word is already known or cannot be corrected', () => {
    expect(suggestQuery('stunting banjir', vocabulary)).toBeUndefined();
    expect(suggestQuery('2026', vocabulary)).toBeUndefined();
    expect(suggestQuery('rob 2025', vocabulary)).toBeUndefined();
    expect(suggestQuery('', vocabulary)).toBeUndefined();
  });

});

describe('poor searches (only these download the vocabulary)', () => {
  it('a search that finds nothing, unless no word could be corrected', () => {
    expect(isPoorSearch('stuting', 0, undefined)).toBe(true);
    expect(isPoorSearch('2026', 0, undefined)).toBe(false);
    expect(isPoorSearch('rob', 0, undefined)).toBe(false);
    expect(isPoorSearch('', 0, undefined)).toBe(false);
  });

  it('a first result that does not show every query word (Pagefind found a stem or a prefix of something else)', () => {
    // What Pagefind 1.x answers for "stuting": 26 pages, marking "S.T." of an official's degree.
    expect(isPoorSearch('stuting', 26, 'Hartini Puji Lestari, <mark>S.T.,</mark> M.M. Sekretaris Dinas')).toBe(true);
    expect(isPoorSearch('stunting bajir', 6, 'Penurunan <mark>Stunting</mark> dan Desa Lokus 2026')).toBe(true);
    expect(isPoorSearch('bajir', 120, 'Register permohonan. Gambaran umum kebijakan')).toBe(true);
  });

  it('a first result that shows every word, as typed, as a longer word or as its stem, is good', () => {
    expect(isPoorSearch('banjir', 48, 'Peta rawan <mark>banjir</mark> dan rob')).toBe(false);
    expect(isPoorSearch('Stunting 2026', 17, 'Konvergensi <mark>Stunting,</mark> Tim Kabupaten')).toBe(false);
    expect(isPoorSearch('stunt', 17, 'Rembuk <mark>Stunting</mark> Kecamatan Bonang')).toBe(false);
    expect(isPoorSearch('pelayanan', 40, 'standar <mark>layanan</mark> informasi')).toBe(false);
    expect(isPoorSearch('rob', 1, 'tanpa tanda')).toBe(false);
  });
});
