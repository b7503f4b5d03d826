/** Writing CSV downloads (RFC 4180: comma, double quotes, CRLF, UTF-8). */

/**
 * Spreadsheet programs run cells that start with these characters as formulas (CSV injection, OWASP):
 * such a cell gets a leading apostrophe. A minus sign is left alone so negative numbers stay numbers.
 */
const FORMULA_START = /^[=+@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document from a header and rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
