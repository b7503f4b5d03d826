/**
 * The dates written inside the content (each type's `date` in the registry: news `tanggal`, `diperbarui` of
 * information, datasets and profiles, document `tanggal`) for every file an entry owns (its source and the
 * files it references, e.g. a news image), per repository path. Only used to ESTIMATE uploads when git history
 * is missing: in a fresh or shallow clone every file's mtime is the checkout time, which says nothing at all,
 * while these dates are what the editors claimed. With git history they are never used for uploads.
 */
import { modelEntries, type ContentModel } from '../content/model.ts';
import { resolveOpdFile } from '../content/paths.ts';
import { entryDate, entryFiles } from '../content/types/index.ts';

export function contentDates(model: ContentModel): Map<string, number> {
  const dates = new Map<string, number>();
  for (const { kind, entry } of modelEntries(model)) {
    const date = entryDate(kind, entry.data);
    if (!date) continue;
    dates.set(entry.path, date.getTime());
    for (const relative of entryFiles(kind, entry.data, entry.slug)) {
      const path = entry.opd ? resolveOpdFile(entry.opd, relative) : null;
      if (path) dates.set(path, date.getTime());
    }
  }
  return dates;
}
