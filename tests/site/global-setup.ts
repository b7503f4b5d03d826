/**
 * Vitest globalSetup: builds the site once before the test files run (browser tests serve dist/).
 * Set PPID_SKIP_BUILD=1 to skip (e.g. when running unit tests only with an old dist/).
 *
 * Also turns on Node's compile cache (NODE_COMPILE_CACHE, in the git-ignored .cache/) for every process of the run:
 * the test files start `node scripts/….ts` some hundred times, and each start then reuses the compiled modules
 * of the last one instead of compiling them again (about a third less CPU per start).
 */
import { join } from 'node:path';
import { ROOT, ensureSiteBuilt } from './built-site.ts';

export default async function setup(): Promise<void> {
  process.env.NODE_COMPILE_CACHE ??= join(ROOT, '.cache', 'node-compile');
  if (process.env.PPID_SKIP_BUILD === '1') return;
  await ensureSiteBuilt();
}
