/**
 * The content tree: every file of `content/` with its type and size (walk.ts), and its text sources parsed.
 * Sizes come first: pemda.yaml is read (capped) for its `batas_ukuran`, then no text source over the `teks`
 * limit is read at all, so a 10 MB file costs one lstat, not a parse (the files rule reports it by size).
 * Parsing goes through the content cache (cache.ts): a source whose bytes were parsed before costs a read and a
 * hash. `PPID_TRACE=1` logs every read of the whole tree to stderr (how many times a build parses it).
 */
import { mapLimit } from '../lib/pool.ts';
import { cacheFor, contentHash } from './cache.ts';
import { loadSource } from './load.ts';
import { CONTENT_DIR } from './paths.ts';
import type { SourceFile } from './source.ts';
import { buildContentTree, byteLimit, PEMDA, READ_CONCURRENCY, type ContentTree, type ReadOptions } from './tree-build.ts';
import { examine, readFromDisk, subfolders, walk, type TreeFile } from './walk.ts';

// The tree builder itself is free of Node modules (tree-build.ts); this module adds the disk and the cache.
export { buildContentTree, byteLimit, DEFAULT_LIMITS, type ContentTree, type ReadOptions, type SizeLimits } from './tree-build.ts';
export { readFromDisk, type ReadFile, type TreeFile } from './walk.ts';

/** Every file of the content tree of the repository at `root`, in walk order. */
export async function walkContent(root: string): Promise<TreeFile[]> {
  const files: TreeFile[] = [];
  await walk(root, CONTENT_DIR, files);
  return files;
}

/** Reads the whole content tree of the repository at `root`, through its content cache (unless given `cache: undefined`). */
export async function readContentTree(root: string, options: ReadOptions = {}): Promise<ContentTree> {
  const cache = 'cache' in options ? options.cache : cacheFor(root);
  return buildContentTree(root, await walkContent(root), readFromDisk, { ...options, cache });
}

/** pemda.yaml and the OPD profiles only, without walking the tree (the CMS configs need nothing else). */
export async function readProfiles(root: string): Promise<ContentTree> {
  const paths = [PEMDA, ...(await subfolders(root, `${CONTENT_DIR}/opd`)).map((opd) => `${CONTENT_DIR}/opd/${opd}/profil.md`)];
  const files = (await Promise.all(paths.map((path) => examine(root, path)))).filter((f) => f.regular || f.symlink);
  return buildContentTree(root, files, readFromDisk, { cache: cacheFor(root), select: () => true });
}

/** Sources the tree did not read (a scoped tree), read now with its limits and cache, by path. */
export async function readMoreSources(tree: ContentTree, files: TreeFile[]): Promise<Map<string, SourceFile>> {
  const pack = tree.cache ? true : undefined;
  const out = new Map<string, SourceFile>();
  for (const loaded of await mapLimit(files, READ_CONCURRENCY, (f) => loadSource(f, tree.limits.teks * 1024, tree.read, pack, tree.cache?.hash))) {
    if (loaded) out.set(loaded.source.path, loaded.source);
  }
  return out;
}

/** The content hash of a file the tree did not hash while reading (an attachment, a CSV); undefined if unreadable. */
export async function hashOf(tree: ContentTree, file: TreeFile): Promise<string | undefined> {
  const known = tree.hashes.get(file.path);
  if (known || !file.regular || file.symlink || file.size > byteLimit(tree.limits, file.path)) return known;
  const bytes = await tree.read(file, file.size).catch(() => undefined);
  if (!bytes) return undefined;
  const hash = contentHash(bytes);
  tree.hashes.set(file.path, hash);
  return hash;
}
