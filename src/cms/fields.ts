/**
 * Turns a zod content schema into Decap CMS fields: names, Indonesian labels and hints (from `.meta()`),
 * widgets, required flags, defaults, select options and patterns all come from the schema, so the CMS
 * cannot drift from what the validator accepts. Presentation choices (long text, image, date only) are
 * the only per-field input, given as overrides.
 */
import { z } from 'zod';
import { AttachmentRefSchema, LooseTextSchema, OpdFilePathSchema, WibDateSchema } from '../schemas/common.ts';
import { defOf, metaOf, shapeOf, unwrap } from '../schemas/introspect.ts';

// The schema reader is shared with the validator's messages (same labels in both).
export { metaOf, shapeOf, unwrap };

/** A Decap field as written in the config (the subset this portal uses, plus the portal's own widget options). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  options?: { label: string; value: string }[];
  pattern?: [string, string];
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  label_singular?: string;
  collapsed?: boolean;
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  allow_multiple?: boolean;
  /** `wib-datetime`: store `YYYY-MM-DD` instead of `YYYY-MM-DD HH:mm`. */
  date_only?: boolean;
  /** `bersyarat`: the widget that is wrapped, and when the field becomes required. */
  base_widget?: string;
  /** `equals`: the other field has this value; `filled`: the other field is not empty. */
  required_when?: { field: string; equals?: string; filled?: boolean; message: string };
  /** `berkas-csv`: the field whose value is the CSV delimiter. */
  delimiter_field?: string;
  /** `relation`: the collection whose entries are offered, the value stored, what is searched and shown. */
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  multiple?: boolean;
}

/** Presentation choices for one field; keys of a `FieldOverrides` map are dotted paths (`kolom.deskripsi`). */
export type FieldOverride = Partial<Omit<CmsField, 'name'>> & { optionLabels?: Record<string, string> };
export type FieldOverrides = Record<string, FieldOverride>;

type AnySchema = z.ZodType;
/** The parts of a zod check definition the CMS turns into a Decap pattern. */
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
  error?: (issue: unknown) => unknown;
}

/** `.meta()` clones a schema but keeps its definition: compare definitions to recognise shared schemas. */
function sameSchema(a: AnySchema, b: AnySchema): boolean {
  return a === b || defOf(a) === defOf(b);
}

function humanize(value: string): string {
  const text = value.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Decap validates a non-empty value against one regex: take the schema's own regex, else its length limits. */
function patternOf(inner: AnySchema): [string, string] | undefined {
  const checks = (defOf(inner).checks ?? []).map((c) => c._zod.def as CheckDef);
  const regex = checks.find((c) => c.check === 'string_format' && c.format === 'regex' && c.pattern);
  if (regex) {
    const message = regex.error?.({});
    return [regex.pattern!.source, typeof message === 'string' ? message : `format tidak sesuai (${regex.pattern!.source})`];
  }
  const min = checks.find((c) => c.check === 'min_length')?.minimum;
  const max = checks.find((c) => c.check === 'max_length')?.maximum;
  if (min === undefined && max === undefined) return undefined;
  const message =
    min !== undefined && max !== undefined
      ? `panjangnya ${min}–${max} karakter`
      : min !== undefined
        ? `minimal ${min} karakter`
        : `maksimal ${max} karakter`;
  return [`^[\\s\\S]{${min ?? 0},${max ?? ''}}$`, message];
}

/** The widget and widget options implied by the schema type alone. */
function widgetOf(inner: AnySchema, path: string, overrides: FieldOverrides, optionLabels?: Record<string, string>, optional = false, label?: string): Partial<CmsField> {
  const def = defOf(inner);
  if (sameSchema(inner, WibDateSchema)) return { widget: 'wib-datetime' };
  if (sameSchema(inner, LooseTextSchema)) return { widget: 'string' };
  if (sameSchema(inner, OpdFilePathSchema)) return { widget: 'file', choose_url: false };
  if (sameSchema(inner, AttachmentRefSchema)) return { widget: 'file', choose_url: true };
  switch (def.type) {
    case 'string':
      return { widget: 'string', pattern: patternOf(inner) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'number':
      return { widget: 'number' };
    case 'enum':
      return {
        widget: 'select',
        options: Object.values(def.entries ?? {}).map((value) => ({ value, label: optionLabels?.[value] ?? humanize(value) })),
      };
    case 'object':
      return { widget: 'object', fields: fieldsOf(inner, overrides, `${path}.`, optional) };
    case 'record':
      // Decap has no widget for a map (`sumber.kolom`, `sumber.header`): the field is kept out of sight and its
      // YAML value is saved as written (Decap keeps the values of fields it does not show); edit it in the file.
      return { widget: 'hidden' };
    case 'array': {
      const element = def.element!;
      const elementInner = unwrap(element).inner;
      if (defOf(elementInner).type === 'object') return { widget: 'list', fields: fieldsOf(elementInner, overrides, `${path}.`) };
      if (defOf(elementInner).type === 'string' && !patternOf(elementInner)) return { widget: 'list' };
      // An item without a label of its own is called like its list ("Editor"), never Decap's "Item".
      return { widget: 'list', field: fieldOf('item', element, overrides, `${path}.item`, false, label) };
    }
    default:
      throw new Error(`tidak ada widget CMS untuk kolom \`${path}\` (jenis zod "${def.type}")`);
  }
}

/**
 * `inOptional`: the field belongs to an optional object. Decap checks required fields inside an object even when the
 * editor leaves the whole object empty, so there every field is optional and has no default; the save check
 * (save-check.ts) drops the empty object and holds a filled one to the schema.
 */
function fieldOf(name: string, schema: AnySchema, overrides: FieldOverrides, path: string, inOptional = false, parentLabel?: string): CmsField {
  const unwrapped = unwrap(schema);
  const { inner } = unwrapped;
  const optional = unwrapped.optional || inOptional;
  const hasDefault = unwrapped.hasDefault && !inOptional;
  const defaultValue = unwrapped.defaultValue;
  const meta = metaOf(schema);
  const { optionLabels, ...override } = overrides[path] ?? {};
  const field: CmsField = {
    name,
    label: meta.title ?? parentLabel ?? humanize(name),
    widget: 'string',
    ...widgetOf(inner, path, overrides, optionLabels, optional, meta.title ?? humanize(name)),
    ...(meta.description ? { hint: meta.description } : {}),
    required: !optional && !hasDefault,
  };
  if (hasDefault && (typeof defaultValue === 'string' || typeof defaultValue === 'boolean' || typeof defaultValue === 'number')) {
    field.default = defaultValue;
  }
  const merged: CmsField = { ...field, ...override };
  if (merged.pattern === undefined) delete merged.pattern;
  return merged;
}

/** Decap fields for every key of an object schema, in schema order. */
export function fieldsOf(schema: AnySchema, overrides: FieldOverrides = {}, prefix = '', inOptional = false): CmsField[] {
  return Object.entries(shapeOf(schema)).map(([name, child]) => fieldOf(name, child, overrides, `${prefix}${name}`, inOptional));
}
