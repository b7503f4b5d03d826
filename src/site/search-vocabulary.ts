/**
 * The vocabulary behind "Maksud Anda: …" on /cari/. After Pagefind has indexed the site, the build reads back the
 * text of every indexed page (Pagefind's fragments: exactly what a search can find, before stemming) and writes
 * each word with the number of pages it appears on to `pagefind/kata.<index hash>.json`. The search page downloads
 * that file only when a query finds almost nothing (search-client.ts), so a first search never carries it; the
 * index hash in the name keeps it in step with the index, as for the date order (search-order.ts).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { languagePrefix, type BundlePages } from './search-order.ts';
import { isVocabularyWord, tokensOf } from './search-words.ts';

/** The file /cari/ reads (search-suggest.ts parseVocabulary): words most frequent first, and their page counts. */
export interface SearchVocabulary {
  /** Space-separated, most frequent first (a third smaller than a JSON array of strings). */
  words: string;
  /** `counts[i]`: the number of pages that hold word i. */
  counts: number[];
}

/** A word found on one page only is as likely a typo as a word: it is never offered as a correction. */
export const MIN_PAGES = 2;
/**
 * Keeps the file small at five years of content (about 4 bytes a word gzip: 3,400 words of the sample are 13.6 KB,
 * so at most ~40 KB): the rarest words go first. A correct word left out costs nothing, since a search that shows
 * every query word in its first result never asks for a correction (search-suggest.ts isPoorSearch).
 */
export const MAX_WORDS = 10_000;

/** Adds the words of one page to `counts` (each word once per page: a long page repeating a typo counts once). */
export function countPageWords(counts: Map<string, number>, text: string): void {
  for (const word of new Set(tokensOf(text))) if (isVocabularyWord(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
}

/** The words on at least `minPages` pages, at most `maxWords` of them, most frequent first (ties alphabetical). */
export function vocabularyOf(counts: Map<string, number>, { minPages = MIN_PAGES, maxWords = MAX_WORDS } = {}): SearchVocabulary {
  const kept = [...counts]
    .filter(([, pages]) => pages >= minPages)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxWords);
  return { words: kept.map(([word]) => word).join(' '), counts: kept.map(([, pages]) => pages) };
}

/**
 * Writes the vocabulary of every language index of a Pagefind bundle (one, `id`, in practice; each index gets its
 * own file so that none suggests words of another). Returns the number of words and bytes written.
 */
export async function writeSearchVocabulary({ dir, hashes, pages }: BundlePages): Promise<{ words: number; bytes: number }> {
  // Page ids start with their language's prefix (`id_…`), like the hash of the index.
  const byPrefix = new Map(hashes.map((hash) => [languagePrefix(hash), new Map<string, number>()]));
  for (const { id, fragment } of pages) {
    const counts = byPrefix.get(languagePrefix(id));
    if (counts && fragment) countPageWords(counts, `${fragment.meta?.title ?? ''} ${fragment.content ?? ''}`);
  }
  let words = 0;
  let bytes = 0;
  for (const hash of hashes) {
    const vocabulary = vocabularyOf(byPrefix.get(languagePrefix(hash))!);
    const json = JSON.stringify(vocabulary);
    await writeFile(join(dir, `kata.${hash}.json`), json);
    words += vocabulary.counts.length;
    bytes += Buffer.byteLength(json);
  }
  return { words, bytes };
}
