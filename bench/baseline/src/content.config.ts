// The corpus's news posts, read in place (BASELINE_CONTENT = <corpus>/content/opd) by Astro's own glob loader.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.BASELINE_CONTENT;
if (!base) throw new Error('BASELINE_CONTENT is not set (the content/opd folder of a corpus)');

export const collections = {
  berita: defineCollection({
    // `<opd>/berita/<file>.md` becomes the slug `<opd>--<file>` (one path segment for [slug].astro).
    loader: glob({ pattern: '*/berita/*.md', base, generateId: ({ entry }) => entry.replace('/berita/', '--').replace(/\.md$/, '') }),
  }),
};
