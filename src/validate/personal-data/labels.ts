/**
 * Which identifier a number is labelled as: the nearest label before it (`NIK`, `NPWP`, `No. KK`), right
 * after it, or the header of its markdown-table column. Pure: no Node imports.
 */

/** Labels that say which identifier follows (nearest one wins). */
const LABEL = /\b(npwp|nik|nomor induk kependudukan|no\.?\s*kk|kartu keluarga)\b/gi;
const FIRST_LABEL = new RegExp(LABEL.source, 'i');

/** Header line of each markdown-table line seen, by line start (a NIK list of 10,000 rows walks up once). */
export type HeaderMemo = Map<number, string>;

/** The header cell of the markdown-table column that `pos` lies in, or undefined outside a table. */
function tableHeaderAt(text: string, pos: number, memo: HeaderMemo): string | undefined {
  const isRow = (from: number) => /^[ \t]*\|/.test(text.slice(from, from + 40));
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  if (!isRow(lineStart)) return undefined;
  const column = text.slice(lineStart, pos).split(/(?<!\\)\|/).length - 1;
  const visited: number[] = [];
  let start = lineStart;
  let header = memo.get(start);
  while (header === undefined) {
    visited.push(start);
    const previous = start > 0 ? text.lastIndexOf('\n', start - 2) + 1 : start;
    if (previous >= start || !isRow(previous)) {
      const end = text.indexOf('\n', start);
      header = text.slice(start, end < 0 ? text.length : end);
    } else {
      start = previous;
      header = memo.get(start);
    }
  }
  for (const line of visited) memo.set(line, header);
  return header.split(/(?<!\\)\|/)[column];
}

/**
 * True when the nearest identifier label before the number (within 80 characters) is NPWP, or, without one,
 * the label right after it or the header of its table column.
 */
export function npwpNear(text: string, start: number, end: number, memo: HeaderMemo): boolean {
  const before = [...text.slice(Math.max(0, start - 80), start).matchAll(LABEL)].at(-1);
  if (before) return before[1].toLowerCase() === 'npwp';
  const after = FIRST_LABEL.exec(text.slice(end, end + 20));
  if (after) return after[1].toLowerCase() === 'npwp';
  return /npwp/i.test(tableHeaderAt(text, start, memo) ?? '');
}
