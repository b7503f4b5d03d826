/** DCAT-AP JSON-LD of the sample catalogue: mandatory properties, offline expansion, vocabularies, periode, spatial. */
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { APLIKASI_NAME, DIP_NAME } from '../../src/exports/catalog-lists.ts';
import { datasetEntry } from '../../src/exports/catalog.ts';
import { catalogDocument, datasetDocument, DCAT_CONTEXT } from '../../src/exports/dcat.ts';
import { FREQUENCY_URI, licenceOf } from '../../src/exports/open-data-vocab.ts';
import { parsePeriode } from '../../src/exports/periode.ts';
import { datasetDownloadFacts } from '../../src/exports/published-files.ts';
import { FREKUENSI } from '../../src/schemas/index.ts';
import { sampleCatalog } from './sample-catalog.ts';

/** Dataset entries are named `<opd>_<slug>`; the regency-wide lists have no underscore. */
const isDataset = (e: { name: string }) => e.name.includes('_');
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const VCARD = 'http://www.w3.org/2006/vcard/ns#';
const SPDX = 'http://spdx.org/rdf/terms#';

/** Refuses every fetch: the documents must expand with their inline @context alone. */
const offline = async (url: string): Promise<never> => {
  throw new Error(`network refused: ${url}`);
};

type Node = Record<string, { '@value'?: unknown; '@id'?: string; '@language'?: string; '@type'?: string }[] & Node[]>;
const expand = async (doc: object) => (await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader: offline })) as unknown as Node[];
const one = (node: Node, property: string) => {
  expect(node[property], property).toHaveLength(1);
  return node[property][0];
};

describe('DCAT-AP catalogue of the sample', () => {
  it('lists the DIP and every sample dataset that has its CSV', async () => {
    const { site, entries } = await sampleCatalog();
    const withCsv = [];
    for (const d of site.datasets) if (await datasetDownloadFacts(site, d)) withCsv.push(d);
    expect(withCsv.length).toBeGreaterThanOrEqual(10);
    expect(entries.map((e) => e.name)).toEqual([DIP_NAME, APLIKASI_NAME, ...withCsv.map((d) => `${d.opd}_${d.slug}`)]);
  });

  it('has an inline @context (no remote URL) and expands offline with every mandatory property', async () => {
    const { site, entries } = await sampleCatalog();
    const doc = catalogDocument(entries, site.pemda);
    expect(doc['@context']).toEqual(DCAT_CONTEXT);
    const [catalog] = await expand(doc);
    expect(catalog['@type']).toEqual([`${DCAT}Catalog`]);
    expect(one(catalog, `${DCT}title`)['@language']).toBe('id');
    expect(one(catalog, `${DCT}description`)['@value']).toBeTruthy();
    expect(one(one(catalog, `${DCT}publisher`) as Node, `${FOAF}name`)['@value']).toBe(site.pemda.nama);
    const datasets = catalog[`${DCAT}dataset`] as Node[];
    expect(datasets).toHaveLength(entries.length);
    for (const dataset of datasets) {
      expect(dataset['@type']).toEqual([`${DCAT}Dataset`]);
      expect(one(dataset, `${DCT}title`)['@language']).toBe('id');
      expect(String(one(dataset, `${DCT}description`)['@value']).length).toBeGreaterThan(20);
      expect(one(one(dataset, `${DCT}publisher`) as Node, `${FOAF}name`)['@value']).toBeTruthy();
      expect(one(one(dataset, `${DCAT}contactPoint`) as Node, `${VCARD}hasEmail`)['@id']).toMatch(/^mailto:[^@\s]+@[^@\s]+$/);
      expect(one(dataset, `${DCT}accrualPeriodicity`)['@id']).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/frequency\//);
      expect(one(dataset, `${DCT}modified`)['@value']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(dataset[`${DCAT}keyword`].length).toBeGreaterThan(0);
      const distributions = dataset[`${DCAT}distribution`] as Node[];
      expect(distributions.map((d) => one(d, `${DCAT}mediaType`)['@id'])).toEqual([
        'http://www.iana.org/assignments/media-types/text/csv', 'http://www.iana.org/assignments/media-types/application/json',
      ]);
      for (const d of distributions) {
        expect(one(d, `${DCAT}accessURL`)['@id']).toMatch(/^https:\/\/ppid\.demakkab\.go\.id\/.+\.(csv|json)$/);
        expect(Number(one(d, `${DCAT}byteSize`)['@value'])).toBeGreaterThan(0);
        const checksum = one(d, `${SPDX}checksum`) as Node;
        expect(one(checksum, `${SPDX}algorithm`)['@id']).toBe(`${SPDX}checksumAlgorithm_sha256`);
        expect(one(checksum, `${SPDX}checksumValue`)['@value']).toMatch(/^[0-9a-f]{64}$/);
        expect(one(d, `${DCT}license`)['@id']).toBe('http://publications.europa.eu/resource/authority/licence/CC_BY_4_0');
      }
    }
  });

  it('is valid RDF: every entry converts to N-Quads offline', async () => {
    const { site, entries } = await sampleCatalog();
    for (const entry of entries) {
      const quads = await jsonld.toRDF(datasetDocument(entry, site.pemda.situs) as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader: offline } as jsonld.Options.ToRdf);
      expect(String(quads)).toContain('<http://www.w3.org/ns/dcat#distribution>');
    }
  });

  it('maps every frekuensi onto the EU frequency table (semesteran is ANNUAL_2, not BIENNIAL)', () => {
    for (const f of Object.keys(FREKUENSI) as (keyof typeof FREKUENSI)[]) expect(FREQUENCY_URI[f]).toMatch(/\/frequency\/[A-Z_0-9]+$/);
    expect(FREQUENCY_URI.semesteran).toBe('http://publications.europa.eu/resource/authority/frequency/ANNUAL_2');
    expect(FREQUENCY_URI.tahunan).toBe('http://publications.europa.eu/resource/authority/frequency/ANNUAL');
  });

  it('gives the DIP its own entry: PPID Utama contact, the regency licence, the DIP downloads', async () => {
    const { site, entries } = await sampleCatalog();
    const dip = datasetDocument(entries[0], site.pemda.situs);
    expect(dip['dcat:contactPoint']['vcard:hasEmail']['@id']).toBe(`mailto:${site.pemda.email}`);
    expect(dip['dcat:distribution'][0]['dct:license']['@id']).toBe(licenceOf(site.pemda.lisensi_data).uri);
    expect(dip['dcat:distribution'].map((d) => d['dcat:downloadURL']['@id'])).toEqual([
      'https://ppid.demakkab.go.id/informasi/dip.csv', 'https://ppid.demakkab.go.id/informasi/dip.json',
    ]);
    expect(dip['dct:accrualPeriodicity']['@id']).toMatch(/\/IRREG$/);
  });

  it("uses the dataset's licence, its OPD's PPID e-mail, and a kecamatan office's own area", async () => {
    const { site, entries } = await sampleCatalog();
    const sample = site.datasets.find((d) => entries.some((e) => e.page === `/opd/${d.opd}/data/${d.slug}/`))!;
    const files = (await datasetDownloadFacts(site, sample))!;
    const kecamatan = [...site.opds.values()].find((o) => o.data.jenis === 'kecamatan')!;
    const entry = datasetEntry(site, { ...sample, opd: kecamatan.opd, data: { ...sample.data, lisensi: 'CC0-1.0' } }, files);
    const doc = datasetDocument(entry, site.pemda.situs);
    expect(doc['dct:spatial']['dct:identifier']).toBe(kecamatan.data.kode_wilayah);
    expect(doc['dct:spatial']['skos:prefLabel']['@value']).toMatch(/^Kecamatan /);
    expect(doc['dcat:distribution'][0]['dct:license']['@id']).toBe('http://publications.europa.eu/resource/authority/licence/CC0');
    expect(doc['dcat:contactPoint']['vcard:hasEmail']['@id']).toBe(`mailto:${kecamatan.data.ppid_pelaksana.email ?? kecamatan.data.email}`);
    const regency = datasetDocument(entries.find(isDataset)!, site.pemda.situs);
    expect(regency['dct:spatial']['dct:identifier']).toBe(site.pemda.kode_wilayah);
  });

  it("falls back to pemda.yaml's lisensi_data for a dataset whose YAML names no licence", async () => {
    const { site, entries } = await sampleCatalog();
    const sample = site.datasets.find((d) => entries.some((e) => e.page === `/opd/${d.opd}/data/${d.slug}/`))!;
    const files = (await datasetDownloadFacts(site, sample))!;
    const unlicensed = { ...sample, data: { ...sample.data, lisensi: undefined } };
    const regency = { ...site, pemda: { ...site.pemda, lisensi_data: 'CC0-1.0' } };
    expect(sample.data.lisensi).toBeDefined();
    expect(datasetEntry(regency, unlicensed, files).licence.code).toBe('CC0-1.0');
    expect(datasetEntry(regency, sample, files).licence.code).toBe(sample.data.lisensi);
  });

  it('keeps an unknown licence as its text, without inventing an IRI', () => {
    const unknown = licenceOf('Lisensi Pemkab 1.0');
    expect(unknown).toMatchObject({ title: 'Lisensi Pemkab 1.0', ckanId: 'lisensi-pemkab-1.0', open: false });
    expect(unknown.uri).toBeUndefined();
    expect(licenceOf('cc-by-4.0').uri).toBe('http://publications.europa.eu/resource/authority/licence/CC_BY_4_0');
  });
});

