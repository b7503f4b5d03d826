// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { parse } from 'yaml';

/** The public base URL comes from content/pemda.yaml (the regency's config), not from code. */
const { situs } = parse(readFileSync(new URL('./content/pemda.yaml', import.meta.url), 'utf8'));

export default defineConfig({
  site: situs,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The CMS (/admin/) is a tool for editors, not public content: kept out of the sitemap (and robots.txt).
  integrations: [sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') })],
  devToolbar: { enabled: false },
});
