/**
 * The typed content model: every valid entry of the tree, parsed by its zod schema. The site, the exports
 * and the compliance report read this; invalid entries are left out here and reported by the validator.
 */
import type { Aplikasi, Berita, Dataset, Dokumen, Halaman, Indikator, Informasi, LaporanLayanan, Opd, Pemda, Permohonan } from '../schemas/index.ts';
import type { SourceFile } from './source.ts';
import { readContentTree, type ContentTree } from './tree.ts';
import { contentType, CONTENT_KINDS, SCHEMA_OF, type ContentKind, type DataOf, type SourceKind } from './types/index.ts';

export { SCHEMA_OF };
export type SchemaKind = ContentKind;

/** The schema of a text kind (undefined for companion files and unknown paths). */
export function schemaOf(kind: SourceKind) {
  return (contentType(kind) as { schema: import('zod').ZodType } | undefined)?.schema;
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

/** Kinds with entries in the model (the regency config is `pemda`, not an entry). */
export type EntryKind = Exclude<ContentKind, 'pemda'>;
export type EntriesByKind = { [K in EntryKind]: Entry<DataOf<K>>[] };

export interface ContentModel {
  pemda: Pemda;
  opds: Map<string, OpdEntry>;
  berita: Entry<Berita>[];
  informasi: Entry<Informasi>[];
  datasets: Entry<Dataset>[];
  dokumen: Entry<Dokumen>[];
  halaman: Entry<Halaman>[];
  /** The application inventory: every system of every OPD. */
  aplikasi: Entry<Aplikasi>[];
  /** The request registers: every request (and objection) of every OPD. */
  permohonan: Entry<Permohonan>[];
  /** The PPIDs' own text of their annual service reports (`layanan/laporan-<tahun>.md`). */
  laporanLayanan: Entry<LaporanLayanan>[];
  /** content/indikator.yaml (at most one entry): the headline indicators of /dasbor/. */
  indikator: Entry<Indikator>[];
  tree: ContentTree;
}

function entryOf<K extends ContentKind>(source: SourceFile, kind: K): Entry<DataOf<K>> | undefined {
  if (source.data === undefined) return undefined;
  const parsed = contentType(kind).schema.safeParse(source.data);
  if (!parsed.success) return undefined;
  return { opd: source.opd ?? '', slug: source.slug, path: source.path, data: parsed.data as DataOf<K>, body: source.body };
}

/** Builds the model from a tree already read, in one pass over the sources. Throws when `pemda.yaml` is missing or invalid. */
export function buildModel(tree: ContentTree): ContentModel {
  const pemdaSource = tree.sources.get('content/pemda.yaml');
  const pemda = pemdaSource && entryOf(pemdaSource, 'pemda');
  if (!pemda) throw new Error('content/pemda.yaml tidak ada atau tidak valid: jalankan `npm run validate` untuk rinciannya.');
  const byKind = Object.fromEntries(CONTENT_KINDS.filter((k) => k !== 'pemda').map((k) => [k, []])) as unknown as Record<EntryKind, Entry<unknown>[]>;
  for (const source of tree.sources.values()) {
    if (source.kind === 'pemda' || !(source.kind in byKind)) continue;
    const entry = entryOf(source, source.kind as EntryKind);
    if (entry) byKind[source.kind as EntryKind].push(entry);
  }
  const opds = new Map((byKind.profil as OpdEntry[]).map((e) => [e.opd, e] as const));
  for (const kind of Object.keys(byKind) as EntryKind[]) {
    const type = contentType(kind);
    // Content of an OPD without a valid profile is not published (the validator reports the profile).
    const published = type.location.scope === 'opd' && kind !== 'profil' ? byKind[kind].filter((e) => opds.has(e.opd)) : byKind[kind];
    byKind[kind] = published.sort((a, b) => a.path.localeCompare(b.path));
  }
  const typed = byKind as unknown as EntriesByKind;
  return {
    pemda: pemda.data,
    opds,
    berita: typed.berita,
    informasi: typed.informasi,
    datasets: typed.dataset,
    dokumen: typed.dokumen,
    halaman: typed.halaman,
    aplikasi: typed.aplikasi,
    permohonan: typed.permohonan,
    laporanLayanan: typed['laporan-layanan'],
    indikator: typed.indikator,
    tree,
  };
}

/** Where the model keeps each kind's entries; a mapped type, so tsc flags a registered kind the model lacks. */
const ENTRIES_OF: { [K in EntryKind]: (model: ContentModel) => Entry<DataOf<K>>[] } = {
  halaman: (m) => m.halaman,
  profil: (m) => [...m.opds.values()],
  berita: (m) => m.berita,
  informasi: (m) => m.informasi,
  dataset: (m) => m.datasets,
  dokumen: (m) => m.dokumen,
  aplikasi: (m) => m.aplikasi,
  permohonan: (m) => m.permohonan,
  'laporan-layanan': (m) => m.laporanLayanan,
  indikator: (m) => m.indikator,
};

/** Every modelled entry with its kind (the regency config excluded), for code that handles every type alike. */
export function* modelEntries(model: ContentModel): Generator<{ kind: EntryKind; entry: Entry<unknown> }> {
  for (const kind of Object.keys(ENTRIES_OF) as EntryKind[]) {
    for (const entry of ENTRIES_OF[kind](model)) yield { kind, entry };
  }
}

/** Reads and models the content of the repository at `root`. */
export async function loadContent(root: string): Promise<ContentModel> {
  return buildModel(await readContentTree(root));
}
