/**
 * "Maksud Anda: …" on /cari/: each query word that the portal's own vocabulary (search-vocabulary.ts, written at
 * build time from the indexed pages) does not know is replaced by the closest known word, preferring the words found
 * on the most pages. Pure functions, shared by the page script and the unit tests.
 */
import { isVocabularyWord, normalizeWord, segmentsOf, tokensOf } from '../site/search-words.ts';
import type { SearchVocabulary } from '../site/search-vocabulary.ts';

/** Word → number of pages holding it. */
export type Vocabulary = Map<string, number>;

/** The JSON file of the build into a lookup map. */
export function parseVocabulary({ words, counts }: SearchVocabulary): Vocabulary {
  const list = words ? words.split(' ') : [];
  return new Map(list.map((word, i) => [word, counts[i] ?? 0]));
}

/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form: insertions, deletions, substitutions and swaps
 * of two neighbouring letters ("stnuting") each cost 1, the typing slips of a phone keyboard. Returns `max + 1` as
 * soon as the distance must exceed `max` (most vocabulary words are far from the query, so most stop early).
 * Written here because no edit-distance package is among the dependencies (and fastest-levenshtein, the usual one,
 * counts a swap as two edits).
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  // Three rows of the dynamic-programming table: two before the current one (for swaps).
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length], max + 1);
}

/** Edits allowed for a word of this length: one up to five letters, two from six ("bajir" → "banjir", "stnting" → "stunting"). */
export function maxEdits(word: string): number {
  return word.length <= 5 ? 1 : 2;
}

/**
 * The known word closest to `word` (fewest edits, then found on the most pages, then alphabetical), or undefined when
 * `word` is known itself, is not a word to correct (a number, a code, too short) or has no known word close enough.
 */
export function correctWord(word: string, vocabulary: Vocabulary): string | undefined {
  const w = normalizeWord(word);
  if (!isVocabularyWord(w) || vocabulary.has(w)) return undefined;
  const max = maxEdits(w);
  let best: { word: string; distance: number; pages: number } | undefined;
  for (const [candidate, pages] of vocabulary) {
    const distance = editDistance(w, candidate, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && (pages > best.pages || (pages === best.pages && candidate < best.word)))) {
      best = { word: candidate, distance, pages };
    }
  }
  return best?.word;
}

/** A corrected query: the whole text (for the link) and its parts, the corrected words marked. */
export interface Suggestion {
  query: string;
  parts: { text: string; corrected: boolean }[];
}

/**
 * The query with each unknown word corrected (spaces, punctuation and numbers kept as typed), or undefined when no
 * word changes.
 */
export function suggestQuery(q: string, vocabulary: Vocabulary): Suggestion | undefined {
  const parts = segmentsOf(q.trim()).map(({ text, token }) => {
    const fix = token ? correctWord(text, vocabulary) : undefined;
    return { text: fix ?? text, corrected: fix !== undefined };
  });
  if (!parts.some((p) => p.corrected)) return undefined;
  return { query: parts.map((p) => p.text).join(''), parts };
}

/** The words Pagefind marked in a result's excerpt (`<mark>Stunting,</mark>`), as tokens. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].flatMap((m) => tokensOf(m[1]));
}

/**
 * Whether a search is poor enough to look for a correction (and download the vocabulary): it found nothing, or its
 * first result does not show every query word. Pagefind stems Indonesian words and matches prefixes, so a misspelt
 * word still "finds" pages: "stuting" marks "S.T." in 26 pages, "bajir" any word starting with "ba". A query word
 * counts as shown when a marked word holds it or is held in it ("stunting" for "stunt", "layanan" for
 * "pelayanan"). Numbers and short words are not judged; a query of only those is never poor.
 */
export function isPoorSearch(q: string, count: number, topExcerpt: string | undefined): boolean {
  const words = tokensOf(q).filter(isVocabularyWord);
  if (words.length === 0) return false;
  if (count === 0 || topExcerpt === undefined) return true;
  const marked = markedWords(topExcerpt).filter(isVocabularyWord);
  return !words.every((w) => marked.some((m) => m.includes(w) || w.includes(m)));
}
