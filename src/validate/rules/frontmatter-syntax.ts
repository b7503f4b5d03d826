/** YAML syntax of frontmatter and YAML files, reported at the line of the error. */
import type { Rule } from '../rule.ts';

export const frontmatterSyntax: Rule = {
  id: 'frontmatter-syntax',
  description: 'Sintaks YAML frontmatter dan berkas .yaml',
  checks: [
    { id: 'frontmatter/yaml-syntax', severity: 'error', description: 'Penulisan YAML tidak valid (kutip, indentasi, titik dua)' },
    { id: 'frontmatter/missing', severity: 'error', description: 'Berkas markdown tanpa blok frontmatter `---`' },
  ],
  check(ctx) {
    for (const source of ctx.tree.sources.values()) {
      if (source.missingFrontmatter) {
        ctx.report({
          file: source.path, line: 1, rule: 'frontmatter/missing',
          message: 'berkas tidak diawali blok frontmatter (`---` ... `---`)',
          hint: 'Baris pertama berkas harus `---`, lalu isian seperti `judul: ...`, lalu `---` lagi sebelum isi tulisan.',
        });
      }
      for (const error of source.yamlErrors) {
        ctx.report({
          file: source.path, line: error.line, column: error.column, rule: 'frontmatter/yaml-syntax',
          message: `penulisan YAML tidak valid: ${error.message}`,
          hint: 'Periksa baris ini: setiap isian berbentuk `nama: nilai`; teks yang mengandung titik dua (:) atau diawali tanda khusus harus diapit tanda kutip; indentasi memakai spasi, bukan tab.',
        });
      }
    }
  },
};
