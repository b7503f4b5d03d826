/** The application inventory as open data: its column map, formula-safe CSV, JSON, and its catalogue entry. */
import { describe, expect, it } from 'vitest';
import { APLIKASI_COLUMNS, aplikasiCsv, aplikasiJson, aplikasiRows } from '../../src/exports/aplikasi.ts';
import { APLIKASI_NAME } from '../../src/exports/catalog-lists.ts';
import { datasetDocument } from '../../src/exports/dcat.ts';
import { parseCsvRows } from '../../src/lib/csv.ts';
import { sampleCatalog } from './sample-catalog.ts';

describe('application inventory as open data', () => {
  it('writes one CSV row per system of the sample, with the map headers, OPDs in name order', async () => {
    const { site } = await sampleCatalog();
    const rows = aplikasiRows(site);
    expect(rows.length).toBeGreaterThan(0);
    const parsed = parseCsvRows(aplikasiCsv(rows, site.pemda.situs).replace(/^\uFEFF/, ''), ',');
    expect(parsed[0].cells).toEqual(APLIKASI_COLUMNS.map((c) => c.header));
    expect(parsed).toHaveLength(rows.length + 1);
    const opdOrder = site.opdList.map((o) => o.opd);
    const seen = rows.map((r) => opdOrder.indexOf(r.opd.opd));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('neutralises formulas in free text, like every CSV download of the portal', async () => {
    const { site } = await sampleCatalog();
    const [row] = aplikasiRows(site);
    const hostile = { ...row, entry: { ...row.entry, data: { ...row.entry.data, fungsi: '=HYPERLINK("https://evil.example")' } } };
    const parsed = parseCsvRows(aplikasiCsv([hostile], site.pemda.situs).replace(/^\uFEFF/, ''), ',');
    expect(parsed[1].cells[APLIKASI_COLUMNS.findIndex((c) => c.key === 'fungsi')]).toBe(`'=HYPERLINK("https://evil.example")`);
  });

  it('keys the JSON rows by column key and dates the list by its newest entry', async () => {
    const { site } = await sampleCatalog();
    const json = aplikasiJson(aplikasiRows(site), site.pemda.situs, site.pemda.nama);
    expect(Object.keys(json.data[0])).toEqual(APLIKASI_COLUMNS.map((c) => c.key));
    expect(json.diperbarui).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is a catalogue entry with the inventory downloads', async () => {
    const { site, entries } = await sampleCatalog();
    const entry = entries.find((e) => e.name === APLIKASI_NAME)!;
    const doc = datasetDocument(entry, site.pemda.situs);
    expect(doc['dcat:landingPage']['@id']).toBe('https://ppid.demakkab.go.id/aplikasi/');
    expect(doc['dcat:distribution'].map((d) => d['dcat:downloadURL']['@id'])).toEqual([
      'https://ppid.demakkab.go.id/aplikasi/aplikasi.csv', 'https://ppid.demakkab.go.id/aplikasi/aplikasi.json',
    ]);
  });
});
