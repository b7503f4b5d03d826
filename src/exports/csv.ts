/**
 * Writing CSV downloads (RFC 4180: comma, double quotes, CRLF, UTF-8): the one CSV writer of the portal, used by
 * /informasi/dip.csv and the weekly compliance report (/kepatuhan/<minggu>.csv, `npm run report -- --format csv`).
 * Dataset CSVs are not written here: they are published as uploaded, and the validator refuses formula cells
 * in them instead (csv/formula).
 */
import { CELL_BREAK, FORMULA_TRIGGER } from '../lib/csv.ts';

export type CsvValue = string | number | boolean | null | undefined;

/** Splits after every cell break, keeping the break at the end of its part: "a;=b" → ["a;", "=b"]. */
const PARTS = new RegExp(`(?<=${CELL_BREAK.source})`);

/** A part that a spreadsheet would start evaluating: a formula character after optional spaces, except a bare dash. */
function risky(part: string): boolean {
  const text = part.replace(CELL_BREAK, '').trim();
  return FORMULA_TRIGGER.test(text.charAt(0)) && !/^-+$/.test(text);
}

/**
 * Neutralises formulas (OWASP "CSV Injection"): a text starting with `=`, `+`, `-`, `@` (also after spaces, or
 * full-width), tab or carriage return gets a leading apostrophe, which spreadsheets take as "this is text". The
 * same holds for every part after a `;`, tab or line break inside the text (see CELL_BREAK: Excel with Indonesian
 * settings splits there). A lone "-" (no data) stays as it is: it is not a formula anywhere.
 */
export function neutraliseFormula(text: string): string {
  return text
    .split(PARTS)
    .map((part, i) => ((i === 0 && /^[\t\r]/.test(part)) || risky(part) ? `'${part}` : part))
    .join('');
}

/**
 * One cell. Numbers are written as numbers: a negative value in a numeric column (a JS number from the producer)
 * stays numeric, e.g. -5. Every string is text, so "-5" handed over as a string is neutralised like any other
 * text: producers pass numbers for numeric columns.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document from a header and rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
