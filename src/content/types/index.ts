/**
 * The registry of content types and every union derived from it. Nothing else in the code lists the kinds:
 * `ContentKind` (text sources), `SourceKind` (any file under content/), `UploadSection`, `CmsKind` and the
 * search filter values all come from `CONTENT_TYPES`.
 */
import type { z } from 'zod';
import type { SourceKind as PathSourceKind } from '../paths.ts';
import * as types from './entries.ts';

export { datasetCsvPath } from './entries.ts';
export type { ContentTypeDef, Location } from './define.ts';

/** Every content type, in the order pages and documentation list them. */
export const CONTENT_TYPES = [types.pemda, types.indikator, types.halaman, types.profil, types.berita, types.informasi, types.dataset, types.dokumen, types.aplikasi, types.permohonan, types.laporanLayanan] as const;

type AnyType = (typeof CONTENT_TYPES)[number];
export type ContentKind = AnyType['kind'];
/** Files under content/ that are not text sources: a dataset's CSV and the files of an OPD's `dokumen/` folder. */
export type CompanionKind = 'dataset-csv' | 'lampiran';
/**
 * `panen-log`: an OPD's harvest log (paths.ts HARVEST_LOG_FILE); `arsip-dip`: a frozen DIP (paths.ts dipArchivePath).
 * Both belong to no type and are never an upload.
 */
export type SourceKind = ContentKind | CompanionKind | 'panen-log' | 'arsip-dip' | 'unknown';

// paths.ts keeps its own copy of the kinds (it must stay free of imports, see there): a type error here means the
// two lists differ, e.g. a registered type that classifyPath does not know yet.
type SameKinds<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const PATH_KINDS_MATCH: SameKinds<PathSourceKind, SourceKind> = true;
void PATH_KINDS_MATCH;

/** The type a companion file belongs to: a CSV to its dataset, a file of `dokumen/` to the documents. */
export const COMPANION_OF: Record<CompanionKind, ContentKind> = { 'dataset-csv': 'dataset', lampiran: 'dokumen' };

export type TypeOf<K extends ContentKind> = Extract<AnyType, { kind: K }>;
export type DataOf<K extends ContentKind> = z.output<TypeOf<K>['schema']>;

const BY_KIND = new Map<string, AnyType>(CONTENT_TYPES.map((t) => [t.kind, t]));

/** The registered type of a kind (undefined for companion files and unknown paths). */
export function contentType<K extends ContentKind>(kind: K): TypeOf<K>;
export function contentType(kind: string): AnyType | undefined;
export function contentType(kind: string): AnyType | undefined {
  return BY_KIND.get(kind);
}

export const CONTENT_KINDS = CONTENT_TYPES.map((t) => t.kind) as ContentKind[];

/** The repository path of an entry's source file (`opd` is ignored for regency-wide types). */
export function sourcePath(type: AnyType, opd: string, slug: string): string {
  const where = type.location;
  const ext = 'extensions' in where ? where.extensions[0] : '';
  if (where.scope === 'regency') return 'file' in where ? where.file : `content/${where.folder}/${slug}.${ext}`;
  return 'file' in where ? `content/opd/${opd}/${where.file}` : `content/opd/${opd}/${where.folder}/${slug}.${ext}`;
}

/** A type seen without its schema's output type, for code that handles every type alike. */
interface Untyped {
  date?: (data: unknown) => Date | undefined;
  files?: (data: unknown, slug: string) => string[];
}
const untyped = (kind: ContentKind) => BY_KIND.get(kind) as unknown as Untyped;

/** The date of a parsed entry of any type (undefined when its type has none). */
export function entryDate(kind: ContentKind, data: unknown): Date | undefined {
  return untyped(kind).date?.(data);
}

/** The files a parsed entry of any type references, relative to its OPD folder. */
export function entryFiles(kind: ContentKind, data: unknown, slug: string): string[] {
  return untyped(kind).files?.(data, slug) ?? [];
}

/** The type a file of `kind` belongs to: its own, or for a companion file its parent's. */
export function typeOfFile(kind: SourceKind): AnyType | undefined {
  return BY_KIND.get(kind in COMPANION_OF ? COMPANION_OF[kind as CompanionKind] : kind);
}

/** The schema of each kind, for the validator, the model and the docs. */
export const SCHEMA_OF = Object.fromEntries(CONTENT_TYPES.map((t) => [t.kind, t.schema])) as { [K in ContentKind]: TypeOf<K>['schema'] };

type UploadType = Extract<AnyType, { upload: true }>;
/** Public names of the types whose new or changed entries are weekly uploads (`berita`, `informasi`, `data`, `dokumen`). */
export type UploadSection = UploadType['section'];
export const UPLOAD_TYPES = CONTENT_TYPES.filter((t): t is UploadType => t.upload);
export const UPLOAD_SECTIONS = UPLOAD_TYPES.map((t) => t.section) as UploadSection[];

type CmsType = Extract<AnyType, { cms: true }>;
/** Types an OPD editor edits in the CMS. */
export type CmsKind = CmsType['kind'];
export const CMS_TYPES = CONTENT_TYPES.filter((t): t is CmsType => t.cms);
export const CMS_KINDS = CMS_TYPES.map((t) => t.kind) as CmsKind[];

type PageType = Exclude<AnyType, { page: false }>;
/** Values of the search page's `jenis` filter: every type with public pages. */
export type SectionFilter = PageType['section'];
export const PAGE_TYPES = CONTENT_TYPES.filter((t): t is PageType => t.page !== false);
export const SECTION_FILTERS = PAGE_TYPES.map((t) => t.section) as SectionFilter[];
