/**
 * Words as the "Maksud Anda" suggestion of /cari/ sees them, shared by the vocabulary written at build time
 * (search-vocabulary.ts) and the browser (search-suggest.ts), so that a query word is looked up exactly as the
 * vocabulary counted it.
 */

/** A run of letters and digits: Pagefind, too, splits words at spaces, punctuation and hyphens. */
const TOKEN = /[\p{L}\p{N}]+/gu;

/**
 * Shorter words are left out of the vocabulary and never corrected: at three letters nearly every word is one edit
 * away from another ("dan", "dam", "dal"), so a suggestion would be a guess.
 */
export const MIN_WORD_LENGTH = 4;

/** Lower case as Indonesian writes it, after composing accents (NFC), so that one word has one spelling. */
export function normalizeWord(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase('id');
}

/** Every token of `text`, normalised (numbers included; `isVocabularyWord` decides what counts). */
export function tokensOf(text: string): string[] {
  return (text.normalize('NFC').match(TOKEN) ?? []).map(normalizeWord);
}

/** Letters only and long enough: numbers, codes with digits ("2026", "covid19") and short words are not words to correct. */
export function isVocabularyWord(token: string): boolean {
  return token.length >= MIN_WORD_LENGTH && /^\p{L}+$/u.test(token);
}

/** `text` cut into tokens and what lies between them (spaces, punctuation), in order: joined, they are `text` (NFC). */
export function segmentsOf(text: string): { text: string; token: boolean }[] {
  const composed = text.normalize('NFC');
  const segments: { text: string; token: boolean }[] = [];
  let last = 0;
  for (const match of composed.matchAll(TOKEN)) {
    if (match.index > last) segments.push({ text: composed.slice(last, match.index), token: false });
    segments.push({ text: match[0], token: true });
    last = match.index + match[0].length;
  }
  if (last < composed.length) segments.push({ text: composed.slice(last), token: false });
  return segments;
}
