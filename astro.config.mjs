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
  integrations: [sitemap()],
  devToolbar: { enabled: false },
});
