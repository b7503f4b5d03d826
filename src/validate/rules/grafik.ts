/**
 * Charts and the kecamatan tile map against the data they draw: every column a dataset's `grafik` names is in its own
 * column dictionary, and the value columns hold numbers (a bar of text cannot be drawn); every tile of `peta_petak` in
 * pemda.yaml is a kecamatan of the Kemendagri list (the schema runs in the CMS too, where that list is not loaded).
 */
import type { z } from 'zod';
import { metaOf } from '../../schemas/introspect.ts';
import { locate } from '../../content/locate.ts';
import type { SourceFile } from '../../content/source.ts';
import { GrafikSchema, SaringSchema } from '../../schemas/grafik.ts';
import { PetakSchema } from '../../schemas/peta.ts';
import type { RuleContext } from '../context.ts';
import type { Rule } from '../rule.ts';
import { listed, shown } from '../text.ts';
import { columnsOf, isNumericType } from './dataset-columns.ts';

/** The label editors see for a field in the CMS and in every other message. */
const label = (schema: z.ZodType, fallback: string) => metaOf(schema).title ?? fallback;
const LABEL = {
  kategori: label(GrafikSchema.shape.kategori, 'Kolom kategori'),
  nilai: label(GrafikSchema.shape.nilai, 'Kolom nilai'),
  seri: label(GrafikSchema.shape.seri, 'Kolom seri'),
  saring: label(SaringSchema.shape.kolom, 'Kolom saringan'),
  kode: label(PetakSchema.shape.kode, 'Kode kecamatan'),
};

/** Every column a chart names, with where it is written and the label of that field. */
function namedColumns(grafik: Record<string, unknown>): { path: (string | number)[]; name: unknown; label: string; numeric: boolean }[] {
  const out: { path: (string | number)[]; name: unknown; label: string; numeric: boolean }[] = [{ path: ['kategori'], name: grafik.kategori, label: LABEL.kategori, numeric: false }];
  if (Array.isArray(grafik.nilai)) grafik.nilai.forEach((name, i) => out.push({ path: ['nilai', i], name, label: LABEL.nilai, numeric: true }));
  if (grafik.seri !== undefined) out.push({ path: ['seri'], name: grafik.seri, label: LABEL.seri, numeric: false });
  const saring = grafik.saring as { kolom?: unknown } | undefined;
  if (saring && typeof saring === 'object') out.push({ path: ['saring', 'kolom'], name: saring.kolom, label: LABEL.saring, numeric: false });
  return out;
}

function checkDataset(ctx: RuleContext, source: SourceFile): void {
  const data = source.data as { grafik?: unknown; kolom?: unknown } | undefined;
  if (!Array.isArray(data?.grafik)) return;
  const columns = columnsOf(data.kolom);
  // Without a readable column dictionary the schema reports the dictionary itself; every name would be "missing".
  if (columns.size === 0) return;
  const names = [...columns.keys()];
  const numeric = names.filter((n) => isNumericType(columns.get(n)));
  data.grafik.forEach((grafik, index) => {
    if (!grafik || typeof grafik !== 'object') return;
    for (const ref of namedColumns(grafik as Record<string, unknown>)) {
      // A value that is not a column name at all is the schema's to report (frontmatter/schema), once.
      if (typeof ref.name !== 'string' || !/^[a-z][a-z0-9_]*$/.test(ref.name)) continue;
      const where = ['grafik', index, ...ref.path];
      const field = `${ref.label} (\`${where.join('.')}\`)`;
      const { line, column } = locate(source, where);
      if (!columns.has(ref.name)) {
        ctx.report({
          file: source.path, line, column, rule: 'grafik/kolom-tidak-ada',
          message: `${field}: kolom "${shown(ref.name)}" tidak ada di kamus kolom dataset ini`,
          hint: `Tulis nama kolom dari \`kolom\`, misalnya ${listed(ref.numeric && numeric.length > 0 ? numeric : names, 8)}; atau tambahkan kolom itu ke kamus kolom dan CSV.`,
        });
      } else if (ref.numeric && !isNumericType(columns.get(ref.name))) {
        ctx.report({
          file: source.path, line, column, rule: 'grafik/nilai-bukan-angka',
          message: `${field}: kolom "${shown(ref.name)}" bertipe ${shown(columns.get(ref.name))}, bukan angka, sehingga tidak dapat digambar`,
          hint: numeric.length > 0
            ? `Pilih kolom bertipe bilangan atau bilangan-bulat: ${listed(numeric, 8)}. Kolom teks cocok sebagai \`kategori\` atau \`seri\`.`
            : 'Dataset ini belum punya kolom bertipe bilangan atau bilangan-bulat; hapus grafik ini atau ubah tipe kolom angka di kamus kolom.',
        });
      }
    }
  });
}

function checkTiles(ctx: RuleContext, source: SourceFile): void {
  const tiles = (source.data as { peta_petak?: unknown } | undefined)?.peta_petak;
  if (!Array.isArray(tiles)) return;
  const kecamatan = [...ctx.wilayah.values()].filter((w) => w.tingkat === 'kecamatan');
  tiles.forEach((tile, index) => {
    const kode = (tile as { kode?: unknown } | null)?.kode;
    // The schema reports a code of the wrong form; only well-formed codes are looked up.
    if (typeof kode !== 'string' || !/^33\.21\.\d{2}$/.test(kode) || ctx.wilayah.get(kode)?.tingkat === 'kecamatan') return;
    const { line, column } = locate(source, ['peta_petak', index, 'kode']);
    ctx.report({
      file: source.path, line, column, rule: 'grafik/petak-kode',
      message: `${LABEL.kode} (\`peta_petak.${index}.kode\`): "${shown(kode)}" bukan kode kecamatan di daftar Kemendagri`,
      hint: `Pakai kode kecamatan dari src/data/wilayah-demak.csv: ${listed(kecamatan.map((w) => `${w.kode} ${w.nama}`), 14)}.`,
    });
  });
}

export const grafik: Rule = {
  id: 'grafik',
  description: 'Grafik dan peta kecamatan: kolom yang digambar ada dan berisi angka, petak peta memakai kode kecamatan yang terdaftar',
  checks: [
    { id: 'grafik/kolom-tidak-ada', severity: 'error', description: 'Grafik dataset menyebut kolom yang tidak ada di kamus kolomnya' },
    { id: 'grafik/nilai-bukan-angka', severity: 'error', description: 'Kolom nilai grafik bukan bilangan atau bilangan-bulat' },
    { id: 'grafik/petak-kode', severity: 'error', description: 'Petak peta kecamatan (`peta_petak` di pemda.yaml) memakai kode yang bukan kecamatan terdaftar' },
  ],
  check(ctx) {
    ctx.eachSource((source) => {
      if (source.kind === 'dataset') checkDataset(ctx, source);
      else if (source.kind === 'pemda') checkTiles(ctx, source);
    });
  },
};
