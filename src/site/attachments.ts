/**
 * Which DIP entries attach a file (`lampiran` of content/opd/<opd>/informasi/*.md): a document page names the
 * rincian of those entries, and /anggaran/ lists an attached document under its entry rather than twice.
 */
import { resolveOpdFile } from '../content/paths.ts';
import type { Entry } from '../content/model.ts';
import type { Informasi } from '../schemas/index.ts';
import type { SiteModel } from './model.ts';

const indexes = new WeakMap<SiteModel, Map<string, Entry<Informasi>[]>>();

/** DIP entries by the repository path of each local file they attach (built once per model). */
function attachmentIndex(site: SiteModel): Map<string, Entry<Informasi>[]> {
  let index = indexes.get(site);
  if (index) return index;
  index = new Map();
  for (const entry of site.informasi) {
    // Exempt information never has attachments (UU 14/2008 Pasal 17; the schema refuses them).
    if (entry.data.kategori === 'dikecualikan') continue;
    for (const l of entry.data.lampiran) {
      const path = resolveOpdFile(entry.opd, l.berkas);
      if (!path) continue; // an https link, not a file of the tree
      const list = index.get(path) ?? [];
      if (!list.includes(entry)) list.push(entry);
      index.set(path, list);
    }
  }
  indexes.set(site, index);
  return index;
}

/** The DIP entries of any OPD that attach the file at `berkas` (relative to the OPD folder of `opd`). */
export function entriesAttaching(site: SiteModel, opd: string, berkas: string): Entry<Informasi>[] {
  const path = resolveOpdFile(opd, berkas);
  return path ? (attachmentIndex(site).get(path) ?? []) : [];
}
