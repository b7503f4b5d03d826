/** The CKAN-style JSON: package_show has CKAN's keys and JSON types (tests/fixtures/ckan/), names and ids are valid and stable. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APLIKASI_NAME, DIP_NAME } from '../../src/exports/catalog-lists.ts';
import { ckanName } from '../../src/exports/catalog.ts';
import { ckanEnvelope, ckanPackage, ckanTagName, ckanTimestamp, currentPackageList, organizationList, packageList } from '../../src/exports/ckan.ts';
import { uuidV5 } from '../../src/lib/uuid.ts';
import { sampleCatalog } from './sample-catalog.ts';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/ckan/package_show.json', import.meta.url), 'utf8'));

/** Keys CKAN returns only in some cases (a dataset created by a logged-in user, a licence with a URL, the DataStore). */
const OPTIONAL = new Set(['creator_user_id', 'license_url', 'datastore_active']);
/** Keys CKAN's show schema keeps when they are None, so either side may hold null (default_show_package_schema). */
const NULLABLE = new Set([
  'author', 'author_email', 'maintainer', 'maintainer_email', 'license_id', 'notes', 'url', 'version', 'owner_org', 'organization',
  'metadata_created', 'mimetype', 'mimetype_inner', 'size', 'hash', 'last_modified', 'cache_url', 'cache_last_updated', 'url_type',
  'resource_type', 'description', 'name', 'created', 'metadata_modified', 'vocabulary_id',
]);

const jsonType = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Differences in keys and JSON types between our object and CKAN's, recursively (arrays by their first item). */
function shapeDifferences(ours: unknown, ckan: unknown, path = ''): string[] {
  const [a, b] = [jsonType(ours), jsonType(ckan)];
  const key = path.split('.').at(-1)!.replace(/\[\]$/, '');
  if (a !== b) return a === 'null' || b === 'null' ? (NULLABLE.has(key) ? [] : [`${path}: ${a} vs ${b}`]) : [`${path}: ${a} vs ${b}`];
  if (a === 'array') {
    const [x, y] = [(ours as unknown[])[0], (ckan as unknown[])[0]];
    return x === undefined || y === undefined ? [] : shapeDifferences(x, y, `${path}[]`);
  }
  if (a !== 'object') return [];
  const [o, c] = [ours as Record<string, unknown>, ckan as Record<string, unknown>];
  const problems = Object.keys(c).filter((k) => !(k in o) && !OPTIONAL.has(k)).map((k) => `${path}.${k}: missing`);
  problems.push(...Object.keys(o).filter((k) => !(k in c)).map((k) => `${path}.${k}: not a CKAN key`));
  for (const k of Object.keys(o)) if (k in c) problems.push(...shapeDifferences(o[k], c[k], `${path}.${k}`));
  return problems;
}

/** Dataset entries are named `<opd>_<slug>`; the regency-wide lists have no underscore. */
const isDataset = (e: { name: string }) => e.name.includes('_');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CKAN_NAME = /^[a-z0-9_-]{2,100}$/;

describe('CKAN package_show', () => {
  it('has the keys and JSON types of CKAN 2.10 for every catalogue entry, in the CKAN envelope', async () => {
    const { site, entries } = await sampleCatalog();
    for (const entry of entries) {
      const answer = ckanEnvelope('package_show', ckanPackage(entry, site.pemda.situs), site.pemda.situs);
      expect(shapeDifferences(answer, fixture), entry.name).toEqual([]);
      expect(answer.success).toBe(true);
    }
  });

  it('describes the downloads with absolute URLs, sizes, SHA-256 and positions, and the OPD as organization', async () => {
    const { site, entries } = await sampleCatalog();
    const entry = entries.find(isDataset)!;
    const pkg = ckanPackage(entry, site.pemda.situs);
    expect(pkg.resources.map((r) => [r.format, r.mimetype, r.position])).toEqual([['CSV', 'text/csv', 0], ['JSON', 'application/json', 1]]);
    for (const r of pkg.resources) {
      expect(r.url).toMatch(/^https:\/\/ppid\.demakkab\.go\.id\/opd\/.+\.(csv|json)$/);
      expect(r.package_id).toBe(pkg.id);
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.size).toBeGreaterThan(0);
    }
    expect(pkg.organization).toMatchObject({ name: entry.publisher.opd, type: 'organization', is_organization: true, id: pkg.owner_org });
    expect(pkg.license_id).toBe('cc-by');
    expect(pkg.num_tags).toBe(pkg.tags.length);
    expect(pkg.extras.map((e) => e.key)).toEqual(expect.arrayContaining(['frekuensi', 'tingkat_penyajian', 'walidata', 'periode']));
    expect([pkg.id, pkg.owner_org, ...pkg.resources.map((r) => r.id), ...pkg.tags.map((t) => t.id)].every((id) => UUID.test(id!))).toBe(true);
  });
});

describe('CKAN lists', () => {
  it('package_list holds every entry once, with valid names, in name order', async () => {
    const { entries } = await sampleCatalog();
    const names = packageList(entries);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(entries.length);
    expect(names.every((n) => CKAN_NAME.test(n))).toBe(true);
    expect(names).toEqual(expect.arrayContaining([DIP_NAME, APLIKASI_NAME]));
  });

  it('organization_list names every OPD by title order; current_package_list is newest first', async () => {
    const { site, entries } = await sampleCatalog();
    const orgs = organizationList(site);
    expect(orgs).toHaveLength(site.opds.size);
    expect(orgs.every((n) => CKAN_NAME.test(n))).toBe(true);
    const current = currentPackageList(entries, site.pemda.situs);
    expect(current).toHaveLength(entries.length);
    for (let i = 1; i < current.length; i++) expect(current[i - 1].metadata_modified >= current[i].metadata_modified).toBe(true);
  });
});

describe('CKAN names, ids, tags and timestamps', () => {
  it('keeps names unique, lowercase and at most 100 characters', () => {
    expect(ckanName('a-b', 'c')).not.toBe(ckanName('a', 'b-c'));
    const long = ckanName('dinas-pemberdayaan-masyarakat-dan-desa', 'x'.repeat(90));
    expect(long).toHaveLength(100);
    expect(long).toMatch(CKAN_NAME);
    expect(long).not.toBe(ckanName('dinas-pemberdayaan-masyarakat-dan-desa', `${'x'.repeat(89)}y`));
  });

  it('derives version-5 UUIDs (RFC 9562 test vector) that do not change between builds', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('https://ppid.demakkab.go.id/')).toBe(uuidV5('https://ppid.demakkab.go.id/'));
  });

  it('writes tag names CKAN accepts and timestamps as CKAN does', () => {
    expect(ckanTagName('puting beliung')).toBe('puting beliung');
    expect(ckanTagName('APBD (perubahan)/2025')).toBe('APBD perubahan 2025');
    expect(ckanTagName('#')).toBeUndefined();
    expect(ckanTimestamp(new Date('2026-11-25T00:00:00+07:00'))).toBe('2026-11-24T17:00:00');
    expect(ckanTimestamp(new Date('2026-11-25T09:30:00.250+07:00'))).toBe('2026-11-25T02:30:00.250000');
  });
});
