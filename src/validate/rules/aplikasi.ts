/**
 * The application inventory against the rest of the tree: every dataset an application says it feeds (`dataset`)
 * is a dataset of the same OPD, because an OPD folder is what its editors own and what its page lists; and a system
 * marked `panen` feeds at least one dataset with a harvest contract (`sumber`), or nothing is harvested from it.
 * A scoped run (`validate -- <file>`) reads the OPD's dataset metadata too (scoped.ts), so it judges a changed
 * inventory file the same way as the whole-tree run.
 */
import { locate } from '../../content/locate.ts';
import { AplikasiSchema } from '../../schemas/aplikasi.ts';
import { metaOf } from '../../schemas/introspect.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import type { Rule } from '../rule.ts';
import { listed, shown } from '../text.ts';

/** The label editors see for the field in the CMS and in every other message. */
const DATASET_LABEL = metaOf(AplikasiSchema.shape.dataset).title ?? 'Dataset';

/** Dataset slugs per OPD, from the file list (valid or not: a broken dataset is reported by its own rules). */
function datasetSlugsByOpd(files: readonly { kind: string; opd?: string; slug: string }[]): Map<string, Set<string>> {
  const byOpd = new Map<string, Set<string>>();
  for (const file of files) {
    if (file.kind !== 'dataset' || !file.opd) continue;
    let slugs = byOpd.get(file.opd);
    if (!slugs) byOpd.set(file.opd, (slugs = new Set()));
    slugs.add(file.slug);
  }
  return byOpd;
}

export const aplikasi: Rule = {
  id: 'aplikasi',
  description: 'Katalog aplikasi: dataset yang diisi sebuah aplikasi ada di OPD yang sama',
  checks: [
    { id: 'aplikasi/dataset-missing', severity: 'error', description: 'Aplikasi menyebut dataset yang tidak ada di folder data/ OPD-nya sendiri' },
    { id: 'aplikasi/panen-tanpa-sumber', severity: 'warning', description: 'Aplikasi berintegrasi `panen` tetapi tidak satu pun datasetnya punya kontrak panen (`sumber`)' },
  ],
  check(ctx) {
    const datasets = datasetSlugsByOpd(ctx.tree.files);
    ctx.eachSource((source) => {
      if (source.kind !== 'aplikasi' || !source.opd) return;
      const items = (source.data as { dataset?: unknown } | undefined)?.dataset;
      if (!Array.isArray(items)) return;
      const own = datasets.get(source.opd) ?? new Set<string>();
      items.forEach((slug, index) => {
        // A value that is not a slug at all is the schema's to report (frontmatter/schema), once.
        if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug) || own.has(slug)) return;
        const elsewhere = [...datasets].filter(([, slugs]) => slugs.has(slug)).map(([opd]) => opd);
        const { line, column } = locate(source, ['dataset', index]);
        const folder = `content/opd/${source.opd}/data/`;
        const choices = own.size > 0
          ? `Tulis slug dataset ${source.opd} yang benar: ${listed([...own].sort(), 10)}`
          : `OPD ini belum punya dataset: buat dulu ${folder}${slug}.yaml beserta CSV-nya, atau hapus butir ini (dan pilih \`integrasi: belum\` bila tidak ada dataset lain)`;
        ctx.report({
          file: source.path, line, column, rule: 'aplikasi/dataset-missing',
          message: elsewhere.length > 0
            ? `${DATASET_LABEL} (\`dataset\`): "${shown(slug)}" adalah dataset ${listed(elsewhere)}, bukan dataset ${source.opd}`
            : `${DATASET_LABEL} (\`dataset\`): "${shown(slug)}" tidak ada di ${folder}`,
          hint: `${choices}. Sebuah aplikasi hanya boleh menyebut dataset OPD-nya sendiri (nama berkas tanpa .yaml).`,
        });
      });
      const integrasi = (source.data as { integrasi?: unknown }).integrasi;
      const ownItems = items.filter((slug): slug is string => typeof slug === 'string' && own.has(slug));
      if (integrasi !== 'panen' || ownItems.length === 0) return;
      const harvested = ownItems.some((slug) => {
        const meta = ctx.tree.sources.get(`content/opd/${source.opd}/data/${slug}.yaml`) ?? ctx.tree.sources.get(`content/opd/${source.opd}/data/${slug}.yml`);
        return typeof (meta?.data as { sumber?: unknown } | undefined)?.sumber === 'object';
      });
      if (harvested) return;
      const { line, column } = locate(source, ['integrasi']);
      ctx.report({
        file: source.path, line, column, rule: 'aplikasi/panen-tanpa-sumber',
        message: `Integrasi ke portal (\`integrasi\`) \`panen\`, tetapi tidak satu pun dataset yang diisinya (${listed(ownItems)}) memiliki kontrak panen \`sumber\``,
        hint: `Isi \`sumber\` (url, format) di salah satu dataset itu agar \`npm run harvest\` mengambil datanya (lihat docs/panen.md), atau ubah menjadi \`integrasi: unggah-manual\` bila data diunggah editor.`,
      });
    });
  },
};
