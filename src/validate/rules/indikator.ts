/**
 * The dashboard indicators (content/indikator.yaml) against the datasets they are computed from: the dataset exists,
 * and the columns named (value, period, filter) are in its column dictionary, the value column holding numbers. A
 * scoped run of indikator.yaml reads every dataset's metadata for this (scoped.ts).
 */
import type { z } from 'zod';
import { metaOf } from '../../schemas/introspect.ts';
import { locate } from '../../content/locate.ts';
import type { SourceFile } from '../../content/source.ts';
import { IndikatorItemSchema, PeriodeIndikatorSchema } from '../../schemas/indikator.ts';
import { SaringSchema } from '../../schemas/grafik.ts';
import type { RuleContext } from '../context.ts';
import type { Rule } from '../rule.ts';
import { listed, shown } from '../text.ts';
import { columnsOf, isNumericType } from './dataset-columns.ts';

const label = (schema: z.ZodType) => metaOf(schema).title ?? '';
const LABEL = {
  dataset: label(IndikatorItemSchema.shape.dataset),
  kolom: label(IndikatorItemSchema.shape.kolom),
  periode: label(PeriodeIndikatorSchema.shape.kolom),
  saring: label(SaringSchema.shape.kolom),
};

const REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The metadata source of `<opd>/<slug>`, `.yaml` or `.yml`. */
function datasetSource(ctx: RuleContext, opd: string, slug: string): SourceFile | undefined {
  return ctx.tree.sources.get(`content/opd/${opd}/data/${slug}.yaml`) ?? ctx.tree.sources.get(`content/opd/${opd}/data/${slug}.yml`);
}

function checkItem(ctx: RuleContext, source: SourceFile, item: Record<string, unknown>, index: number): void {
  const ref = typeof item.dataset === 'string' ? REF.exec(item.dataset) : null;
  if (!ref) return; // the schema reports a reference of the wrong form
  const [, opd, slug] = ref;
  const at = (...path: (string | number)[]) => locate(source, ['indikator', index, ...path]);
  const meta = datasetSource(ctx, opd, slug);
  if (!meta) {
    const ofOpd = ctx.tree.files.filter((f) => f.kind === 'dataset' && f.opd === opd).map((f) => `${opd}/${f.slug}`);
    ctx.report({
      file: source.path, ...at('dataset'), rule: 'indikator/dataset-tidak-ada',
      message: `${LABEL.dataset} (\`indikator.${index}.dataset\`): "${shown(item.dataset)}" tidak ada; berkas content/opd/${opd}/data/${slug}.yaml tidak ditemukan`,
      hint: ofOpd.length > 0 ? `Tulis dataset yang ada, misalnya ${listed(ofOpd.sort(), 8)}.` : `Tulis \`<opd>/<nama berkas dataset tanpa .yaml>\`; OPD "${shown(opd)}" belum punya dataset.`,
    });
    return;
  }
  const columns = columnsOf((meta.data as { kolom?: unknown } | undefined)?.kolom);
  if (columns.size === 0) return; // the dataset's own schema check reports its dictionary
  const names = [...columns.keys()];
  const numeric = names.filter((n) => isNumericType(columns.get(n)));
  const refs: { path: string[]; name: unknown; label: string; numeric: boolean }[] = [{ path: ['kolom'], name: item.kolom, label: LABEL.kolom, numeric: true }];
  const periode = item.periode as { kolom?: unknown } | undefined;
  if (periode && typeof periode === 'object') refs.push({ path: ['periode', 'kolom'], name: periode.kolom, label: LABEL.periode, numeric: false });
  const saring = item.saring as { kolom?: unknown } | undefined;
  if (saring && typeof saring === 'object') refs.push({ path: ['saring', 'kolom'], name: saring.kolom, label: LABEL.saring, numeric: false });
  for (const r of refs) {
    if (typeof r.name !== 'string') continue;
    const field = `${r.label} (\`indikator.${index}.${r.path.join('.')}\`)`;
    if (!columns.has(r.name)) {
      ctx.report({
        file: source.path, ...at(...r.path), rule: 'indikator/kolom-tidak-ada',
        message: `${field}: kolom "${shown(r.name)}" tidak ada di dataset ${opd}/${slug}`,
        hint: `Tulis nama kolom dari kamus kolom content/opd/${opd}/data/${slug}.yaml, misalnya ${listed(r.numeric && numeric.length > 0 ? numeric : names, 8)}.`,
      });
    } else if (r.numeric && !isNumericType(columns.get(r.name))) {
      ctx.report({
        file: source.path, ...at(...r.path), rule: 'indikator/nilai-bukan-angka',
        message: `${field}: kolom "${shown(r.name)}" dataset ${opd}/${slug} bertipe ${shown(columns.get(r.name))}, bukan angka, sehingga tidak dapat dihitung`,
        hint: numeric.length > 0 ? `Pilih kolom bertipe bilangan atau bilangan-bulat: ${listed(numeric, 8)}.` : `Dataset ${opd}/${slug} tidak punya kolom angka; pilih dataset lain untuk indikator ini.`,
      });
    }
  }
}

export const indikator: Rule = {
  id: 'indikator',
  description: 'Indikator dasbor: dataset sumbernya ada dan kolom yang dihitung ada serta berisi angka',
  checks: [
    { id: 'indikator/dataset-tidak-ada', severity: 'error', description: 'Indikator dasbor (content/indikator.yaml) menyebut dataset yang tidak ada' },
    { id: 'indikator/kolom-tidak-ada', severity: 'error', description: 'Indikator dasbor menyebut kolom yang tidak ada di datasetnya' },
    { id: 'indikator/nilai-bukan-angka', severity: 'error', description: 'Kolom nilai indikator dasbor bukan bilangan atau bilangan-bulat' },
  ],
  check(ctx) {
    ctx.eachSource((source) => {
      if (source.kind !== 'indikator') return;
      const items = (source.data as { indikator?: unknown } | undefined)?.indikator;
      if (!Array.isArray(items)) return;
      items.forEach((item, index) => {
        if (item && typeof item === 'object') checkItem(ctx, source, item as Record<string, unknown>, index);
      });
    });
  },
};
