/**
 * Vitest globalSetup: builds the site once before the test files run (browser tests serve dist/).
 * Set PPID_SKIP_BUILD=1 to skip (e.g. when running unit tests only with an old dist/).
 */
import { ensureSiteBuilt } from './built-site.ts';

export default async function setup(): Promise<void> {
  if (process.env.PPID_SKIP_BUILD === '1') return;
  await ensureSiteBuilt();
}
