/**
 * The dates written inside the content (news `tanggal`, `diperbarui` of information, datasets and profiles,
 * document `tanggal`), per repository path. Only used to ESTIMATE uploads when git history is missing:
 * in a fresh or shallow clone every file's mtime is the checkout time, which says nothing at all, while
 * these dates are what the editors claimed. With git history they are never used for uploads.
 */
import type { ContentModel } from '../content/model.ts';
import { resolveOpdFile } from '../content/paths.ts';

export function contentDates(model: ContentModel): Map<string, number> {
  const dates = new Map<string, number>();
  const set = (path: string | null, date: Date) => {
    if (path) dates.set(path, date.getTime());
  };
  for (const e of model.berita) set(e.path, e.data.tanggal);
  for (const e of model.informasi) {
    set(e.path, e.data.diperbarui);
    for (const l of e.data.lampiran) if (!/^https:/.test(l.berkas)) set(resolveOpdFile(e.opd, l.berkas), e.data.diperbarui);
  }
  for (const e of model.datasets) {
    set(e.path, e.data.diperbarui);
    set(resolveOpdFile(e.opd, `data/${e.slug}.csv`), e.data.diperbarui);
  }
  for (const e of model.dokumen) {
    set(e.path, e.data.tanggal);
    set(resolveOpdFile(e.opd, e.data.berkas), e.data.tanggal);
  }
  for (const e of model.opds.values()) set(e.path, e.data.diperbarui);
  return dates;
}
