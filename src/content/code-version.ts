/**
 * The version key of the content cache: a hash of the code whose output it keeps (the parsers, rules, schemas,
 * libraries and the reference data), of the locked dependency versions, of the V8 version (the serialisation
 * format) and of a constant bumped by hand when the cached shapes change. Hashing the code rather than trusting
 * a bump means an edited rule can never be served results of its previous version.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the shape of a cached value changes without any hashed file changing. */
export const CACHE_FORMAT = 1;

/** Folders (under the project root) whose code decides what is cached. */
const CODE_DIRS = ['src/content', 'src/validate', 'src/schemas', 'src/lib', 'src/data'];
const LOCKFILE = 'package-lock.json';

/** The project's root: the folder with this project's package.json and its src/content/. */
function isProject(dir: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown };
    return pkg.name === 'ppid-demak' && existsSync(join(dir, 'src', 'content', 'code-version.ts'));
  } catch {
    return false;
  }
}

function findUp(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (isProject(dir)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function hashDir(hash: ReturnType<typeof createHash>, root: string, rel: string): void {
  const entries = readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = `${rel}/${entry.name}`;
    if (entry.isDirectory()) hashDir(hash, root, path);
    else if (entry.isFile()) hash.update(`${path}\0`).update(readFileSync(join(root, path))).update('\0');
  }
}

let memo: { version: string | undefined } | undefined;

/**
 * The version key, or undefined when the code cannot be found (e.g. bundled somewhere unexpected): then the cache
 * is not used at all, rather than risking results of other code. Inside Astro's bundle this module's own URL
 * points into the build output, so the working directory is tried too.
 */
export function codeVersion(): string | undefined {
  if (memo) return memo.version;
  let version: string | undefined;
  try {
    const root = findUp(dirname(fileURLToPath(import.meta.url))) ?? findUp(process.cwd());
    if (root) {
      const hash = createHash('sha256').update(`format ${CACHE_FORMAT}\0v8 ${process.versions.v8}\0`);
      for (const dir of CODE_DIRS) hashDir(hash, root, dir);
      hash.update(readFileSync(join(root, LOCKFILE)));
      version = hash.digest('base64url');
    }
  } catch {
    version = undefined;
  }
  memo = { version };
  return version;
}
