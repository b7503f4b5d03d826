/**
 * Read-only JSON shaped like CKAN's Action API v3 (CKAN 2.10+, https://docs.ckan.org/en/2.10/api/), published as
 * static files: package_list, package_show/<name>, organization_list, current_package_list_with_resources. Field by
 * field as CKAN's package_dictize and its show schema return them; ids are name-based UUIDs of the public URLs, so
 * they stay the same from build to build. No search, no parameters: those need a server.
 */
import { t } from '../i18n/id.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { uuidV5 } from '../lib/uuid.ts';
import type { SiteModel } from '../site/model.ts';
import { type CatalogDistribution, type CatalogEntry, type CatalogPublisher } from './catalog.ts';
import { applyFields, type FieldMap } from './field-map.ts';
import { FORMATS, type DownloadFormat } from './open-data-vocab.ts';

export interface CkanEnvelope<T> { help: string; success: true; result: T }

export interface CkanOrganization {
  id: string; name: string; title: string; type: 'organization'; description: string; image_url: string; created: string;
  is_organization: true; approval_status: 'approved'; state: 'active';
}

export interface CkanResource {
  id: string; package_id: string; url: string; format: DownloadFormat; name: string; description: string;
  mimetype: string; mimetype_inner: null; size: number; hash: string; position: number; created: string;
  last_modified: string; metadata_modified: string; state: 'active'; url_type: null; resource_type: null;
  cache_url: null; cache_last_updated: null;
}

export interface CkanTag { id: string; name: string; display_name: string; state: 'active'; vocabulary_id: null }
export interface CkanPackage {
  id: string; name: string; title: string; notes: string; url: string; version: null;
  author: string; author_email: string; maintainer: string; maintainer_email: string;
  license_id: string; license_title: string; license_url?: string; isopen: boolean;
  private: false; state: 'active'; type: 'dataset'; owner_org: string | null; organization: CkanOrganization | null;
  metadata_created: string; metadata_modified: string; num_resources: number; num_tags: number; resources: CkanResource[];
  tags: CkanTag[]; extras: { key: string; value: string }[];
  groups: never[]; relationships_as_subject: never[]; relationships_as_object: never[];
}

/** CKAN's timestamps: Python `datetime.isoformat()` of a naive UTC time (no zone; microseconds only when non-zero). */
export function ckanTimestamp(date: Date): string {
  const iso = date.toISOString();
  const ms = date.getUTCMilliseconds();
  return ms ? `${iso.slice(0, 19)}.${String(ms).padStart(3, '0')}000` : iso.slice(0, 19);
}

