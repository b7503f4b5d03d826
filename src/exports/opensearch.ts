/** OpenSearch description (https://github.com/dewitt/opensearch): lets a browser search the portal from its address bar. */
import { absoluteUrl, urls } from '../lib/urls.ts';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function openSearchXml(site: string, shortName: string, description: string): string {
  const search = `${absoluteUrl(urls.cari(), site)}?q={searchTerms}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(shortName.slice(0, 16))}</ShortName>
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
