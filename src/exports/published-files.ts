/**
 * The exact text of the generated downloads (dataset JSON, DIP CSV and JSON), shared by their routes and by the
 * open-data metadata, so that the byte size and SHA-256 a harvester reads in the catalogue are those of the file it
 * downloads. Only the size and hash are remembered per build (never the bytes: a thousand 5 MB CSVs would not fit).
 */
import { createHash } from 'node:crypto';
import type { Entry } from '../content/model.ts';
import type { Dataset } from '../schemas/index.ts';
import { datasetRecords, readDatasetBytes, readDatasetData } from '../site/dataset-view.ts';
import type { SiteModel } from '../site/model.ts';
import { aplikasiCsv, aplikasiJson, aplikasiRows } from './aplikasi.ts';
import { toCsv } from './csv.ts';
import { datasetJson } from './dataset.ts';
import { dipCsvHeader, dipCsvRows, dipJson, dipRows } from './dip.ts';
import { dipAdoptionOf } from '../penetapan/adoption.ts';

export interface FileFacts {
  /** Bytes as published. */
  size: number;
  /** SHA-256 of those bytes, lowercase hex. */
  sha256: string;
}

/** A CSV and its generated JSON, as every catalogue entry publishes them. */
export interface DownloadFacts {
  csv: FileFacts;
  json: FileFacts;
}

/** Size and SHA-256 of published bytes; text is published as UTF-8 (what an Astro endpoint writes for a string body). */
export function factsOf(content: Uint8Array | string): FileFacts {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The dataset's JSON download, as its route publishes it. */
export async function datasetJsonText(site: SiteModel, entry: Entry<Dataset>): Promise<string> {
  // A CSV that is not UTF-8 (the validator reports it) yields the metadata with no records.
  const data = await readDatasetData(site.tree, entry);
  const body = datasetJson(entry, site.opds.get(entry.opd)!, data ? datasetRecords(entry.data, data) : [], site.pemda);
  return JSON.stringify(body, null, 1);
}

/** /informasi/dip.csv, with the byte order mark that makes Excel read it as UTF-8 ("–" instead of "â€“"). */
export function dipCsvText(site: SiteModel): string {
  return `\uFEFF${toCsv(dipCsvHeader(), dipCsvRows(dipRows(site), site.pemda.situs))}`;
}

/** /informasi/dip.json. */
export function dipJsonText(site: SiteModel): string {
  const adoption = dipAdoptionOf(site);
  return JSON.stringify(dipJson(dipRows(site, adoption), site.pemda.situs, site.pemda.nama, adoption), null, 1);
}

/** /aplikasi/aplikasi.csv: the application inventory. */
export function aplikasiCsvText(site: SiteModel): string {
  return aplikasiCsv(aplikasiRows(site), site.pemda.situs);
}

/** /aplikasi/aplikasi.json. */
export function aplikasiJsonText(site: SiteModel): string {
  return JSON.stringify(aplikasiJson(aplikasiRows(site), site.pemda.situs, site.pemda.nama), null, 1);
}

/** Per build (one site model), the facts already computed, by site path of the download's owner. */
const remembered = new WeakMap<SiteModel, Map<string, Promise<DownloadFacts | null>>>();

function remember(site: SiteModel, key: string, compute: () => Promise<DownloadFacts | null>): Promise<DownloadFacts | null> {
  let facts = remembered.get(site);
  if (!facts) remembered.set(site, (facts = new Map()));
  let found = facts.get(key);
  if (!found) facts.set(key, (found = compute()));
  return found;
}

/** Facts of a dataset's CSV (the uploaded bytes) and JSON; null when the dataset has no CSV, so no downloads. */
export function datasetDownloadFacts(site: SiteModel, entry: Entry<Dataset>): Promise<DownloadFacts | null> {
  return remember(site, entry.path, async () => {
    const bytes = await readDatasetBytes(site.tree, entry);
    if (!bytes) return null;
    return { csv: factsOf(bytes), json: factsOf(await datasetJsonText(site, entry)) };
  });
}

/** Facts of the DIP's CSV and JSON downloads. */
export async function dipDownloadFacts(site: SiteModel): Promise<DownloadFacts> {
  const facts = await remember(site, 'dip', async () => ({ csv: factsOf(dipCsvText(site)), json: factsOf(dipJsonText(site)) }));
  return facts!;
}

/** Facts of the application inventory's CSV and JSON downloads. */
export async function aplikasiDownloadFacts(site: SiteModel): Promise<DownloadFacts> {
  const facts = await remember(site, 'aplikasi', async () => ({ csv: factsOf(aplikasiCsvText(site)), json: factsOf(aplikasiJsonText(site)) }));
  return facts!;
}
