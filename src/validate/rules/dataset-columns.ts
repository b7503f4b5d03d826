/** The column dictionary of a dataset's metadata as written (not yet schema-checked), for rules that relate files. */
import { TIPE_KOLOM, type TipeKolom } from '../../schemas/dataset.ts';

/** Column name → type, from `kolom` as written; entries without a name are skipped, an unknown type is kept as text. */
export function columnsOf(kolom: unknown): Map<string, string | undefined> {
  const columns = new Map<string, string | undefined>();
  if (!Array.isArray(kolom)) return columns;
  for (const k of kolom as { nama?: unknown; tipe?: unknown }[]) {
    if (k && typeof k.nama === 'string') columns.set(k.nama, typeof k.tipe === 'string' ? k.tipe : undefined);
  }
  return columns;
}

const NUMERIC: readonly TipeKolom[] = ['bilangan', 'bilangan-bulat'];

/** Whether a written column type holds numbers (and can be drawn or summed). */
export function isNumericType(tipe: string | undefined): boolean {
  return (TIPE_KOLOM as readonly string[]).includes(tipe ?? '') && NUMERIC.includes(tipe as TipeKolom);
}
