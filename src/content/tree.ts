/** Walks `content/` once: every file with its type and size (no following symlinks), text sources parsed. */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classifyPath, CONTENT_DIR, type ContentPath } from './paths.ts';
import { parseSource, type SourceFile } from './source.ts';

export interface TreeFile extends ContentPath {
  /** Absolute path on disk. */
  abs: string;
  size: number;
  symlink: boolean;
  /** A regular file (not a directory, device, socket, ...). */
  regular: boolean;
}

export interface ContentTree {
  /** Repository root (the folder that holds `content/`). */
  root: string;
  files: TreeFile[];
  /** Parsed markdown/YAML sources, by repository path. */
  sources: Map<string, SourceFile>;
}

const READ_BATCH = 64;
const TEXT_KINDS = new Set(['pemda', 'halaman', 'profil', 'berita', 'informasi', 'dataset', 'dokumen']);

async function walk(root: string, rel: string, out: TreeFile[]): Promise<void> {
  const entries = await readdir(join(root, rel), { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  // lstat the files of one folder concurrently (the tree of a 5-year regency holds ~15,000 files).
  const files = await Promise.all(
    entries
      .filter((entry) => !entry.isDirectory())
      .map(async (entry) => {
        const path = `${rel}/${entry.name}`;
        const abs = join(root, path);
        const stat = await lstat(abs);
        return { ...classifyPath(path), abs, size: stat.size, symlink: stat.isSymbolicLink(), regular: stat.isFile() };
      }),
  );
  out.push(...files);
  for (const entry of entries) if (entry.isDirectory()) await walk(root, `${rel}/${entry.name}`, out);
}

/** Reads the whole content tree of the repository at `root`. */
export async function readContentTree(root: string): Promise<ContentTree> {
  const files: TreeFile[] = [];
  await walk(root, CONTENT_DIR, files);
  const sources = new Map<string, SourceFile>();
  const text = files.filter((f) => f.regular && TEXT_KINDS.has(f.kind));
  // Bounded concurrency: a 5-year tree has >10,000 sources and unbounded reads hit EMFILE.
  for (let i = 0; i < text.length; i += READ_BATCH) {
    await Promise.all(
      text.slice(i, i + READ_BATCH).map(async (f) => {
        sources.set(f.path, parseSource(f, await readFile(f.abs, 'utf8')));
      }),
    );
  }
  return { root, files, sources };
}
