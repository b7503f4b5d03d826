/**
 * Walks `content/` once: every file with its type and size (no following symlinks), text sources parsed.
 * Sizes come first: pemda.yaml is read (capped) for its `batas_ukuran`, then no text source over the `teks`
 * limit is read at all, so a 10 MB file costs one lstat, not a parse (the files rule reports it by size).
 */
import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { BatasUkuranSchema } from '../schemas/pemda.ts';
import { classifyPath, CONTENT_DIR, fileClassOf, type ContentPath } from './paths.ts';
import { parseSource, type SourceFile } from './source.ts';

export interface TreeFile extends ContentPath {
  /** Absolute path on disk. */
  abs: string;
  size: number;
  symlink: boolean;
  /** A regular file (not a directory, device, socket, ..., nor a file that could not be examined). */
  regular: boolean;
}

/** Size limits in KB per file class (pemda.yaml `batas_ukuran`). */
export type SizeLimits = z.output<typeof BatasUkuranSchema>;
export const DEFAULT_LIMITS: SizeLimits = BatasUkuranSchema.parse({});

/** Reads at most `maxBytes` bytes of a regular file of the tree (never more than its size when walked). */
export type ReadFile = (file: TreeFile, maxBytes: number) => Promise<Buffer>;

export interface ContentTree {
  /** Repository root (the folder that holds `content/`). */
  root: string;
  files: TreeFile[];
  /** Parsed markdown/YAML sources, by repository path (sources over the size limit are absent). */
  sources: Map<string, SourceFile>;
  /** The limits in force: pemda.yaml's when valid, else the defaults. */
  limits: SizeLimits;
  read: ReadFile;
}

const READ_BATCH = 64;
const TEXT_KINDS = new Set(['pemda', 'halaman', 'profil', 'berita', 'informasi', 'dataset', 'dokumen']);
const PEMDA = `${CONTENT_DIR}/pemda.yaml`;

/** Byte limit of a file by its extension (unknown extensions get the text limit; nothing reads them). */
export function byteLimit(limits: SizeLimits, path: string): number {
  return limits[fileClassOf(path) ?? 'teks'] * 1024;
}

/** A file the walk could not examine (a name that is not UTF-8, a race with a deletion): never read. */
function unexamined(root: string, path: string): TreeFile {
  return { ...classifyPath(path), abs: join(root, path), size: 0, symlink: false, regular: false };
}

async function walk(root: string, rel: string, out: TreeFile[]): Promise<void> {
  const entries = await readdir(join(root, rel), { withFileTypes: true }).catch(() => undefined);
  if (!entries) return void out.push(unexamined(root, rel));
  entries.sort((a, b) => a.name.localeCompare(b.name));
  // lstat the files of one folder concurrently (the tree of a 5-year regency holds ~15,000 files).
  const files = await Promise.all(
    entries
      .filter((entry) => !entry.isDirectory())
      .map(async (entry) => {
        const path = `${rel}/${entry.name}`;
        const abs = join(root, path);
        const stat = await lstat(abs).catch(() => undefined);
        if (!stat) return unexamined(root, path);
        return { ...classifyPath(path), abs, size: stat.size, symlink: stat.isSymbolicLink(), regular: stat.isFile() };
      }),
  );
  out.push(...files);
  for (const entry of entries) if (entry.isDirectory()) await walk(root, `${rel}/${entry.name}`, out);
}

/** Reads into a buffer sized by the walk's lstat, so a file that grows afterwards is still read only so far. */
export const readFromDisk: ReadFile = async (file, maxBytes) => {
  const length = Math.max(0, Math.min(file.size, maxBytes));
  const handle = await open(file.abs, 'r');
  try {
    const buffer = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await handle.read(buffer, filled, length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
};

function limitsOf(pemda: unknown): SizeLimits {
  const batas = pemda && typeof pemda === 'object' ? (pemda as { batas_ukuran?: unknown }).batas_ukuran : undefined;
  const parsed = BatasUkuranSchema.safeParse(batas ?? {});
  return parsed.success ? parsed.data : DEFAULT_LIMITS;
}

/**
 * Builds the tree from walked files and a reader (disk or memory): pemda.yaml first, under the default text
 * limit whatever it says (it cannot raise the cap on itself), then every other text source within the limits.
 * `onSource` sees each source as soon as it is parsed (the validator starts on markdown bodies meanwhile).
 */
export async function buildContentTree(root: string, files: TreeFile[], read: ReadFile, onSource?: (source: SourceFile) => void): Promise<ContentTree> {
  const sources = new Map<string, SourceFile>();
  const load = async (f: TreeFile, limit: number) => {
    if (!f.regular || f.size > limit) return;
    const bytes = await read(f, limit).catch(() => undefined);
    if (!bytes) return;
    const source = parseSource(f, bytes.toString('utf8'));
    sources.set(f.path, source);
    onSource?.(source);
  };
  const pemda = files.find((f) => f.path === PEMDA);
  if (pemda) await load(pemda, DEFAULT_LIMITS.teks * 1024);
  const limits = limitsOf(sources.get(PEMDA)?.data);
  const text = files.filter((f) => f.path !== PEMDA && TEXT_KINDS.has(f.kind));
  // Bounded concurrency: a 5-year tree has >10,000 sources and unbounded reads hit EMFILE.
  for (let i = 0; i < text.length; i += READ_BATCH) {
    await Promise.all(text.slice(i, i + READ_BATCH).map((f) => load(f, limits.teks * 1024)));
  }
  return { root, files, sources, limits, read };
}

/** Reads the whole content tree of the repository at `root`. */
export async function readContentTree(root: string, onSource?: (source: SourceFile) => void): Promise<ContentTree> {
  const files: TreeFile[] = [];
  await walk(root, CONTENT_DIR, files);
  return buildContentTree(root, files, readFromDisk, onSource);
}
