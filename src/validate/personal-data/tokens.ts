/**
 * Splitting text into digit runs as people write numbers, and telling amounts apart. Pure: no Node imports.
 */

/**
 * Digit runs with single separators between digits (how people write NIKs: `3321 0157 0890 0003`,
 * `33.21.01.570890.0003`, `3321-0157-…`). Hyphen-like dashes and the minus sign count as hyphens.
 */
const RUN = /\+?\d(?:\d|[ .\-/\u2010-\u2015\u2212](?=\d))*/g;
/** Thousands grouped with dots, as Indonesian amounts are written: `3.321.015.708.900.003`. */
export const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
/** A currency mark right before an amount: `Rp`, `Rp.`, `IDR`, with or without a space. */
const CURRENCY_BEFORE = /(?:^|[^\p{L}\p{N}])(?:rp|idr)\.?\s*$/iu;

/** A space-separated part of a run (offsets in the normalised text). */
export interface Word {
  start: number;
  end: number;
  text: string;
  digits: string;
}

/** A digit run as matched (offsets in the normalised text). Words and digits are computed only when needed. */
export interface Run {
  start: number;
  end: number;
  text: string;
}

export const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Every digit run of the text, in order. */
export function tokenise(text: string): Run[] {
  const runs: Run[] = [];
  for (const match of text.matchAll(RUN)) {
    // A whole number exported as a float (`3321015708900003.0`, pandas and spreadsheets): the `.0` is no digit of it.
    const written = match[0].length > 16 && /^\d{15,16}\.0+$/.test(match[0]) ? match[0].replace(/\.0+$/, '') : match[0];
    runs.push({ start: match.index, end: match.index + written.length, text: written });
  }
  return runs;
}

/** The space-separated words of a run. */
export function wordsOf(run: Run): Word[] {
  const words: Word[] = [];
  let offset = run.start;
  for (const part of run.text.split(' ')) {
    words.push({ start: offset, end: offset + part.length, text: part, digits: digitsOf(part) });
    offset += part.length + 1;
  }
  return words;
}

/** An amount: thousands grouped with dots right after `Rp`/`IDR`. */
export function isMoney(text: string, run: Run): boolean {
  return THOUSANDS.test(run.text) && CURRENCY_BEFORE.test(text.slice(Math.max(0, run.start - 6), run.start));
}
