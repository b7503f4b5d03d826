/** OpenSearch description (https://github.com/dewitt/opensearch): lets a browser search the portal from its address bar. */
import { absoluteUrl, urls } from '../lib/urls.ts';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** OpenSearch 1.1: the ShortName "must contain 16 or fewer characters of plain text". */
export const SHORT_NAME_MAX = 16;

/** Words that name the kind of government, not the place: "Pemkab Demak" is "Demak" when space is short. */
const GOVERNMENT_WORDS = /^(pemerintah|pemkab|pemkot|pemprov|kabupaten|kab\.?|kota|provinsi|prov\.?)$/i;

/** `text` cut at the last word boundary that keeps it within `max` characters (never in the middle of a word). */
export function truncateWords(text: string, max: number): string {
  const words = text.trim().split(/\s+/);
  let out = '';
  for (const word of words) {
    const next = out ? `${out} ${word}` : word;
    if (next.length > max) break;
    out = next;
  }
  // A single word longer than `max` has no boundary to cut at.
  return out || words[0].slice(0, max);
}

/** `Pemkab Demak` -> `Demak`: the place without the words for the kind of government (empty if nothing is left). */
export function placeName(singkatan: string): string {
  return singkatan.split(/\s+/).filter((w) => w && !GOVERNMENT_WORDS.test(w)).join(' ');
}

/**
 * The address-bar name of the portal: the first of `names` (longest first, e.g. `PPID Pemkab Demak`, `PPID Demak`)
 * that fits, else the last one cut at a word boundary.
 */
export function fitShortName(names: readonly string[]): string {
  const fits = names.find((n) => n.trim().length > 0 && n.trim().length <= SHORT_NAME_MAX);
  return fits?.trim() ?? truncateWords(names.at(-1) ?? '', SHORT_NAME_MAX);
}

export function openSearchXml(site: string, shortName: string, description: string): string {
  const search = `${absoluteUrl(urls.cari(), site)}?q={searchTerms}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(truncateWords(shortName, SHORT_NAME_MAX))}</ShortName>
  <Description>${escapeXml(description)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>id</Language>
  <Image height="16" width="16" type="image/svg+xml">${escapeXml(absoluteUrl('/favicon.svg', site))}</Image>
  <Url type="text/html" method="get" template="${escapeXml(search)}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(absoluteUrl(urls.openSearch(), site))}"/>
  <moz:SearchForm>${escapeXml(absoluteUrl(urls.cari(), site))}</moz:SearchForm>
</OpenSearchDescription>
`;
}
