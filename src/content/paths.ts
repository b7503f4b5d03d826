/**
 * Where things live in `content/`: one definition of the content contract's paths (docs/content.md). Self-contained
 * (no imports): the ownership check of CI runs from a copy of this file and source.ts. The kinds mirror the
 * content-type registry (src/content/types/), which fails type checking when they drift apart.
 */

export type SourceKind =
  | 'pemda'
  | 'indikator'
  | 'halaman'
  | 'profil'
  | 'berita'
  | 'informasi'
  | 'dataset'
  | 'dataset-csv'
  | 'dokumen'
  | 'lampiran'
  | 'aplikasi'
  | 'permohonan'
  | 'laporan-layanan'
  | 'panen-log'
  | 'arsip-dip'
  | 'unknown';

export interface ContentPath {
  /** Path relative to the repository root, with `/` separators, e.g. `content/opd/dinkes/berita/2026-11-20-x.md`. */
  path: string;
  kind: SourceKind;
  /** OPD slug for everything under `content/opd/<opd>/`. */
  opd?: string;
  /** File name without extension (the entry's slug). */
  slug: string;
}

export const CONTENT_DIR = 'content';

/**
 * The harvest log of an OPD, `content/opd/<opd>/panen.yaml` (src/harvest/log.ts): written by `npm run harvest`,
 * a companion of the OPD's datasets, never a page or a text source of its own.
 */
export const HARVEST_LOG_FILE = 'panen.yaml';

/**
 * The frozen DIP of a year as adopted (`npm run dip:tetapkan`, src/penetapan/): `content/arsip/dip-<tahun>.json` for
 * the regency, `content/opd/<opd>/arsip/dip-<tahun>.json` for an OPD. Written once, published byte for byte.
 */
export const DIP_ARCHIVE_DIR = 'arsip';
const DIP_ARCHIVE = /^content\/(?:opd\/[^/]+\/)?arsip\/dip-\d{4}\.json$/;

/** Repository path of the frozen DIP of `tahun`: the regency's without `opd`. */
export function dipArchivePath(tahun: number, opd?: string): string {
  return `${opd ? `${CONTENT_DIR}/opd/${opd}` : CONTENT_DIR}/${DIP_ARCHIVE_DIR}/dip-${tahun}.json`;
}

/** Extensions allowed anywhere under content/, per kind of file. */
export const EXTENSIONS = {
  teks: ['md', 'yaml', 'yml'],
  csv: ['csv'],
  pdf: ['pdf'],
  dokumen: ['docx', 'xlsx', 'odt', 'ods', 'pptx'],
  gambar: ['jpg', 'jpeg', 'png', 'webp'],
} as const;
export type FileClass = keyof typeof EXTENSIONS;

/** Which size class an extension belongs to, or undefined when the extension is not allowed. */
export function fileClassOf(path: string): FileClass | undefined {
  // A frozen DIP is a generated table like a dataset's CSV: the only JSON allowed, with the CSV size limit.
  if (DIP_ARCHIVE.test(path)) return 'csv';
  const ext = extensionOf(path);
  for (const [cls, exts] of Object.entries(EXTENSIONS) as [FileClass, readonly string[]][]) {
    if (exts.includes(ext)) return cls;
  }
  return undefined;
}

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function baseName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Classifies a repository-relative path under content/ by the contract's layout. */
export function classifyPath(path: string): ContentPath {
  const parts = path.split('/');
  const slug = baseName(path);
  const ext = extensionOf(path);
  if (parts[0] !== CONTENT_DIR) return { path, kind: 'unknown', slug };
  if (DIP_ARCHIVE.test(path)) return { path, kind: 'arsip-dip', opd: parts[1] === 'opd' ? parts[2] : undefined, slug };
  if (parts.length === 2 && parts[1] === 'pemda.yaml') return { path, kind: 'pemda', slug };
  if (parts.length === 2 && parts[1] === 'indikator.yaml') return { path, kind: 'indikator', slug };
  if (parts.length === 3 && parts[1] === 'halaman' && ext === 'md') return { path, kind: 'halaman', slug };
  if (parts[1] !== 'opd' || parts.length < 4) return { path, kind: 'unknown', slug };
  const opd = parts[2];
  const section = parts[3];
  if (parts.length === 4 && section === 'profil.md') return { path, kind: 'profil', opd, slug };
  if (parts.length === 4 && section === HARVEST_LOG_FILE) return { path, kind: 'panen-log', opd, slug };
  if (parts.length === 5) {
    if (section === 'berita' && ext === 'md') return { path, kind: 'berita', opd, slug };
    if (section === 'informasi' && ext === 'md') return { path, kind: 'informasi', opd, slug };
    if (section === 'data' && (ext === 'yaml' || ext === 'yml')) return { path, kind: 'dataset', opd, slug };
    if (section === 'data' && ext === 'csv') return { path, kind: 'dataset-csv', opd, slug };
    if (section === 'dokumen' && ext === 'md') return { path, kind: 'dokumen', opd, slug };
    if (section === 'aplikasi' && (ext === 'yaml' || ext === 'yml')) return { path, kind: 'aplikasi', opd, slug };
    if (section === 'permohonan' && (ext === 'yaml' || ext === 'yml')) return { path, kind: 'permohonan', opd, slug };
    if (section === 'layanan' && ext === 'md') return { path, kind: 'laporan-layanan', opd, slug };
  }
  if (section === 'dokumen' && parts.length >= 5) return { path, kind: 'lampiran', opd, slug };
  return { path, kind: 'unknown', opd, slug };
}

/** The OPD folder of a slug. */
export function opdDir(opd: string): string {
  return `${CONTENT_DIR}/opd/${opd}`;
}

/** The OPD whose folder holds a repository path (`content/opd/<opd>/…`), if any. */
export function opdOfPath(path: string): string | undefined {
  return /^content\/opd\/([^/]+)\//.exec(path)?.[1];
}

/**
 * Resolves a path written in content (relative to the OPD folder) to a repository path, or null when it
 * leaves the OPD folder. Never trust a path from content: this is the only place that joins them.
 */
export function resolveOpdFile(opd: string, relative: string): string | null {
  if (relative.startsWith('/') || relative.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(relative)) return null;
  const segments: string[] = [];
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') return null;
    segments.push(segment);
  }
  if (segments.length === 0) return null;
  return `${opdDir(opd)}/${segments.join('/')}`;
}
