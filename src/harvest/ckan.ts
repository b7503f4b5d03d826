/**
 * A CKAN DataStore resource through `datastore_search` (CKAN API docs, "ckanext.datastore.logic.action.
 * datastore_search"): pages of `result.records` requested with `offset`/`limit` until `result.total` is reached.
 * The offset advances by what the server actually returned (servers cap `limit` at `ckan.datastore.search.rows_max`),
 * and paging stops with a failure when a page comes back empty early or the page count exceeds what the total
 * allows: a misbehaving server can never keep the job paging forever. The size limit holds for all pages together.
 */
import { HarvestFailure } from './failure.ts';
import { fetchLimited, type FetchLimits } from './fetch-source.ts';
import { decodeSource } from './decode.ts';
import { parseJson, tableFromRecords, type SourceTable } from './source-table.ts';

/** Records asked per page; a server may return fewer. */
export const CKAN_PAGE_SIZE = 1000;
/** Pages beyond this are refused whatever `total` says (a million rows would never fit the CSV size limit anyway). */
export const CKAN_MAX_PAGES = 1000;

interface CkanPage {
  total: number;
  records: unknown[];
}

function pageOf(document: unknown, offset: number): CkanPage {
  const body = document as { success?: unknown; result?: { total?: unknown; records?: unknown } } | null;
  if (!body || typeof body !== 'object' || body.success !== true) throw new HarvestFailure(`API CKAN menjawab tanpa \`success: true\` pada offset ${offset}; periksa \`resource_id\` di \`sumber.url\``);
  const { total, records } = body.result ?? {};
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0 || !Array.isArray(records)) {
    throw new HarvestFailure(`jawaban API CKAN pada offset ${offset} tidak memuat \`result.total\` dan \`result.records\`; apakah \`sumber.url\` menunjuk ke datastore_search?`);
  }
  return { total, records };
}

/** Every record of the resource at `url` (a `datastore_search` URL with `resource_id`). */
export async function fetchCkanTable(url: string, limits: FetchLimits): Promise<SourceTable> {
  const records: unknown[] = [];
  let total: number | undefined;
  let budget = limits.maxBytes;
  for (let page = 0, offset = 0; total === undefined || offset < total; page++) {
    // Every page adds at least one record (an empty one fails below), so paging ends by `total`; this caps a huge total.
    if (page >= CKAN_MAX_PAGES) throw new HarvestFailure(`API CKAN masih memberi halaman setelah ${page} halaman; pengambilan dihentikan`);
    const pageUrl = new URL(url);
    pageUrl.searchParams.set('offset', String(offset));
    pageUrl.searchParams.set('limit', String(CKAN_PAGE_SIZE));
    const fetched = await fetchLimited(pageUrl.href, { ...limits, maxBytes: budget, declaredMaxBytes: limits.maxBytes });
    budget -= fetched.bytes.byteLength;
    const current = pageOf(parseJson(decodeSource(fetched.bytes, fetched.contentType)), offset);
    total ??= current.total;
    if (current.records.length === 0 && offset < total) {
      throw new HarvestFailure(`API CKAN berhenti memberi rekaman pada offset ${offset} dari total ${total}; data tidak lengkap, tidak ditulis`);
    }
    records.push(...current.records);
    offset += current.records.length;
  }
  if (records.length > total) throw new HarvestFailure(`API CKAN memberi ${records.length} rekaman padahal totalnya ${total}`);
  return tableFromRecords(records);
}
