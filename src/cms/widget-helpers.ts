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
  if (typeof value !== 'string' || value === '') return '';
  const parsed = parseWib(value);
  if (!parsed.ok) return '';
  const p = wibParts(parsed.date);
  return dateOnly ? wibDateString(parsed.date) : `${wibDateString(parsed.date)}T${pad(p.hour)}:${pad(p.minute)}`;
}

interface ConfigField {
  default?: unknown;
  date_only?: unknown;
  fields?: ConfigField[];
  field?: ConfigField;
}

/**
 * The generated config with every `{{now}}` default replaced by the current WIB time (`YYYY-MM-DD HH:mm`, or
 * `YYYY-MM-DD` for `date_only` fields). Done once before Decap starts, so a new entry opens with the date already
 * in its data: no widget has to change the entry on mount, which would mark an untouched entry as unsaved.
 */
export function resolveNowDefaults<T extends Record<string, unknown>>(config: T, now = new Date()): T {
  const resolved = structuredClone(config);
  const visit = (field: ConfigField): void => {
    if (field.default === NOW) field.default = wibNow(field.date_only === true, now);
    field.fields?.forEach(visit);
    if (field.field) visit(field.field);
  };
  const collections = (resolved.collections ?? []) as { fields?: ConfigField[]; files?: { fields?: ConfigField[] }[] }[];
  for (const collection of collections) {
    collection.fields?.forEach(visit);
    for (const file of collection.files ?? []) file.fields?.forEach(visit);
  }
  return resolved;
}

/** Splits the first line of a CSV text by the dataset's delimiter (`,`, `;` or `tab`). */
export function csvHeader(text: string, delimiter: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const sep = delimiter === 'tab' ? '\t' : delimiter || ',';
  return first.split(sep).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}
