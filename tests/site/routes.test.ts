/** The validator's link check knows the site's URLs without building it; every URL it accepts must exist in the built site. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../src/content/tree.ts';
import { buildKnownRoutes } from '../../src/validate/routes.ts';
import { DIST, ROOT } from './built-site.ts';

describe('known routes of the link check', () => {
  it('are all pages or files of the built sample site, including the per-OPD DIP and document lists', async () => {
    const routes = buildKnownRoutes(await readContentTree(ROOT));
    expect(routes).toContain('/informasi/opd/dinkes/');
    expect(routes).toContain('/opd/dinkes/dokumen/');
    const missing = [...routes].filter((r) => !existsSync(r.endsWith('/') ? join(DIST, r, 'index.html') : join(DIST, r)));
    expect(missing).toEqual([]);
  });
});
