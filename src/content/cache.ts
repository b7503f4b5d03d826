/**
 * The content cache, `<repository>/.cache/konten/`: values that are pure in one file's bytes (parsed YAML, markdown
 * facts, text found in PDFs...), kept by content hash, so a command pays each parse once per changed file, and
 * `npm run build` parses the tree once for its validate and Astro processes together.
 *
 * An optimisation only: every value can be recomputed, so anything unexpected (a missing, truncated, corrupt or
 * foreign file, a read-only disk) means "no cache", never an error or a different result. Each pack is one file
 * (one read per command, not thousands): a magic, a SHA-256 of the payload, and the payload (V8 serialisation,
 * which keeps what YAML can produce: NaN, -0, dates, `__proto__` keys), written to a temporary file and renamed.
 * `PPID_CACHE=0` turns it off; `PPID_CACHE_DIR` moves it out of the repository (one folder per repository root).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeVersion } from './code-version.ts';

export const CACHE_DIR = join('.cache', 'konten');
const MAGIC = Buffer.from('PPIDKON1');
const DIGEST = 32;

/** The cache key of a file's bytes. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();

/** Reads a cache file written by writeRecord; undefined for anything else (missing, truncated, corrupt, other version). */
export async function readRecord<T>(file: string, version: string): Promise<T | undefined> {
  try {
    const buffer = await readFile(file);
    if (buffer.length < MAGIC.length + DIGEST || !buffer.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const payload = buffer.subarray(MAGIC.length + DIGEST);
    if (!sha256(payload).equals(buffer.subarray(MAGIC.length, MAGIC.length + DIGEST))) return undefined;
    const record = deserialize(payload) as { version?: unknown; value?: T };
    return record && typeof record === 'object' && record.version === version ? record.value : undefined;
  } catch {
    return undefined;
  }
}

/** Writes atomically (temporary file, then rename): a reader sees the old file or the new one, never half of one. */
export async function writeRecord(file: string, version: string, value: unknown): Promise<void> {
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    const payload = serialize({ version, value });
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temp, Buffer.concat([MAGIC, sha256(payload), payload]));
    await rename(temp, file);
  } catch {
    // A cache that cannot be written is only a slower next run.
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/** One named map of cached values; remembers which entries this process used, to drop the others when pruned. */
export class Pack<V> {
  private readonly used = new Set<string>();
  private changed = false;
  private readonly entries: Map<string, V>;
  constructor(entries: Map<string, V>) {
    this.entries = entries;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) this.used.add(key);
    return value;
  }

  set(key: string, value: V): void {
    this.entries.set(key, value);
    this.used.add(key);
    this.changed = true;
  }

  /** The entries to write, or undefined when the file is current. `prune` keeps only the entries used. */
  toWrite(prune: boolean): Map<string, V> | undefined {
    if (!prune) return this.changed ? this.entries : undefined;
    if (!this.changed && this.used.size === this.entries.size) return undefined;
    return new Map([...this.used].map((key) => [key, this.entries.get(key)!]));
  }

  written(entries: Map<string, V>): void {
    this.changed = false;
    if (entries !== this.entries) for (const key of this.entries.keys()) if (!entries.has(key)) this.entries.delete(key);
  }
}

export interface ContentCache {
  dir: string;
  version: string;
  /** The cache key of a file's bytes (contentHash): given with the cache, so the tree builder itself imports no Node module. */
  hash(bytes: Uint8Array): string;
  /** The pack `name`, read from disk on first use in this process. */
  pack<V>(name: string): Promise<Pack<V>>;
  /** Writes the packs that changed. `prune` (after a whole-tree pass) drops entries of files no longer in the tree. */
  flush(options?: { prune?: boolean }): Promise<void>;
}

const caches = new Map<string, ContentCache>();

function createCache(dir: string, version: string): ContentCache {
  const packs = new Map<string, Promise<Pack<unknown>>>();
  const fileOf = (name: string) => join(dir, `${name}.bin`);
  return {
    dir,
    version,
    hash: contentHash,
    pack<V>(name: string) {
      let pack = packs.get(name);
      if (!pack) {
        pack = readRecord<Map<string, unknown>>(fileOf(name), version).then((entries) => new Pack(entries instanceof Map ? entries : new Map()));
        packs.set(name, pack);
      }
      return pack as Promise<Pack<V>>;
    },
    async flush({ prune = false } = {}) {
      for (const [name, promise] of packs) {
        const pack = await promise;
        const entries = pack.toWrite(prune);
        if (!entries) continue;
        await writeRecord(fileOf(name), version, entries);
        pack.written(entries);
      }
    },
  };
}

/** Forgets what this process loaded, so the next use reads the cache files again (tests; after an outside change). */
export function resetCaches(): void {
  caches.clear();
}

/** The cache of the repository at `root` (one per process and root), or undefined when turned off or unusable. */
export function cacheFor(root: string): ContentCache | undefined {
  if (process.env.PPID_CACHE === '0') return undefined;
  const version = codeVersion();
  if (!version) return undefined;
  const dir = process.env.PPID_CACHE_DIR ? join(process.env.PPID_CACHE_DIR, createHash('sha256').update(root).digest('hex').slice(0, 16)) : join(root, CACHE_DIR);
  let cache = caches.get(dir);
  if (!cache) caches.set(dir, (cache = createCache(dir, version)));
  return cache;
}
