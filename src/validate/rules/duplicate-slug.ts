/**
 * Duplicate entries within an OPD: two files that become the same page (e.g. `x.yaml` and `x.yml`, or names
 * differing only in case, which collide on Windows/macOS checkouts), and the same news posted twice.
 */
import { CONTENT_TYPES } from '../../content/types/index.ts';
import { suggestSlug } from './filename.ts';
import type { Rule } from '../rule.ts';

/** Types with many entries per OPD folder (`content/opd/<opd>/<folder>/<slug>.<ext>`): the ones whose slugs can collide. */
const FOLDER_KINDS = new Set<string>(CONTENT_TYPES.filter((t) => t.location.scope === 'opd' && 'folder' in t.location).map((t) => t.kind));

export const duplicateSlug: Rule = {
  id: 'duplicate-slug',
  description: 'Slug ganda dalam satu OPD',
  checks: [
    { id: 'frontmatter/duplicate-slug', severity: 'error', description: 'Dua entri dengan slug yang sama dalam satu OPD (peringatan bila hanya berbeda jenis)' },
  ],
  check(ctx) {
    const seen = new Map<string, string>();
    const newsTitles = new Map<string, string>();
    // Every file, also outside the scope of `validate -- <file>`: which of two files is reported depends on the other.
    return ctx.eachFile((file) => {
      if (!file.opd || !FOLDER_KINDS.has(file.kind)) return;
      const key = `${file.opd}/${file.kind}/${file.slug.toLowerCase()}`;
      const first = seen.get(key);
      if (first) {
        ctx.report({
          file: file.path, line: 1, rule: 'frontmatter/duplicate-slug',
          message: `berkas ini memakai alamat yang sama dengan ${first}`,
          hint: 'Setiap entri dalam satu OPD harus punya nama berkas yang berbeda; ganti nama salah satunya atau hapus salinannya.',
        });
      } else seen.set(key, file.path);
      if (file.kind === 'berita') {
        const judul = ctx.newsTitle(file);
        if (judul === undefined) return;
        const titleKey = `${file.opd}/${suggestSlug(judul)}`;
        const twin = newsTitles.get(titleKey);
        if (twin) {
          ctx.report({
            file: file.path, line: 1, severity: 'warning', rule: 'frontmatter/duplicate-slug',
            message: `judul berita ini sama dengan ${twin}; kemungkinan berita terunggah dua kali`,
            hint: 'Hapus salah satu berita, atau bedakan judulnya bila memang dua kegiatan berbeda.',
          });
        } else newsTitles.set(titleKey, file.path);
      }
    }, 'all');
  },
};
