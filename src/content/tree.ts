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

const TEXT_KINDS = new Set(['pemda', 'halaman', 'profil', 'berita', 'informasi', 'dataset', 'dokumen']);

async function walk(root: string, rel: string, out: TreeFile[]): Promise<void> {
  const entries = await readdir(join(root, rel), { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = `${rel}/${entry.name}`;
    if (entry.isDirectory()) {
      await walk(root, path, out);
      continue;
    }
    const abs = join(root, path);
    const stat = await lstat(abs);
    out.push({ ...classifyPath(path), abs, size: stat.size, symlink: stat.isSymbolicLink(), regular: stat.isFile() });
  }
}

/** Reads the whole content tree of the repository at `root`. */
export async function readContentTree(root: string): Promise<ContentTree> {
  const files: TreeFile[] = [];
  await walk(root, CONTENT_DIR, files);
  const sources = new Map<string, SourceFile>();
  await Promise.all(
    files
      .filter((f) => f.regular && TEXT_KINDS.has(f.kind))
      .map(async (f) => {
        sources.set(f.path, parseSource(f, await readFile(f.abs, 'utf8')));
      }),
  );
  return { root, files, sources };
}
