/**
 * Turning a file's bytes into a source: parsed, or its facts taken from the content cache by content hash
 * (markdown and YAML parse differently, so the kind of parse is part of the key). Free of Node modules (the hash
 * function comes with the cache): the CMS builds its in-memory trees in the browser with it.
 */
import type { Pack } from './cache.ts';
import { parseFacts, sourceOf, stripBom, type SourceFacts, type SourceFile } from './source.ts';
import type { ReadFile, TreeFile } from './walk.ts';

export interface Loaded {
  source: SourceFile;
  /** Content hash of the bytes (only with a cache: nothing else needs it). */
  hash?: string;
  /** True when the facts came from the cache. */
  hit: boolean;
}

/** The cache key of a file's bytes (the content cache's `hash`). */
export type HashBytes = (bytes: Uint8Array) => string;

/**
 * `pack`: the cache of parsed sources; `true`: no pack, but the hash is wanted (for other caches); undefined: neither.
 * `contentHash` is needed with a pack or `true`.
 */
function toSource(f: TreeFile, bytes: Buffer, pack: Pack<SourceFacts> | true | undefined, contentHash?: HashBytes): Loaded {
  const text = stripBom(bytes.toString('utf8'));
  if (pack === undefined || pack === true) {
    const { facts, doc, lineCounter } = parseFacts(f, text);
    return { source: sourceOf(f, text, facts, { doc, lineCounter }), hash: pack && contentHash?.(bytes), hit: false };
  }
  if (!contentHash) throw new Error('loadSource: a pack needs the hash function of its cache');
  const hash = contentHash(bytes);
  const key = `${hash}${f.path.endsWith('.md') ? '.md' : '.yaml'}`;
  const cached = pack.get(key);
  if (cached) return { source: sourceOf(f, text, cached), hash, hit: true };
  // The YAML Document is dropped (documentOf parses it again if a problem needs a line): 15,000 of them weigh.
  const { facts } = parseFacts(f, text);
  pack.set(key, facts);
  return { source: sourceOf(f, text, facts), hash, hit: false };
}

/** Reads and parses one text source within `limit` bytes; undefined for a file that is not regular, too big or unreadable. */
export async function loadSource(f: TreeFile, limit: number, read: ReadFile, pack: Pack<SourceFacts> | true | undefined, contentHash?: HashBytes): Promise<Loaded | undefined> {
  if (!f.regular || f.size > limit) return undefined;
  const bytes = await read(f, limit).catch(() => undefined);
  return bytes && toSource(f, bytes, pack, contentHash);
}
