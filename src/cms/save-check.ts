/**
 * The entry as the CMS will write it: cleaned (empty optional fields dropped, the CMS-only CSV field removed). The
 * save itself is judged by every rule of the validator on the written file (entry-check.ts, save-hook.ts);
 * `checkEntry` is the schema part alone, with the same messages (issue-text.ts), for callers without the files.
 * Pure: no Decap imports.
 */
import type { z } from 'zod';
import { CMS_SCHEMAS, type CmsKind } from './config.ts';
import { metaOf, shapeOf, unwrap } from './fields.ts';
import { portal } from './locale.ts';
import { describeIssue, parseForMessages } from '../validate/issue-text.ts';
import { findDataPemohonIn, LABEL_DATA_PEMOHON, samarkan } from '../validate/personal-data/pemohon.ts';

type Json = unknown;

function isEmpty(value: Json): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** An object the editor opened but left blank (Decap may store `{ url: '' }`): every value in it is empty. */
function isBlankObject(value: Json): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => isEmpty(v) || isBlankObject(v));
}

/** Drops empty values of optional (or defaulted) keys, recursively, so files carry no `key: ''` lines. */
export function cleanEntry(schema: z.ZodType, value: Json): Json {
  const { inner } = unwrap(schema);
  const def = (inner as unknown as { _zod: { def: { type: string; element?: z.ZodType } } })._zod.def;
  if (def.type === 'array' && Array.isArray(value)) return value.map((item) => cleanEntry(def.element!, item));
  if (def.type !== 'object' || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const shape = shapeOf(inner);
  const out: Record<string, Json> = {};
  for (const [key, child] of Object.entries(value as Record<string, Json>)) {
    const field = shape[key];
    if (!field) {
      out[key] = child; // unknown key: left for the schema to report
      continue;
    }
    const { optional, hasDefault } = unwrap(field);
    if ((optional || hasDefault) && (isEmpty(child) || isBlankObject(child))) continue;
    out[key] = cleanEntry(field, child);
  }
  return out;
}

/** The Indonesian label of the field at `path` (`Kamus kolom › Nama kolom`), falling back to the key. */
export function labelAt(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const labels: string[] = [];
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!current) break;
    const { inner } = unwrap(current);
    const def = (inner as unknown as { _zod: { def: { type: string; element?: z.ZodType } } })._zod.def;
    if (def.type === 'array' && typeof key === 'number') {
      current = def.element;
      continue;
    }
    if (def.type !== 'object') break;
    current = shapeOf(inner)[String(key)];
    labels.push((current && metaOf(current).title) ?? String(key));
  }
  return labels.join(' › ') || 'Entri';
}

export interface SaveCheck {
  /** The data to write (cleaned), when the entry may be saved. */
  data?: Record<string, Json>;
  problems: string[];
}

/**
 * The data Decap will write for an entry: `data` is the Decap entry data as plain JS (frontmatter fields plus
 * `body` for markdown collections, plus `csv` for datasets); empty optional values and the CSV field are dropped.
 */
export function prepareEntry(kind: CmsKind, data: Record<string, Json>): { data: Record<string, Json> } {
  const { body, ...fields } = data;
  delete fields.csv;
  const cleaned = cleanEntry(CMS_SCHEMAS[kind], fields) as Record<string, Json>;
  return { data: body === undefined ? cleaned : { ...cleaned, body } };
}

/** The schema part of the save check: the entry's fields against its zod schema, in the CMS's words (labels, no keys). */
export function checkEntry(kind: CmsKind, data: Record<string, Json>): SaveCheck {
  const schema = CMS_SCHEMAS[kind];
  const prepared = prepareEntry(kind, data).data;
  const { body: _body, ...cleaned } = prepared;
  const problems: string[] = [];
  const parsed = parseForMessages(schema, cleaned);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { message, hint } = describeIssue(issue, cleaned, { schema, audience: 'cms' });
      problems.push(`${message}. ${hint}`);
    }
  }
  // The register is published: the validator's own requester check, before the entry becomes a commit.
  if (kind === 'permohonan') {
    for (const { path, temuan } of findDataPemohonIn(cleaned)) {
      problems.push(`${labelAt(schema, path)}: ${portal.dataPemohon.replace('{jenis}', LABEL_DATA_PEMOHON[temuan.jenis]).replace('{teks}', samarkan(temuan.text))}`);
    }
  }
  if (problems.length > 0) return { problems };
  return { data: prepared, problems };
}

/** The error Decap shows in its "Gagal menyimpan: …" notice (no "Error:" prefix). */
export function saveRefusal(problems: string[]): Error {
  const error = new Error(`${portal.saveRefused} ${problems.join('; ')}`);
  error.name = '';
  return error;
}
