/**
 * The typed content model: every valid entry of the tree, parsed by its zod schema. The site, the exports
 * and the compliance report read this; invalid entries are left out here and reported by the validator.
 */
import type { z } from 'zod';
import {
  BeritaSchema, DatasetSchema, DokumenSchema, HalamanSchema, InformasiSchema, OpdSchema, PemdaSchema,
  type Berita, type Dataset, type Dokumen, type Halaman, type Informasi, type Opd, type Pemda,
} from '../schemas/index.ts';
import type { SourceKind } from './paths.ts';
import type { SourceFile } from './source.ts';
import { readContentTree, type ContentTree } from './tree.ts';

/** The schema of each text kind: the single mapping used by the validator, the model and Astro. */
export const SCHEMA_OF = {
  pemda: PemdaSchema,
  halaman: HalamanSchema,
  profil: OpdSchema,
  berita: BeritaSchema,
  informasi: InformasiSchema,
  dataset: DatasetSchema,
  dokumen: DokumenSchema,
} satisfies Partial<Record<SourceKind, z.ZodType>>;
export type SchemaKind = keyof typeof SCHEMA_OF;

export function schemaOf(kind: SourceKind): z.ZodType | undefined {
  return (SCHEMA_OF as Partial<Record<SourceKind, z.ZodType>>)[kind];
}

export interface Entry<T> {
  /** OPD slug ('' for regency-wide content). */
  opd: string;
  slug: string;
  /** Repository path of the source file. */
  path: string;
  data: T;
  body: string;
}

export interface OpdEntry extends Entry<Opd> {}

export interface ContentModel {
  pemda: Pemda;
  opds: Map<string, OpdEntry>;
  berita: Entry<Berita>[];
  informasi: Entry<Informasi>[];
  datasets: Entry<Dataset>[];
  dokumen: Entry<Dokumen>[];
  halaman: Entry<Halaman>[];
  tree: ContentTree;
}

function entryOf<K extends SchemaKind>(source: SourceFile, kind: K): Entry<z.output<(typeof SCHEMA_OF)[K]>> | undefined {
  if (source.kind !== kind || source.data === undefined) return undefined;
  const parsed = SCHEMA_OF[kind].safeParse(source.data);
  if (!parsed.success) return undefined;
  return { opd: source.opd ?? '', slug: source.slug, path: source.path, data: parsed.data as never, body: source.body };
}

function collect<K extends SchemaKind>(tree: ContentTree, kind: K, opds?: Map<string, OpdEntry>) {
  const out: Entry<z.output<(typeof SCHEMA_OF)[K]>>[] = [];
  for (const source of tree.sources.values()) {
    const entry = entryOf(source, kind);
    // Content of an OPD without a valid profile is not published (the validator reports the profile).
    if (entry && (!opds || opds.has(entry.opd))) out.push(entry);
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Builds the model from a tree already read. Throws when `pemda.yaml` is missing or invalid. */
export function buildModel(tree: ContentTree): ContentModel {
  const pemdaSource = tree.sources.get('content/pemda.yaml');
  const pemda = pemdaSource && entryOf(pemdaSource, 'pemda');
  if (!pemda) throw new Error('content/pemda.yaml tidak ada atau tidak valid: jalankan `npm run validate` untuk rinciannya.');
  const opds = new Map(collect(tree, 'profil').map((e) => [e.opd, e] as const));
  return {
    pemda: pemda.data,
    opds,
    berita: collect(tree, 'berita', opds),
    informasi: collect(tree, 'informasi', opds),
    datasets: collect(tree, 'dataset', opds),
    dokumen: collect(tree, 'dokumen', opds),
    halaman: collect(tree, 'halaman'),
    tree,
  };
}

/** Reads and models the content of the repository at `root`. */
export async function loadContent(root: string): Promise<ContentModel> {
  return buildModel(await readContentTree(root));
}
