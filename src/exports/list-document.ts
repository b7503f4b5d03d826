/** The DCAT-AP document of a regency-wide list (DIP, application inventory), or an empty graph while the list is empty. */
import type { SiteModel } from '../site/model.ts';
import { datasetDocument } from './dcat.ts';
import { catalogEntryAt } from './open-data.ts';

export async function listDocument(site: SiteModel, page: string): Promise<object> {
  const entry = await catalogEntryAt(site, page);
  // An empty list is not in the catalogue; its address still answers, so links to it never break.
  return entry ? datasetDocument(entry, site.pemda.situs) : { '@context': {}, '@graph': [] };
}
