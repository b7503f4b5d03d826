/**
 * A source's records as rows of the dataset: one cell per column of the dictionary (`kolom`), in its order, each
 * value written the way the dataset declares it (decimal mark, `ya`/`tidak`). Whether a cell is VALID is not
 * decided here: the candidate goes through the validator's own CSV rules afterwards (check.ts). What is decided here
 * is schema drift: a dictionary column that the source no longer has stops the harvest with the missing names.
 */
import type { Dataset } from '../schemas/dataset.ts';
import type { Sumber } from '../schemas/sumber.ts';
import { HarvestFailure } from './failure.ts';
import type { SourceTable } from './source-table.ts';

type Kolom = Dataset['kolom'][number];

/** Dictionary column → source field: `sumber.kolom` maps source → column; unmapped columns keep their name. */
export function sourceFieldOf(meta: Pick<Dataset, 'kolom'>, sumber: Pick<Sumber, 'kolom'>): Map<string, string> {
  const byColumn = new Map<string, string>();
  for (const [from, to] of Object.entries(sumber.kolom ?? {})) if (!byColumn.has(to)) byColumn.set(to, from);
  return new Map(meta.kolom.map((k) => [k.nama, byColumn.get(k.nama) ?? k.nama]));
}

const NUMBER_WITH = { '.': /^-?\d+(\.\d+)?$/, ',': /^-?\d+(,\d+)?$/ } as const;

/** One value as CSV cell text for its column. */
function cellText(value: unknown, kolom: Kolom, marks: { from: '.' | ','; to: '.' | ',' }, where: () => string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new HarvestFailure(`${where()} berisi angka tak hingga atau bukan angka`);
    return kolom.tipe === 'bilangan' && marks.to === ',' ? String(value).replace('.', ',') : String(value);
  }
  if (typeof value === 'boolean') return kolom.tipe === 'ya-tidak' ? (value ? 'ya' : 'tidak') : String(value);
  if (typeof value === 'string') {
    const text = value.trim();
    if (kolom.tipe === 'bilangan' && marks.from !== marks.to && NUMBER_WITH[marks.from].test(text)) return text.replace(marks.from, marks.to);
    return value;
  }
  throw new HarvestFailure(`${where()} berupa ${Array.isArray(value) ? 'daftar' : 'objek'}, bukan satu nilai; petakan isian lain di \`sumber.kolom\``);
}

/**
 * The rows (header excluded) of the candidate CSV. `yamlPath` names the dataset file in messages. A CSV source's
 * numbers are converted from its own decimal mark (`sumber.desimal`); JSON numbers are numbers.
 */
export function toColumns(table: SourceTable, meta: Dataset, sumber: Sumber, yamlPath: string): string[][] {
  const fieldOf = sourceFieldOf(meta, sumber);
  const present = new Set(table.fields);
  const missing = meta.kolom.filter((k) => !present.has(fieldOf.get(k.nama)!));
  if (missing.length > 0) {
    const named = missing.map((k) => (fieldOf.get(k.nama) === k.nama ? `"${k.nama}"` : `"${fieldOf.get(k.nama)}" (untuk ${k.nama})`));
    const available = table.fields.slice(0, 12).map((f) => `"${f.slice(0, 40)}"`).join(', ') + (table.fields.length > 12 ? ', …' : '');
    throw new HarvestFailure(`isian ${named.join(', ')} tidak ada di sumber (perubahan struktur sumber?); isian sumber: ${available || '(tidak ada)'}; perbarui \`sumber.kolom\` di ${yamlPath}`);
  }
  const marks = { from: sumber.format === 'csv' ? (sumber.desimal ?? meta.desimal) : '.', to: meta.desimal } as const;
  return table.records.map((record, r) =>
    meta.kolom.map((kolom) => {
      const field = fieldOf.get(kolom.nama)!;
      return cellText(record[field], kolom, marks, () => `isian "${field.slice(0, 40)}" rekaman ke-${r + 1}`);
    }),
  );
}
