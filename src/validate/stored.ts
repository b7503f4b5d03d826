/**
 * The result of the last whole-tree validation, kept in the content cache with a fingerprint of what it judged:
 * every path with its type, size and content hash, the code version (which covers the rules) and the day in WIB
 * (a DIK whose period ends is reported from the next day on, rules/dik.ts). The build
 * validates in its own process first; the compliance report (in `npm run report` and inside Astro) then takes
 * the problems from here when the fingerprint still matches, instead of validating the same tree again.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readRecord, writeRecord } from '../content/cache.ts';
import { hashOf, type ContentTree } from '../content/tree.ts';
import { mapLimit } from '../lib/pool.ts';
import { wibDateString } from '../lib/wib.ts';
import type { Problem } from './problem.ts';

const FILE = 'validasi.bin';

interface Stored {
  fingerprint: string;
  problems: Problem[];
}

/**
 * What the validation of this tree depends on besides the code. Files that are never read (over their limit,
 * symlinks, unknown types) count by their lstat facts; the others by content. Undefined without a cache.
 */
export async function fingerprint(tree: ContentTree): Promise<string | undefined> {
  if (!tree.cache || !tree.complete) return undefined;
  const hashes = await mapLimit(tree.files, 32, (file) => hashOf(tree, file));
  const hash = createHash('sha256').update(tree.cache.version).update(`\0${wibDateString(new Date())}\n`);
  tree.files.forEach((f, i) => hash.update(`${f.path}\0${f.regular}\0${f.symlink}\0${f.size}\0${hashes[i] ?? '-'}\n`));
  return hash.digest('base64url');
}

/** The problems of the stored validation, when it judged exactly this tree. */
export async function storedProblems(tree: ContentTree): Promise<Problem[] | undefined> {
  const print = await fingerprint(tree);
  if (!print || !tree.cache) return undefined;
  const stored = await readRecord<Stored>(join(tree.cache.dir, FILE), tree.cache.version);
  return stored?.fingerprint === print && Array.isArray(stored.problems) ? stored.problems : undefined;
}

/** Keeps the problems of a whole-tree validation of `tree` (with the standard rules and time budget). */
export async function storeProblems(tree: ContentTree, problems: Problem[]): Promise<void> {
  const print = await fingerprint(tree);
  if (print && tree.cache) await writeRecord(join(tree.cache.dir, FILE), tree.cache.version, { fingerprint: print, problems } satisfies Stored);
}
