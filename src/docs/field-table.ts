/**
 * Field tables of docs/content.md, generated from the zod schemas and their Indonesian `.meta` (zod 4's
 * `z.toJSONSchema`), so the contract editors read can never drift from what the validator enforces.
 */
import { z } from 'zod';

interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

const TYPE_LABEL: Record<string, string> = { string: 'teks', number: 'angka', integer: 'bilangan bulat', boolean: 'ya/tidak (`true`/`false`)', object: 'kelompok isian', array: 'daftar' };

/** The variant that says most about a union (`x | undefined` → `x`). */
function main(schema: JsonSchema): JsonSchema {
  const variants = schema.anyOf ?? schema.oneOf;
  if (!variants) return schema;
  const informative = variants.find((v) => v.properties || v.enum || v.items) ?? variants[0];
  return { ...main(informative), title: schema.title ?? informative.title, description: schema.description ?? informative.description, default: schema.default ?? informative.default };
}

function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => `\`${String(v)}\``).join(', ');
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'array' && schema.items) return `daftar ${typeOf(main(schema.items)).replace(/^daftar /, '')}`;
  return TYPE_LABEL[type ?? ''] ?? 'bebas';
}

/** Escapes a table cell (pipes and line breaks would break the markdown table). */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

interface Row {
  key: string;
  required: boolean;
  schema: JsonSchema;
}

function rowsOf(schema: JsonSchema, prefix = ''): Row[] {
  const rows: Row[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const field = main(raw);
    const key = `${prefix}${name}`;
    rows.push({ key, required: required.has(name) && field.default === undefined, schema: field });
    if (field.properties) rows.push(...rowsOf(field, `${key}.`));
    const item = field.items && main(field.items);
    if (item?.properties) rows.push(...rowsOf(item, `${key}[].`));
  }
  return rows;
}

/** A markdown table of every field of `schema`: key, required, type and its Indonesian label and description. */
export function fieldTable(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const lines = ['| isian | wajib | tipe | keterangan |', '|---|---|---|---|'];
  for (const { key, required, schema: field } of rowsOf(json)) {
    const about = [field.title, field.description].filter(Boolean).join(': ');
    const fallback = field.default !== undefined ? ` Bawaan: \`${JSON.stringify(field.default)}\`.` : '';
    lines.push(`| \`${key}\` | ${required ? 'ya' : 'tidak'} | ${cell(typeOf(field))} | ${cell(about + fallback)} |`);
  }
  return lines.join('\n');
}

const BLOCK = /<!-- skema:([a-z-]+) -->\n[\s\S]*?<!-- \/skema:\1 -->/g;

/** Replaces every `<!-- skema:<kind> -->…<!-- /skema:<kind> -->` block of `doc` with the generated table. */
export function renderFieldBlocks(doc: string, schemas: Readonly<Record<string, z.ZodType>>): string {
  return doc.replace(BLOCK, (_, kind: string) => {
    const schema = schemas[kind];
    if (!schema) throw new Error(`docs: tidak ada skema untuk jenis konten "${kind}"`);
    return `<!-- skema:${kind} -->\n${fieldTable(schema)}\n<!-- /skema:${kind} -->`;
  });
}
