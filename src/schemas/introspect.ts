/**
 * Reading the content schemas as data: wrappers (optional, default), object shapes, and the Indonesian label and
 * hint each field carries (`field()` in common.ts). One reader for the CMS config (src/cms/fields.ts) and for the
 * validator's messages (src/validate/issue-text.ts), so a field is called the same thing in both.
 */
import { z } from 'zod';

type AnySchema = z.ZodType;

export interface SchemaDef {
  type: string;
  innerType?: AnySchema;
  defaultValue?: unknown;
  entries?: Record<string, string>;
  element?: AnySchema;
  shape?: Record<string, AnySchema>;
  options?: AnySchema[];
  in?: AnySchema;
  out?: AnySchema;
  checks?: { _zod: { def: { check: string; [key: string]: unknown } } }[];
}

export function defOf(schema: AnySchema): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

export interface Unwrapped {
  inner: AnySchema;
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
}

/** Strips optional/default wrappers, remembering what they said. */
export function unwrap(schema: AnySchema): Unwrapped {
  let inner = schema;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional') optional = true;
    else if (def.type === 'default' || def.type === 'prefault') {
      hasDefault = true;
      defaultValue = def.defaultValue;
    } else break;
    inner = def.innerType!;
  }
  return { inner, optional, hasDefault, defaultValue };
}

/** The Indonesian label and hint a schema field carries. */
export function metaOf(schema: AnySchema): { title?: string; description?: string } {
  return (z.globalRegistry.get(schema) as { title?: string; description?: string } | undefined) ?? {};
}

/** The object shape of a content schema (refinements keep the shape in zod 4). */
export function shapeOf(schema: AnySchema): Record<string, AnySchema> {
  const shape = defOf(schema).shape;
  if (!shape) throw new Error('skema konten harus berupa objek');
  return shape;
}

/** One step down a schema: the field `key` of an object, the element of an array; undefined where the path leaves it. */
function step(schema: AnySchema, key: PropertyKey): AnySchema | undefined {
  const def = defOf(unwrap(schema).inner);
  if (def.type === 'array' && typeof key === 'number') return def.element;
  if (def.type === 'object') return def.shape?.[String(key)];
  return undefined;
}

export interface FieldAt {
  /** Labels from the root, one per object key passed (`Kamus kolom`, `Nama kolom`), with the row of list items. */
  label: string;
  /** The hint of the deepest field on the path that has one (an item of `tag` gets the hint of `tag`). */
  hint?: string;
}

/**
 * How an editor knows the field at `path`: "Kamus kolom, butir ke-2 › Nama kolom". Keys without a label keep their
 * name; a path the schema does not describe stops where it leaves it.
 */
export function fieldAt(schema: AnySchema, path: readonly PropertyKey[]): FieldAt {
  const parts: string[] = [];
  let hint: string | undefined;
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    const next: AnySchema | undefined = current && step(current, key);
    if (typeof key === 'number') {
      if (parts.length > 0) parts[parts.length - 1] += `, butir ke-${key + 1}`;
    } else {
      const meta = next ? metaOf(next) : {};
      parts.push(meta.title ?? String(key));
      if (meta.description) hint = meta.description;
    }
    current = next;
  }
  return { label: parts.join(' › '), hint };
}

/** Every key of an object schema (nested objects and list items too) with its label; the shallowest wins a clash. */
export function keyLabels(schema: AnySchema): Map<string, string> {
  const labels = new Map<string, string>();
  const queue: AnySchema[] = [schema];
  while (queue.length > 0) {
    const def = defOf(unwrap(queue.shift()!).inner);
    if (def.type === 'array' && def.element) queue.push(def.element);
    if (def.type !== 'object' || !def.shape) continue;
    for (const [key, child] of Object.entries(def.shape)) {
      const title = metaOf(child).title;
      if (title && !labels.has(key)) labels.set(key, title);
      queue.push(child);
    }
  }
  return labels;
}
