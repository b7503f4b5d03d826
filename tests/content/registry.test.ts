/**
 * The content-type registry is the one list of kinds: a registered type must have a page (when it declares one),
 * a CMS collection (when editors edit it), a validator route (path → kind → schema) and an upload rule. Pages are
 * checked in the sample site built by the global setup (dist/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../../src/cms/config.ts';
import { uploadEntryOf } from '../../src/compliance/activity.ts';
import { loadContent, modelEntries, schemaOf } from '../../src/content/model.ts';
import { classifyPath } from '../../src/content/paths.ts';
import { CMS_TYPES, CONTENT_TYPES, SECTION_FILTERS, sourcePath, UPLOAD_SECTIONS } from '../../src/content/types/index.ts';
import { DIST, ROOT } from '../site/built-site.ts';

const model = await loadContent(ROOT);

describe('content-type registry', () => {
  it.each(CONTENT_TYPES.map((t) => [t.kind, t] as const))('%s: the validator routes its files to its schema', (_kind, type) => {
    const path = sourcePath(type, 'dinkes', 'contoh-entri');
    expect(classifyPath(path).kind).toBe(type.kind);
    expect(schemaOf(classifyPath(path).kind)).toBe(type.schema);
  });

  it.each(CONTENT_TYPES.map((t) => [t.kind, t] as const))('%s: counts as an upload exactly when the registry says so', (_kind, type) => {
    const entry = uploadEntryOf(sourcePath(type, 'dinkes', 'contoh-entri'));
    if (type.upload) expect(entry).toMatchObject({ opd: 'dinkes', kind: type.section });
    else expect(entry).toBeNull();
  });

  it.each(CMS_TYPES.map((t) => [t.kind, t] as const))('%s: has a CMS collection for every OPD', (kind) => {
    const config = buildCmsConfig(model.pemda, { slug: 'dinkes', nama: 'Dinas Kesehatan', singkatan: 'Dinkes' }) as { collections: { name: string }[] };
    expect(config.collections.map((c) => c.name)).toContain(`${kind}-dinkes`);
  });

  it.each(CONTENT_TYPES.filter((t) => t.page !== false).map((t) => [t.kind, t] as const))('%s: its entries have built pages and a search filter', (kind, type) => {
    const entries = [...modelEntries(model)].filter((e) => e.kind === kind);
    expect(entries.length).toBeGreaterThan(0);
    for (const { entry } of entries.slice(0, 3)) {
      const url = (type.page as (opd: string, slug: string) => string)(entry.opd, entry.slug);
      // An entry without a page of its own (an application) is a row of a list page: that row carries the fragment id.
      const [path, fragment] = url.split('#');
      const page = join(DIST, path, 'index.html');
      expect(existsSync(page), `${path} dibangun`).toBe(true);
      if (fragment !== undefined) expect(readFileSync(page, 'utf8'), url).toContain(`id="${fragment}"`);
    }
    expect(SECTION_FILTERS).toContain(type.section);
  });

  it('derives the upload sections from the registry', () => {
    expect(UPLOAD_SECTIONS).toEqual(['berita', 'informasi', 'data', 'dokumen']);
  });

  it('keeps the dates of every file an entry owns, e.g. a news image, for the estimate without history', async () => {
    const { contentDates } = await import('../../src/compliance/content-dates.ts');
    const withImage = model.berita.find((e) => e.data.gambar);
    expect(withImage).toBeDefined();
    const image = `content/opd/${withImage!.opd}/${withImage!.data.gambar}`;
    expect(contentDates(model).get(image)).toBe(withImage!.data.tanggal.getTime());
  });
});
