/** Readable structure: images carry alt text, headings start at ## and never skip a level (WCAG 1.3.1). */
import type { Heading, Image } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Rule } from '../rule.ts';

export const markdownStructure: Rule = {
  id: 'markdown-structure',
  description: 'Gambar punya teks alternatif; urutan judul bagian (## lalu ###) tidak melompat',
  checks: [
    { id: 'markdown/image-alt', severity: 'warning', description: 'Gambar tanpa teks alternatif' },
    { id: 'markdown/heading-order', severity: 'error', description: 'Urutan judul bagian melompat (## lalu ####)' },
  ],
  check(ctx) {
    for (const source of ctx.tree.sources.values()) {
      if (!source.path.endsWith('.md') || !source.body.trim()) continue;
      const lineOf = (n: Heading | Image) => (n.position?.start.line ?? 1) + source.bodyLine - 1;
      let previous = 1;
      visit(ctx.markdown(source), ['heading', 'image'], (node) => {
        if (node.type === 'image') {
          const image = node as Image;
          if (!image.alt?.trim()) {
            ctx.report({
              file: source.path, line: lineOf(image), column: image.position?.start.column ?? 1, severity: 'warning', rule: 'markdown/image-alt',
              message: 'gambar tanpa teks alternatif',
              hint: 'Tulis gambaran isi gambar di dalam kurung siku: ![Camat meninjau tanggul di Desa Sriwulan](dokumen/foto.jpg).',
            });
          }
          return;
        }
        const heading = node as Heading;
        const line = lineOf(heading);
        if (heading.depth === 1) {
          ctx.report({
            file: source.path, line, rule: 'markdown/heading-order',
            message: 'judul tingkat 1 (#) tidak boleh dipakai di isi tulisan',
            hint: 'Judul halaman sudah diambil dari isian `judul`; mulai judul bagian dengan ## (dua tanda pagar).',
          });
        } else if (heading.depth > previous + 1) {
          ctx.report({
            file: source.path, line, rule: 'markdown/heading-order',
            message: `judul bagian melompat dari tingkat ${previous} ke tingkat ${heading.depth}`,
            hint: `Pakai ${'#'.repeat(previous + 1)} untuk bagian ini supaya pembaca layar bisa mengikuti struktur.`,
          });
        }
        previous = heading.depth;
      });
    }
  },
};
