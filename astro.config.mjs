// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { parse } from 'yaml';
import { largeChunkWarning, onwarn } from './src/build/vite-warnings.ts';

/** The public base URL comes from content/pemda.yaml (the regency's config), not from code. */
const { situs } = parse(readFileSync(new URL('./content/pemda.yaml', import.meta.url), 'utf8'));

export default defineConfig({
  site: situs,
  trailingSlash: 'always',
  // Stylesheets are hashed files under /_astro/, never inline: a reader's phone fetches them once for every page
  // (inline, each page repeated ~10 KB of CSS: 145 MB of a five-year site's 360 MB, written by Astro and read again
  // by Pagefind), and the pages need no 'unsafe-inline' or hashes for styles (src/layouts/csp.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The CMS (/admin/) is a tool for editors, not public content: kept out of the sitemap (and robots.txt).
  // sitemap-index.xml lists chunks of at most 10,000 addresses (about 1 MB each): five years of content are
  // some 30,000 pages, and one file with all of them is slow for crawlers to fetch and for anyone to open.
  integrations: [sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/'), entryLimit: 10_000 })],
  devToolbar: { enabled: false },
  // Content-Security-Policy as <meta> in every page, with the hashes of any inline <style> Astro would emit (none)
  // (https://docs.astro.build/en/reference/configuration-reference/#securitycsp). 'self' is named here because a
  // page that adds a source would otherwise replace Astro's default; the directives per kind of page are added by
  // the pages themselves (src/layouts/csp.ts). Not active in `astro dev`.
  security: { csp: { algorithm: 'SHA-256', scriptDirective: { resources: ["'self'"] }, styleDirective: { resources: ["'self'"] } } },
  // The site renders markdown itself (src/lib/render.ts): Astro's highlighter would only add inline styles that
  // the policy above refuses (and a warning to every build).
  markdown: { syntaxHighlight: false },
  vite: {
    // Warnings about third-party code (the Decap CMS bundle) are dropped, ours kept: src/build/vite-warnings.ts.
    plugins: [largeChunkWarning()],
    build: {
      rolldownOptions: { onwarn },
      // Scripts stay files (/_astro/*.js), never inline: the search page then needs no script hash, and a header
      // policy (docs/deploy.md) that cannot know this build's hashes allows exactly what the <meta> allows.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
