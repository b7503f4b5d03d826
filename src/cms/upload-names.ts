/**
 * Decap keeps the uploader's file name (only lowercased), so "LRA 2025 (Final).PDF" would become a file the
 * validator rejects. Before Decap reads a chosen file, rename it to the portal's rule (lowercase, digits,
 * single hyphens): a capture listener on the document runs ahead of React's handler on the CMS root.
 *
 * A name that is already taken in the OPD's folder gets a numeric suffix (`sk-ppid-2.pdf`): Decap would
 * otherwise offer to "replace" the existing file, which deletes the published file straight on the main
 * branch, outside the editorial workflow.
 */
import { MAX_NAME_LENGTH, suggestSlug } from '../validate/rules/filename.ts';

/** The portal-conform name of an uploaded file: `laporan-keuangan-2025.pdf`. */
export function portalFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') : '';
  // The validator refuses names over MAX_NAME_LENGTH (Windows paths, readable URLs): keep room for the extension and a `-2` suffix.
  const slug = (suggestSlug(stem).slice(0, MAX_NAME_LENGTH - 12).replace(/-+$/, '')) || 'berkas';
  return ext ? `${slug}.${ext}` : slug;
}

/** `name`, or `<stem>-2.<ext>`, `<stem>-3.<ext>`, … : the first one not in `taken` (lowercase names). */
export function uniqueFileName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * Renames every file chosen in the CMS (except the dataset CSV, which its widget names after the entry).
 * `taken` answers, at the moment of the upload, the lowercase names already in use in the media folder.
 */
export function installUploadNames(doc: Document, taken: () => ReadonlySet<string>): void {
  doc.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files || input.files.length === 0) return;
      if (input.dataset.portalCsv) return; // the CSV widget names its file after the entry itself
      const used = new Set(taken());
      const renamed = new DataTransfer();
      let changed = false;
      for (const file of Array.from(input.files)) {
        const name = uniqueFileName(portalFileName(file.name), used);
        used.add(name.toLowerCase());
        changed ||= name !== file.name;
        renamed.items.add(name === file.name ? file : new File([file], name, { type: file.type, lastModified: file.lastModified }));
      }
      if (changed) input.files = renamed.files;
    },
    true,
  );
}
