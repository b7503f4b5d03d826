/**
 * The content tree: every file of `content/` with its type and size (walk.ts), and its text sources parsed.
 * Sizes come first: pemda.yaml is read (capped) for its `batas_ukuran`, then no text source over the `teks`
 * limit is read at all, so a 10 MB file costs one lstat, not a parse (the files rule reports it by size).
 * Parsing goes through the content cache (cache.ts): a source whose bytes were parsed before costs a read and a
 * hash. `PPID_TRACE=1` logs every read of the whole tree to stderr (how many times a build parses it).
 */
import { mapLimit } from '../lib/pool.ts';
import type { z } from 'zod';
import { BatasUkuranSchema } from '../schemas/pemda.ts';
import { cacheFor, contentHash, type ContentCache } from './cache.ts';
import { loadSource } from './load.ts';
import { CONTENT_DIR, fileClassOf } from './paths.ts';
import { CONTENT_KINDS } from './types/index.ts';
import type { SourceFacts, SourceFile } from './source.ts';
import { examine, readFromDisk, subfolders, walk, type ReadFile, type TreeFile } from './walk.ts';

export { readFromDisk, type ReadFile, type TreeFile };

/** Size limits in KB per file class (pemda.yaml `batas_ukuran`). */
export type SizeLimits = z.output<typeof BatasUkuranSchema>;
export const DEFAULT_LIMITS: SizeLimits = BatasUkuranSchema.parse({});

export interface ContentTree {
  /** Repository root (the folder that holds `content/`). */
  root: string;
  files: TreeFile[];
  /** Parsed markdown/YAML sources, by repository path, in walk order (sources over the size limit are absent). */
  sources: Map<string, SourceFile>;
  /** The limits in force: pemda.yaml's when valid, else the defaults. */
  limits: SizeLimits;
  read: ReadFile;
  /** Content hash of the files read with a cache, by path (hashOf adds the others). */
  hashes: Map<string, string>;
  /** The cache the tree was read with (the validator keeps its own packs there); undefined without one. */
  cache?: ContentCache;
  /** False when only some sources were read (`select`): a source absent here may exist. */
  complete: boolean;
}

export interface ReadOptions {
  /** Sees each source as soon as it is parsed, with its content hash when cached (the validator starts on bodies meanwhile). */
  onSource?: (source: SourceFile, hash?: string) => void;
  cache?: ContentCache;
  /** Reads only the text sources it accepts (pemda.yaml is always read: the limits come from it). */
  select?: (file: TreeFile) => boolean;
}

const READ_CONCURRENCY = 64;
/** Every registered type is a text source (markdown or YAML); companion files are read by the rules that need them. */
const TEXT_KINDS = new Set<string>(CONTENT_KINDS);
const PEMDA = `${CONTENT_DIR}/pemda.yaml`;

/** Byte limit of a file by its extension (unknown extensions get the text limit; nothing reads them). */
export function byteLimit(limits: SizeLimits, path: string): number {
  return limits[fileClassOf(path) ?? 'teks'] * 1024;
}

function limitsOf(pemda: unknown): SizeLimits {
  const batas = pemda && typeof pemda === 'object' ? (pemda as { batas_ukuran?: unknown }).batas_ukuran : undefined;
  const parsed = BatasUkuranSchema.safeParse(batas ?? {});
  return parsed.success ? parsed.data : DEFAULT_LIMITS;
}

/**
 * Builds the tree from walked files and a reader (disk or memory): pemda.yaml first, under the default text
 * limit whatever it says (it cannot raise the cap on itself), then every other text source within the limits.
 */
export async function buildContentTree(root: string, files: TreeFile[], read: ReadFile, options: ReadOptions = {}): Promise<ContentTree> {
  const started = performance.now();
  const { onSource, cache, select } = options;
  // A read of a few files (one file's validation, the CMS configs) parses them: loading the pack of a whole
  // tree's parses would cost more. They are still hashed, for the validator's caches.
  const pack = cache ? (select ? true : await cache.pack<SourceFacts>('sumber')) : undefined;
  const sources = new Map<string, SourceFile>();
  const hashes = new Map<string, string>();
  let hits = 0;
  const load = async (f: TreeFile, limit: number) => {
    const loaded = await loadSource(f, limit, read, pack);
    if (!loaded) return undefined;
    if (loaded.hash) hashes.set(f.path, loaded.hash);
    if (loaded.hit) hits++;
    onSource?.(loaded.source, loaded.hash);
    return loaded.source;
  };
  const pemda = files.find((f) => f.path === PEMDA);
  const pemdaSource = pemda && (await load(pemda, DEFAULT_LIMITS.teks * 1024));
  if (pemdaSource) sources.set(PEMDA, pemdaSource);
  const limits = limitsOf(pemdaSource?.data);
  const text = files.filter((f) => f.path !== PEMDA && TEXT_KINDS.has(f.kind) && (!select || select(f)));
  // Bounded concurrency: a 5-year tree has >10,000 sources and unbounded reads hit EMFILE. Inserted in walk
  // order, whatever order the reads finish in, so that every run reports in the same order.
  for (const source of await mapLimit(text, READ_CONCURRENCY, (f) => load(f, limits.teks * 1024))) if (source) sources.set(source.path, source);
  if (cache) await cache.flush({ prune: !select });
  if (!select && process.env.PPID_TRACE === '1') {
    process.stderr.write(`[ppid-trace] pohon konten dibaca: ${files.length} berkas, ${sources.size} sumber (${hits} dari cache, ${sources.size - hits} diurai), ${Math.round(performance.now() - started)} ms\n`);
  }
  return { root, files, sources, limits, read, hashes, cache, complete: !select };
}

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
  for (const loaded of await mapLimit(files, READ_CONCURRENCY, (f) => loadSource(f, tree.limits.teks * 1024, tree.read, pack))) {
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
