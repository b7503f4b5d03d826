/**
 * `npm run cms` serves /admin/<opd>/ from the Astro dev server (no build, configs generated on start), while the
 * CMS browser tests use the built site (tests/cms/session.ts). This keeps the dev path covered: the generated config
 * loads, the local backend logs in, the sidebar holds only the OPD's own collections, and an editor opens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCms, startCmsStack, type CmsStack } from './session.ts';

const OPD = 'dinkominfo';
let stack: CmsStack;

beforeAll(async () => {
  stack = await startCmsStack({ dev: true, warmUp: false });
});

afterAll(async () => {
  await stack?.stop();
});

describe('the CMS on the Astro dev server (npm run cms)', () => {
  it("logs in to the local backend, lists only the OPD's own collections and opens an editor", async () => {
    const page = await openCms(stack, OPD);
    const links = await page.locator('a[href*="#/collections/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(new RegExp(`#/collections/[a-z-]+-${OPD}(/|$)`));
    // Vite may still discover a dependency of the editor and reload the page once: wait for the editor itself.
    await page.goto(`${stack.adminUrl(OPD)}#/collections/berita-${OPD}/new`);
    await page.getByRole('button', { name: 'Simpan' }).waitFor({ timeout: 120_000 });
    await page.getByLabel('Judul', { exact: true }).waitFor({ timeout: 120_000 });
    await page.context().close();
  }, 300_000);
});