/** A keyword as a CKAN tag name: letters, digits, space, `-`, `_`, `.`; 2–100 characters (undefined when too short). */
export function ckanTagName(keyword: string): string | undefined {
  const name = keyword.replace(/[^\p{L}\p{N} _.-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 100).trim();
  return name.length >= 2 ? name : undefined;
}

/** An OPD as a CKAN organization; its name is the OPD slug (already CKAN-valid). */
export function ckanOrganization(p: CatalogPublisher, site: string): CkanOrganization {
  const created = ckanTimestamp(p.diperbarui);
  const id = uuidV5(absoluteUrl(p.page, site));
  return { id, name: p.opd, title: p.nama, type: 'organization', description: p.about, image_url: '', created, is_organization: true, approval_status: 'approved', state: 'active' };
}

type ResourceSource = { d: CatalogDistribution; position: number; entry: CatalogEntry; site: string };

const RESOURCE_FIELDS: FieldMap<ResourceSource, CkanResource> = {
  id: ({ d, site }) => uuidV5(absoluteUrl(d.path, site)),
  package_id: ({ entry, site }) => uuidV5(absoluteUrl(entry.page, site)),
  url: ({ d, site }) => absoluteUrl(d.path, site),
  format: ({ d }) => d.format,
  name: ({ d }) => d.title,
  description: ({ d }) => d.description,
  mimetype: ({ d }) => FORMATS[d.format].mediaType,
  mimetype_inner: () => null,
  size: ({ d }) => d.file.size,
  hash: ({ d }) => d.file.sha256,
  position: ({ position }) => position,
  created: ({ entry }) => ckanTimestamp(entry.modified),
  last_modified: ({ entry }) => ckanTimestamp(entry.modified),
  metadata_modified: ({ entry }) => ckanTimestamp(entry.modified),
  state: () => 'active',
  // null is CKAN's value for a link to a file hosted elsewhere (not uploaded into CKAN's FileStore).
  url_type: () => null,
  resource_type: () => null,
  cache_url: () => null,
  cache_last_updated: () => null,
};

type PackageSource = { entry: CatalogEntry; site: string };

/** Keywords as CKAN tags, once each, in name order (as CKAN lists them); a tag's id is the same in every package. */
function tagsOf({ entry, site }: PackageSource): CkanTag[] {
  const names = [...new Set(entry.keywords.map(ckanTagName).filter((n): n is string => n !== undefined))].sort();
  return names.map((name) => ({ id: uuidV5(absoluteUrl(`${urls.dataIndex()}#tag-${encodeURIComponent(name)}`, site)), name, display_name: name, state: 'active', vocabulary_id: null }));
}

const PACKAGE_FIELDS: FieldMap<PackageSource, CkanPackage> = {
  id: ({ entry, site }) => uuidV5(absoluteUrl(entry.page, site)),
  name: ({ entry }) => entry.name,
  title: ({ entry }) => entry.title,
  notes: ({ entry }) => entry.description,
  url: ({ entry, site }) => absoluteUrl(entry.page, site),
  version: () => null,
  author: ({ entry }) => entry.publisher.nama,
  author_email: ({ entry }) => entry.publisher.email,
  maintainer: ({ entry }) => entry.publisher.contact.nama,
  maintainer_email: ({ entry }) => entry.publisher.contact.email,
  license_id: ({ entry }) => entry.licence.ckanId,
  license_title: ({ entry }) => entry.licence.title,
  license_url: ({ entry }) => entry.licence.url,
  isopen: ({ entry }) => entry.licence.open,
  private: () => false,
  state: () => 'active',
  type: () => 'dataset',
  owner_org: ({ entry, site }) => (entry.publisher.opd ? uuidV5(absoluteUrl(entry.publisher.page, site)) : null),
  organization: ({ entry, site }) => (entry.publisher.opd ? ckanOrganization(entry.publisher, site) : null),
  // The portal keeps no creation date: both are the date of the newest data.
  metadata_created: ({ entry }) => ckanTimestamp(entry.modified),
  metadata_modified: ({ entry }) => ckanTimestamp(entry.modified),
  num_resources: ({ entry }) => entry.distributions.length,
  num_tags: (source) => tagsOf(source).length,
  resources: ({ entry, site }) => entry.distributions.map((d, position) => applyFields(RESOURCE_FIELDS, { d, position, entry, site })),
  tags: tagsOf,
  extras: ({ entry }) => entry.extras.map(([key, value]) => ({ key, value })),
  groups: () => [],
  relationships_as_subject: () => [],
  relationships_as_object: () => [],
};

/** One entry as CKAN's package dict. */
export function ckanPackage(entry: CatalogEntry, site: string): CkanPackage {
  return applyFields(PACKAGE_FIELDS, { entry, site });
}

/** CKAN's answer wrapper; `help` says what this static copy is (CKAN puts the action's docstring URL there). */
export function ckanEnvelope<T>(action: string, result: T, site: string): CkanEnvelope<T> {
  return { help: t('opendata.ckanHelp', { action, catalog: absoluteUrl(urls.dataCatalog(), site) }), success: true, result };
}

/** package_list: names in name order, as CKAN sorts them. */
export function packageList(entries: readonly CatalogEntry[]): string[] {
  return entries.map((e) => e.name).sort();
}

/** organization_list: every OPD's name, ordered by title (CKAN's default sort, `title asc`). */
export function organizationList(site: SiteModel): string[] {
  return site.opdList.map((opd) => opd.opd);
}

/** current_package_list_with_resources: full package dicts, most recently modified first. */
export function currentPackageList(entries: readonly CatalogEntry[], site: string): CkanPackage[] {
  return [...entries].sort((a, b) => b.modified.getTime() - a.modified.getTime() || a.name.localeCompare(b.name)).map((e) => ckanPackage(e, site));
}
