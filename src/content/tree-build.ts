/**
 * Building a content tree from a file list and a reader (disk or memory), free of Node modules: the disk walk and
 * the content cache (tree.ts) pass themselves in, and the CMS builds the same tree in the browser from the files an
 * editor is about to save (src/validate/memory-tree.ts). See tree.ts for what the tree holds.
 */
import { mapLimit } from '../lib/pool.ts';
import type { z } from 'zod';
import { BatasUkuranSchema } from '../schemas/pemda.ts';
import type { ContentCache } from './cache.ts';
import { loadSource } from './load.ts';
import { CONTENT_DIR, fileClassOf } from './paths.ts';
import { CONTENT_KINDS } from './types/index.ts';
import type { SourceFacts, SourceFile } from './source.ts';
import type { ReadFile, TreeFile } from './walk.ts';

export type { ReadFile, TreeFile };

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

export const READ_CONCURRENCY = 64;
/** Every registered type is a text source (markdown or YAML); companion files are read by the rules that need them. */
const TEXT_KINDS = new Set<string>(CONTENT_KINDS);
export const PEMDA = `${CONTENT_DIR}/pemda.yaml`;

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
    const loaded = await loadSource(f, limit, read, pack, cache?.hash);
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
  if (!select && typeof process !== 'undefined' && process.env.PPID_TRACE === '1') {
    process.stderr.write(`[ppid-trace] pohon konten dibaca: ${files.length} berkas, ${sources.size} sumber (${hits} dari cache, ${sources.size - hits} diurai), ${Math.round(performance.now() - started)} ms\n`);
  }
  return { root, files, sources, limits, read, hashes, cache, complete: !select };
}
