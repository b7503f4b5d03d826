/**
 * Text as a reader sees it, before numbers are matched: Unicode NFKC (full-width `３３２１` and other
 * compatibility digits become ASCII, no-break spaces become spaces) and no format characters (`\p{Cf}`:
 * zero-width space U+200B, word joiner U+2060, soft hyphen U+00AD, BOM…), which are invisible on the page
 * but would split a number for a naive matcher. Keeps a map back to the original offsets so that problems
 * point at the number in the file as written. Pure: no Node imports.
 */

export interface Normalised {
  /** The normalised text. */
  text: string;
  /** For every UTF-16 unit of `text`: offset of the original character it came from (null: identical text). */
  starts: Int32Array | null;
  /** For every UTF-16 unit of `text`: offset just after that original character. */
  ends: Int32Array | null;
}

const FORMAT_CHAR = /^\p{Cf}$/u;
const NON_ASCII = /[^\x00-\x7f]/gu;

/** True when some character changes (most non-ASCII text, `é`, `–`, `•`, is its own NFKC form). */
function changes(original: string): boolean {
  for (const [char] of original.matchAll(NON_ASCII)) if (FORMAT_CHAR.test(char) || char.normalize('NFKC') !== char) return true;
  return false;
}

export function normaliseForScan(original: string): Normalised {
  if (!changes(original)) return { text: original, starts: null, ends: null };
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length; ) {
    const code = original.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const char = original.slice(i, i + width);
    if (code < 0x80) {
      out.push(char);
      starts.push(i);
      ends.push(i + 1);
    } else if (!FORMAT_CHAR.test(char)) {
      const normal = char.normalize('NFKC');
      out.push(normal);
      for (let k = 0; k < normal.length; k++) {
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Original offset where the normalised unit `index` starts (`index === text.length`: the end of the original). */
export function originalStart(n: Normalised, index: number, originalLength: number): number {
  if (!n.starts) return index;
  return index < n.starts.length ? n.starts[index] : originalLength;
}

/** Original offset just after the normalised unit `index - 1` (so `[start, end)` maps to the original span). */
export function originalEnd(n: Normalised, end: number): number {
  if (!n.ends) return end;
  return end > 0 ? n.ends[end - 1] : 0;
}
