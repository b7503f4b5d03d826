/** Pure helpers of the portal's CMS widgets (no React, no Decap): testable in Node. */
import { parseWib, wibDateString, wibParts } from '../lib/wib.ts';
import { NOW } from './config.ts';

/** Replaces `%{name}` placeholders of a portal phrase. */
export function phrase(text: string, vars: Record<string, string> = {}): string {
  return text.replace(/%\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The current WIB time as the CMS stores it: `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`. */
export function wibNow(dateOnly: boolean, now = new Date()): string {
  const p = wibParts(now);
  return dateOnly ? wibDateString(now) : `${wibDateString(now)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** A stored value as the `<input>` shows it (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, WIB), or '' when unreadable. */
export function toInputValue(value: unknown, dateOnly: boolean): string {
  if (typeof value !== 'string' || value === '' || value === NOW) return '';
  const parsed = parseWib(value);
  if (!parsed.ok) return '';
  const p = wibParts(parsed.date);
  return dateOnly ? wibDateString(parsed.date) : `${wibDateString(parsed.date)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Splits the first line of a CSV text by the dataset's delimiter (`,`, `;` or `tab`). */
export function csvHeader(text: string, delimiter: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const sep = delimiter === 'tab' ? '\t' : delimiter || ',';
  return first.split(sep).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}
