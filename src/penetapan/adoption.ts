/**
 * Which decree adopted the DIP a page or download shows, and which of its entries came after: the newest decree of
 * the list's owner (an OPD's own decree, else the regency's, whose list includes every OPD) and the frozen archive of
 * that decree's year (content/…/arsip/dip-<tahun>.json, written by `npm run dip:tetapkan`). An entry whose page is not
 * in that archive was added after the adoption. Chosen from content alone (no clock), so a build is reproducible.
 */
import type { ContentTree } from '../content/tree.ts';
import { dipArchivePath } from '../content/paths.ts';
import { urls } from '../lib/urls.ts';
import { latestPenetapan, type Penetapan } from '../schemas/penetapan.ts';
import type { Pemda } from '../schemas/pemda.ts';
import type { Opd } from '../schemas/opd.ts';

/** What the site needs of a frozen archive: its year and the pages of the entries it lists. */
export interface DipArchiveFacts {
  tahun: number;
  /** Site paths of the archived entries (`/opd/<opd>/informasi/<slug>/`), read from each row's `url`. */
  keys: Set<string>;
}

/** The frozen archives of a tree by repository path (an unreadable one is left out: the validator reports it). */
export type DipArchives = ReadonlyMap<string, DipArchiveFacts>;

export interface DipAdoption {
  /** Whose decree: the regency (PPID Utama) or the OPD's PPID Pelaksana. */
  owner: { kind: 'pemda' } | { kind: 'opd'; opd: string };
  /** The newest decree adopting the DIP, and the newest adopting the DIK. */
  dip?: Penetapan;
  dik?: Penetapan;
  /** Site path of a decree's file. */
  berkasUrl: (p: Penetapan) => string;
  /** The frozen DIP of the DIP decree's year, when it was made. */
  arsip?: { url: string; keys: ReadonlySet<string> };
}

/** Parses the frozen archives of the tree; rows are matched by the path of their `url` (the host may change). */
export async function readDipArchives(tree: ContentTree): Promise<Map<string, DipArchiveFacts>> {
  const out = new Map<string, DipArchiveFacts>();
  for (const file of tree.files) {
    if (file.kind !== 'arsip-dip' || !file.regular || file.symlink) continue;
    const facts = parseDipArchive((await tree.read(file, file.size)).toString('utf8'));
    if (facts) out.set(file.path, facts);
  }
  return out;
}

/** The year and entry keys of an archive's text, or undefined when it is not a frozen DIP. */
export function parseDipArchive(text: string): DipArchiveFacts | undefined {
  try {
    const json = JSON.parse(text) as { tahun?: unknown; data?: unknown };
    if (typeof json.tahun !== 'number' || !Array.isArray(json.data)) return undefined;
    const keys = new Set<string>();
    for (const row of json.data as { url?: unknown }[]) {
      if (typeof row?.url !== 'string') return undefined;
      keys.add(new URL(row.url).pathname);
    }
    return { tahun: json.tahun, keys };
  } catch {
    return undefined;
  }
}

/** The key an entry has in an archive: the path of its page. */
export function dipEntryKey(opd: string, slug: string): string {
  return urls.informasi(opd, slug);
}

interface AdoptionSource {
  pemda: Pemda;
  opds: ReadonlyMap<string, { data: Opd }>;
  dipArsip: DipArchives;
}

function adoptionFrom(site: AdoptionSource, decrees: readonly Penetapan[], owner: DipAdoption['owner']): DipAdoption {
  const folder = owner.kind === 'opd' ? owner.opd : site.pemda.ppid_utama;
  const dip = latestPenetapan(decrees, 'dip');
  const opd = owner.kind === 'opd' ? owner.opd : undefined;
  const archive = dip && site.dipArsip.get(dipArchivePath(dip.tahun, opd));
  return {
    owner,
    dip,
    dik: latestPenetapan(decrees, 'dik'),
    berkasUrl: (p) => urls.opdFile(folder, p.berkas),
    arsip: dip && archive ? { url: opd ? urls.dipArsipOpd(opd, dip.tahun) : urls.dipArsip(dip.tahun), keys: archive.keys } : undefined,
  };
}

/**
 * The adoption behind the regency's DIP, or behind one OPD's: the OPD's own decrees when it has any, else the
 * regency's (the PPID Utama's decree adopts the consolidated list, every OPD's entries included).
 */
export function dipAdoptionOf(site: AdoptionSource, opd?: string): DipAdoption {
  const own = opd ? site.opds.get(opd)?.data.penetapan_dip ?? [] : [];
  if (opd && own.length > 0) return adoptionFrom(site, own, { kind: 'opd', opd });
  return adoptionFrom(site, site.pemda.penetapan_dip, { kind: 'pemda' });
}
