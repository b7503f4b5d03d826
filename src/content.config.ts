/**
 * Astro content collections over the same tree reader and zod schemas as the validator (src/schemas).
 * Astro validates every entry again at build time, so content that bypassed `npm run validate` still
 * fails the build instead of publishing half a site.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { SCHEMA_OF, type SchemaKind } from './content/model.ts';
import { readContentTree } from './content/tree.ts';

/** The tree is read once per build and shared by all collections. */
let treeOnce: ReturnType<typeof readContentTree> | undefined;

function contentLoader(kind: SchemaKind): Loader {
  return {
    name: `ppid-${kind}`,
    async load({ store, parseData }) {
      store.clear();
      const tree = await (treeOnce ??= readContentTree(process.cwd()));
      for (const source of tree.sources.values()) {
        if (source.kind !== kind || source.data === undefined) continue;
        const id = source.opd ? `${source.opd}/${source.slug}` : source.slug;
        const data = await parseData({ id, data: source.data as Record<string, unknown>, filePath: source.path });
        store.set({ id, data, body: source.body, filePath: source.path });
      }
    },
  };
}

const collection = (kind: SchemaKind) => defineCollection({ loader: contentLoader(kind), schema: SCHEMA_OF[kind] });

export const collections = {
  opd: collection('profil'),
  berita: collection('berita'),
  informasi: collection('informasi'),
  data: collection('dataset'),
  dokumen: collection('dokumen'),
  halaman: collection('halaman'),
};
