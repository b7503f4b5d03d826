/** The OPDs that get a CMS: every folder `content/opd/<opd>/` with a `profil.md`, valid or not (the CMS fixes it). */
import type { ContentTree } from '../content/tree.ts';
import type { OpdIdentity } from './config.ts';

export function cmsOpds(tree: ContentTree): OpdIdentity[] {
  const out: OpdIdentity[] = [];
  for (const source of tree.sources.values()) {
    if (source.kind !== 'profil' || !source.opd) continue;
    const data = (source.data ?? {}) as { nama?: unknown; singkatan?: unknown };
    const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    out.push({ slug: source.opd, nama: text(data.nama) ?? source.opd, singkatan: text(data.singkatan) ?? source.opd });
  }
  return out.sort((a, b) => a.nama.localeCompare(b.nama, 'id'));
}
