/**
 * The open-data exports of the built sample site (dist/): the DCAT-AP catalogue lists every dataset, every entry has
 * its CKAN package_show file, and the sizes and SHA-256 they state are those of the files the site serves.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/model.ts';
import { datasetCsvFile } from '../../src/site/dataset-view.ts';
import { DIST, ROOT } from './built-site.ts';

const SITE = 'https://ppid.demakkab.go.id';

const read = (path: string) => readFileSync(join(DIST, path));
const readJson = (path: string) => JSON.parse(read(path).toString('utf8'));
/** The built file behind an absolute URL of the site. */
const fileOf = (url: string) => {
  expect(url.startsWith(`${SITE}/`), url).toBe(true);
  return read(decodeURIComponent(new URL(url).pathname));
};
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

type Distribution = { 'dcat:downloadURL': { '@id': string }; 'dcat:byteSize': { '@value': string }; 'spdx:checksum': { 'spdx:checksumValue': { '@value': string } } };
type Dataset = { '@id': string; 'dcat:distribution': Distribution[] };

describe('open data in the built site', () => {
  it('/data/catalog.jsonld lists every sample dataset with a CSV, the DIP and the inventory', async () => {
    const model = await loadContent(ROOT);
    const withCsv = model.datasets.filter((d) => datasetCsvFile(model.tree, d));
    expect(withCsv.length).toBeGreaterThanOrEqual(10);
    const catalog = readJson('data/catalog.jsonld');
    expect(typeof catalog['@context']).toBe('object');
    const ids = (catalog['dcat:dataset'] as Dataset[]).map((d) => d['@id']);
    const expected = [`${SITE}/informasi/`, `${SITE}/aplikasi/`, ...withCsv.map((d) => `${SITE}/opd/${d.opd}/data/${d.slug}/`)];
    expect([...ids].sort()).toEqual([...expected].sort());
  });

  it('states the byte size and SHA-256 of the files as published', () => {
    const catalog = readJson('data/catalog.jsonld');
    for (const dataset of catalog['dcat:dataset'] as Dataset[]) {
      for (const d of dataset['dcat:distribution']) {
        const bytes = fileOf(d['dcat:downloadURL']['@id']);
        expect(Number(d['dcat:byteSize']['@value']), d['dcat:downloadURL']['@id']).toBe(bytes.byteLength);
        expect(d['spdx:checksum']['spdx:checksumValue']['@value'], d['dcat:downloadURL']['@id']).toBe(sha256(bytes));
      }
    }
  });

  it('has a package_show file for every package_list name, with the same resources, sizes and hashes', () => {
    const list = readJson('api/3/action/package_list.json');
    expect(list.success).toBe(true);
    const names: string[] = list.result;
    const files = readdirSync(join(DIST, 'api/3/action/package_show')).map((f) => f.replace(/\.json$/, ''));
    expect([...files].sort()).toEqual(names);
    const catalog = readJson('data/catalog.jsonld');
    expect(names).toHaveLength(catalog['dcat:dataset'].length);
    for (const name of names) {
      const { result: pkg } = readJson(`api/3/action/package_show/${name}.json`);
      expect(pkg.name).toBe(name);
      expect(pkg.num_resources).toBe(2);
      for (const r of pkg.resources as { url: string; size: number; hash: string }[]) {
        const bytes = fileOf(r.url);
        expect(r.size, r.url).toBe(bytes.byteLength);
        expect(r.hash, r.url).toBe(sha256(bytes));
      }
    }
  });

  it('publishes organization_list and current_package_list_with_resources in the CKAN envelope', () => {
    const orgs = readJson('api/3/action/organization_list.json');
    expect(orgs).toMatchObject({ success: true });
    expect(orgs.result.length).toBeGreaterThanOrEqual(42);
    const current = readJson('api/3/action/current_package_list_with_resources.json');
    expect(current.result.map((p: { name: string }) => p.name).sort()).toEqual(readJson('api/3/action/package_list.json').result);
    for (const p of current.result as { owner_org: string; organization: { name: string } }[]) expect(orgs.result).toContain(p.organization.name);
  });

  it('links every dataset page to its own JSON-LD document, which exists', async () => {
    const model = await loadContent(ROOT);
    for (const d of model.datasets.filter((e) => datasetCsvFile(model.tree, e))) {
      const html = read(`opd/${d.opd}/data/${d.slug}/index.html`).toString('utf8');
      const href = `/opd/${d.opd}/data/${d.slug}.jsonld`;
      expect(html).toContain(`<link rel="alternate" type="application/ld+json"`);
      expect(html).toContain(`href="${href}"`);
      const doc = readJson(href.slice(1));
      expect(doc['@id']).toBe(`${SITE}/opd/${d.opd}/data/${d.slug}/`);
    }
    expect(existsSync(join(DIST, 'informasi/dip.jsonld'))).toBe(true);
    expect(existsSync(join(DIST, 'aplikasi/aplikasi.jsonld'))).toBe(true);
  });
});