describe('periode as dct:temporal', () => {
  it.each([
    ['2025', '2025-01-01', '2025-12-31'],
    ['Tahun anggaran 2025', '2025-01-01', '2025-12-31'],
    ['2020–2024', '2020-01-01', '2024-12-31'],
    ['Tahun ajaran 2025/2026', '2025-07-01', '2026-06-30'],
    ['Semester I 2026', '2026-01-01', '2026-06-30'],
    ['Semester II 2025', '2025-07-01', '2025-12-31'],
    ['Triwulan III 2026', '2026-07-01', '2026-09-30'],
    ['Oktober 2026', '2026-10-01', '2026-10-31'],
    ['Februari 2024', '2024-02-01', '2024-02-29'],
    ['Januari–November 2024', '2024-01-01', '2024-11-30'],
    ['September–November 2026', '2026-09-01', '2026-11-30'],
    ['1 Januari–24 November 2026', '2026-01-01', '2026-11-24'],
    ['Desember 2025 s.d. Maret 2026', '2025-12-01', '2026-03-31'],
  ])('%s', (text, start, end) => {
    expect(parsePeriode(text)).toEqual({ start, end });
  });

  it.each(['Data sewaktu-waktu', 'Tahun ajaran 2025/2027', '31 Februari 2026', 'November–Januari 2026', 'Oktober'])('leaves out %s', (text) => {
    expect(parsePeriode(text)).toBeUndefined();
  });

  it('omits dct:temporal when the periode cannot be read', async () => {
    const { site, entries } = await sampleCatalog();
    const entry = { ...entries.find(isDataset)!, periode: undefined };
    expect('dct:temporal' in datasetDocument(entry, site.pemda.situs)).toBe(false);
  });
});
