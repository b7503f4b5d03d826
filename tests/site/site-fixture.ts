/** Shared by the browser tests: the built sample site served on 127.0.0.1, a browser, and the content model. */
import { loadContent } from '../../src/content/model.ts';
import { siteModelOf, type SiteModel } from '../../src/site/model.ts';
import { launchBrowser, type Browser, type LaunchOptions } from './browser.ts';
import { DIST, ROOT, ensureSiteBuilt } from './built-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface SiteUnderTest {
  server: StaticServer;
  browser: Browser;
  site: SiteModel;
  close: () => Promise<void>;
}

/**
 * The shared site runs with the Content-Security-Policy bypassed by default: the accessibility audits (here and in
 * tests/compliance) inject axe-core with `addScriptTag`. tests/site/csp.e2e.test.ts opens it with the policy
 * enforced, as visitors get it.
 */
export async function openBuiltSite(options: LaunchOptions = { bypassCSP: true }): Promise<SiteUnderTest> {
  await ensureSiteBuilt();
  const site = siteModelOf(await loadContent(ROOT));
  const server = await serveStatic(DIST);
  const browser = await launchBrowser(undefined, options);
  return {
    server,
    browser,
    site,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
