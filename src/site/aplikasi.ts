/**
 * The application inventory as the site shows it: systems grouped by OPD (OPDs by name, systems by name), the
 * counts of src/content/integrasi.ts per OPD and for the regency, and the OPDs that list no system yet.
 */
import type { Entry, OpdEntry } from '../content/model.ts';
import { countIntegration, type IntegrationCount } from '../content/integrasi.ts';
import type { Aplikasi } from '../schemas/aplikasi.ts';
import { urls } from '../lib/urls.ts';
import { opdContent, type SiteModel } from './model.ts';

export interface OpdSystems {
  opd: OpdEntry;
  systems: Entry<Aplikasi>[];
  count: IntegrationCount;
}

export interface Inventory {
  /** OPDs with at least one listed system, by name. */
  groups: OpdSystems[];
  /** OPDs that list no system yet, by name. */
  without: OpdEntry[];
  /** Every listed system, whatever its status. */
  listed: number;
  total: IntegrationCount;
  byOpd: Map<string, OpdSystems>;
}

const computed = new WeakMap<SiteModel, Inventory>();

/** The inventory of the site (computed once per build: the home page, every OPD page and /aplikasi/ read it). */
export function inventoryOf(site: SiteModel): Inventory {
  const hit = computed.get(site);
  if (hit) return hit;
  const byOpd = new Map<string, OpdSystems>();
  for (const opd of site.opdList) byOpd.set(opd.opd, { opd, systems: [], count: { terhubung: 0, terdaftar: 0 } });
  for (const entry of site.aplikasi) byOpd.get(entry.opd)?.systems.push(entry);
  for (const group of byOpd.values()) {
    group.systems.sort((a, b) => a.data.nama.localeCompare(b.data.nama, 'id') || a.slug.localeCompare(b.slug));
    group.count = countIntegration(group.systems.map((e) => e.data));
  }
  const all = [...byOpd.values()];
  const inventory: Inventory = {
    groups: all.filter((g) => g.systems.length > 0),
    without: all.filter((g) => g.systems.length === 0).map((g) => g.opd),
    listed: site.aplikasi.length,
    total: countIntegration(site.aplikasi.map((e) => e.data)),
    byOpd,
  };
  computed.set(site, inventory);
  return inventory;
}

/** A dataset a system feeds: its page when the dataset is published, else only its slug (an invalid dataset has no page). */
export interface FedDataset {
  slug: string;
  judul?: string;
  href?: string;
}

export function fedDatasets(site: SiteModel, system: Entry<Aplikasi>): FedDataset[] {
  const published = new Map(opdContent(site, system.opd).datasets.map((d) => [d.slug, d.data.judul]));
  return system.data.dataset.map((slug) => {
    const judul = published.get(slug);
    return judul === undefined ? { slug } : { slug, judul, href: urls.dataset(system.opd, slug) };
  });
}

/** The address of a system as a link target: only http(s), whatever reached the model (the schema already requires it). */
export function webLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
