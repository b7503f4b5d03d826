/** Slug and file-name conventions: lowercase-hyphen names, news files prefixed with their date. */
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { wibDateString } from '../../lib/wib.ts';
import { BeritaSchema } from '../../schemas/berita.ts';
import { locate } from '../../content/locate.ts';
import type { Rule } from '../rule.ts';
import { shown } from '../text.ts';

/** Longer names break Windows checkouts (260-character paths) and make unreadable URLs. */
export const MAX_NAME_LENGTH = 100;

const NEWS_NAME = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Suggests a slug from any text (lowercase, ascii, hyphens). */
export function suggestSlug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

export const filename: Rule = {
  id: 'filename',
  description: 'Nama berkas dan folder: huruf kecil, angka, tanda hubung; berita diawali tanggalnya',
  checks: [
    { id: 'frontmatter/filename', severity: 'error', description: 'Nama berkas/folder: huruf kecil, angka, tanda hubung; berita diawali tanggalnya' },
    { id: 'frontmatter/filename-length', severity: 'error', description: `Nama berkas lebih dari ${MAX_NAME_LENGTH} karakter` },
  ],
  check(ctx) {
    return ctx.eachFile((file) => {
      const name = file.path.slice(file.path.lastIndexOf('/') + 1);
      if (file.path.startsWith('content/') && name.length > MAX_NAME_LENGTH) {
        return void ctx.report({
          file: file.path, line: 1, rule: 'frontmatter/filename-length',
          message: `nama berkas terdiri dari ${name.length} karakter, lebih dari batas ${MAX_NAME_LENGTH}`,
          hint: `Persingkat nama berkas, misalnya \`${suggestSlug(file.slug).slice(0, 60).replace(/-+$/, '') || 'nama-berkas'}\` dengan ekstensi yang sama; nama yang terlalu panjang gagal disalin di Windows dan menjadi alamat (URL) yang panjang.`,
        });
      }
      if (file.kind === 'unknown' && file.path.startsWith('content/')) {
        ctx.report({
          file: file.path, line: 1, rule: 'frontmatter/filename',
          message: 'berkas ini berada di tempat yang tidak dikenal portal',
          hint: 'Simpan berita di berita/, informasi di informasi/, data di data/, aplikasi di aplikasi/ dan lampiran di dokumen/ milik folder OPD (lihat docs/content.md).',
        });
        return;
      }
      if (file.opd !== undefined && !SLUG_PATTERN.test(file.opd)) {
        ctx.report({
          file: file.path, line: 1, rule: 'frontmatter/filename',
          message: `nama folder OPD "${shown(file.opd)}" tidak sesuai aturan`,
          hint: `Pakai huruf kecil, angka dan tanda hubung, misalnya \`${shown(suggestSlug(file.opd))}\`.`,
        });
      }
      if (file.kind === 'profil' || file.kind === 'pemda' || file.kind === 'panen-log') return; // fixed names
      const slug = file.slug;
      if (file.kind === 'berita') {
        const m = NEWS_NAME.exec(slug);
        if (!m) {
          ctx.report({
            file: file.path, line: 1, rule: 'frontmatter/filename',
            message: `nama berkas berita "${shown(slug)}" harus berbentuk TAHUN-BULAN-TANGGAL-judul-singkat`,
            hint: `Ganti nama berkas, misalnya \`2026-11-20-${suggestSlug(slug.replace(/^\d{4}-\d{2}-\d{2}-?/, '')) || 'judul-berita'}.md\`.`,
          });
          return;
        }
        const source = ctx.tree.sources.get(file.path);
        const parsed = source && BeritaSchema.shape.tanggal.safeParse((source.data as Record<string, unknown> | undefined)?.tanggal);
        if (source && parsed?.success && wibDateString(parsed.data) !== m[1]) {
          const { line, column } = locate(source, ['tanggal']);
          ctx.report({
            file: file.path, line, column, rule: 'frontmatter/filename',
            message: `tanggal di nama berkas (${m[1]}) berbeda dengan \`tanggal\` berita (${wibDateString(parsed.data)})`,
            hint: `Samakan keduanya: ganti nama berkas menjadi \`${wibDateString(parsed.data)}-${m[2]}.md\` atau perbaiki \`tanggal\`.`,
          });
        }
        return;
      }
      if (!SLUG_PATTERN.test(slug)) {
        ctx.report({
          file: file.path, line: 1, rule: 'frontmatter/filename',
          message: `nama berkas "${shown(slug)}" tidak sesuai aturan (huruf kecil, angka, tanda hubung)`,
          hint: `Ganti nama berkas, misalnya \`${suggestSlug(slug) || 'nama-berkas'}\` dengan ekstensi yang sama.`,
        });
      }
    });
  },
};
