/**
 * Echoing content back in messages, bounded: a message quotes what the editor wrote, but a 500 KB link or
 * a thousand unknown keys must not turn one problem into megabytes of CI log.
 */

/** A value as an editor would recognise it, at most `max` characters. */
export function shown(value: unknown, max = 80): string {
  const text =
    typeof value === 'string' ? value
    : Array.isArray(value) ? '(daftar)'
    : value !== null && typeof value === 'object' ? '(kelompok isian)'
    : value === undefined || value === null ? '(kosong)'
    : String(value);
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The first few items, then how many more. */
export function listed(items: readonly string[], max = 5): string {
  const head = items.slice(0, max).join(', ');
  return items.length > max ? `${head} dan ${items.length - max} lainnya` : head;
}
