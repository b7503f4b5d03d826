/** The frozen DIPs as the build publishes them: each archive's own bytes at its stable URL (never regenerated). */
import type { SiteModel } from '../site/model.ts';

export interface PublishedArchive {
  /** Repository path of the archive. */
  path: string;
  /** The OPD of an OPD's archive; undefined for the regency's. */
  opd?: string;
  /** File name without `.json`, e.g. `dip-2026`. */
  nama: string;
}

/** Every frozen DIP the site publishes (the ones the validator could read; others are reported, not published). */
export function publishedArchives(site: SiteModel): PublishedArchive[] {
  return [...site.dipArsip.keys()].map((path) => {
    const file = site.tree.files.find((f) => f.path === path)!;
    return { path, opd: file.opd, nama: file.slug };
  });
}

/** The archive's bytes exactly as committed. */
export async function archiveBytes(site: SiteModel, path: string): Promise<Buffer> {
  const file = site.tree.files.find((f) => f.path === path)!;
  return site.tree.read(file, file.size);
}
