/**
 * Readable structure: images carry alt text, headings start at ## and never skip a level (WCAG 1.3.1).
 * Also reports bodies refused before any markdown check could run (too deeply nested, too slow to parse).
 */
import { usable } from '../markdown-facts.ts';
import { MAX_MARKDOWN_NESTING } from '../markdown-guard.ts';
import type { Rule } from '../rule.ts';

const REFUSED = {
  nesting: {
    rule: 'markdown/nesting',
    message: `kutipan (>), daftar bertingkat atau tanda kurung bersarang lebih dari ${MAX_MARKDOWN_NESTING} tingkat`,
    hint: 'Kurangi tingkat kutipan atau daftar (cukup dua atau tiga tingkat) dan tutup setiap [ dan ( yang dibuka. Isi tulisan lain di berkas ini belum diperiksa.',
  },
  slow: {
    rule: 'markdown/too-complex',
    message: 'isi tulisan terlalu rumit sehingga tidak selesai diperiksa dalam batas waktu',
    hint: 'Periksa tanda format yang berulang sangat banyak (*, _, ~, `, tabel atau HTML yang sangat panjang); pecah tulisan menjadi beberapa berkas atau sederhanakan formatnya.',
  },
} as const;

export const markdownStructure: Rule = {
  id: 'markdown-structure',
  description: 'Gambar punya teks alternatif; urutan judul bagian (## lalu ###) tidak melompat',
  usesMarkdown: true,
  checks: [
    { id: 'markdown/image-alt', severity: 'warning', description: 'Gambar tanpa teks alternatif' },
    { id: 'markdown/heading-order', severity: 'error', description: 'Urutan judul bagian melompat (## lalu ####)' },
    { id: 'markdown/nesting', severity: 'error', description: 'Kutipan (>), daftar atau tanda kurung bersarang terlalu dalam' },
    { id: 'markdown/too-complex', severity: 'error', description: 'Isi tulisan terlalu rumit untuk diperiksa dalam batas waktu' },
  ],
  check(ctx) {
    ctx.eachSource((source) => {
      if (!source.path.endsWith('.md') || !source.body.trim()) return;
      const parsed = ctx.markdown(source);
      if (!parsed.ok) return void ctx.report({ file: source.path, line: parsed.line + source.bodyLine - 1, ...REFUSED[parsed.reason] });
      let previous = 1;
      for (const item of usable(parsed).outline) {
        const line = item.line + source.bodyLine - 1;
        if (item.type === 'image') {
          if (!item.alt) {
            ctx.report({
              file: source.path, line, column: item.column, severity: 'warning', rule: 'markdown/image-alt',
              message: 'gambar tanpa teks alternatif',
              hint: 'Tulis gambaran isi gambar di dalam kurung siku: ![Camat meninjau tanggul di Desa Sriwulan](dokumen/foto.jpg).',
            });
          }
          continue;
        }
        if (item.depth === 1) {
          ctx.report({
            file: source.path, line, rule: 'markdown/heading-order',
            message: 'judul tingkat 1 (#) tidak boleh dipakai di isi tulisan',
            hint: 'Judul halaman sudah diambil dari isian `judul`; mulai judul bagian dengan ## (dua tanda pagar).',
          });
        } else if (item.depth > previous + 1) {
          ctx.report({
            file: source.path, line, rule: 'markdown/heading-order',
            message: `judul bagian melompat dari tingkat ${previous} ke tingkat ${item.depth}`,
            hint: `Pakai ${'#'.repeat(previous + 1)} untuk bagian ini supaya pembaca layar bisa mengikuti struktur.`,
          });
        }
        previous = item.depth;
      }
    });
  },
};
