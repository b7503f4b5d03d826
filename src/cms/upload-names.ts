/**
 * Decap keeps the uploader's file name (only lowercased), so "LRA 2025 (Final).PDF" would become a file the
 * validator rejects. Before Decap reads a chosen file, rename it to the portal's rule (lowercase, digits,
 * single hyphens): a capture listener on the document runs ahead of React's handler on the CMS root.
 */
import { suggestSlug } from '../validate/rules/filename.ts';

/** The portal-conform name of an uploaded file: `laporan-keuangan-2025.pdf`. */
export function portalFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') : '';
  const slug = suggestSlug(stem) || 'berkas';
  return ext ? `${slug}.${ext}` : slug;
}

export function installUploadNames(doc: Document): void {
  doc.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files || input.files.length === 0) return;
      if (input.dataset.portalCsv) return; // the CSV widget names its file after the entry itself
      const renamed = new DataTransfer();
      let changed = false;
      for (const file of Array.from(input.files)) {
        const name = portalFileName(file.name);
        changed ||= name !== file.name;
        renamed.items.add(name === file.name ? file : new File([file], name, { type: file.type, lastModified: file.lastModified }));
      }
      if (changed) input.files = renamed.files;
    },
    true,
  );
}
