/**
 * Files published from OPD folders (`content/opd/<opd>/dokumen/...`): attachments, images and document files.
 * Only regular files with an allowed extension are published; every path goes through resolveOpdFile.
 */
import type { ContentTree, TreeFile } from '../content/tree.ts';
import { fileClassOf, opdDir, resolveOpdFile } from '../content/paths.ts';

/** Source files (markdown/YAML) are content, never published as downloads. */
function publishable(file: TreeFile): boolean {
  const cls = fileClassOf(file.path);
  return file.kind === 'lampiran' && !!file.opd && file.regular && !file.symlink && cls !== undefined && cls !== 'teks';
}

export interface PublishedFile {
  opd: string;
  /** Path relative to the OPD folder, e.g. `dokumen/lra-2025.pdf` (also the URL tail). */
  relative: string;
  file: TreeFile;
}

/** Every publishable file of the `dokumen/` folders. */
export function publishedFiles(tree: ContentTree): PublishedFile[] {
  const out: PublishedFile[] = [];
  for (const file of tree.files) {
    if (!publishable(file)) continue;
    const relative = file.path.slice(opdDir(file.opd!).length + 1);
    if (resolveOpdFile(file.opd!, relative) !== file.path) continue;
    out.push({ opd: file.opd!, relative, file });
  }
  return out;
}

const indexes = new WeakMap<ContentTree, Map<string, TreeFile>>();

/** The tree's files by repository path (built once per tree; pages look files up thousands of times). */
export function fileAt(tree: ContentTree, path: string): TreeFile | undefined {
  let index = indexes.get(tree);
  if (!index) {
    index = new Map(tree.files.map((f) => [f.path, f]));
    indexes.set(tree, index);
  }
  return index.get(path);
}

/** The published file that a content path (`dokumen/x.pdf`) of an OPD points to, if it exists. */
export function findOpdFile(tree: ContentTree, opd: string, relative: string): PublishedFile | undefined {
  const path = resolveOpdFile(opd, relative);
  if (!path) return undefined;
  const file = fileAt(tree, path);
  if (!file || !publishable(file)) return undefined;
  return { opd, relative: path.slice(opdDir(opd).length + 1), file };
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  csv: 'text/csv',
};

/** Upper-case extension shown next to a download link, e.g. `PDF`. */
export function fileTypeLabel(path: string): string {
  return (path.split('.').pop() ?? '').toUpperCase();
}

export function mimeOf(path: string): string {
  return MIME[(path.split('.').pop() ?? '').toLowerCase()] ?? 'application/octet-stream';
}
