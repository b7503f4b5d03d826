/** YAML syntax of frontmatter and YAML files, reported at the line of the error; tags and bombs refused. */
import type { Rule } from '../rule.ts';
import { describeYamlError } from '../yaml-messages.ts';

export const frontmatterSyntax: Rule = {
  id: 'frontmatter-syntax',
  description: 'Sintaks YAML frontmatter dan berkas .yaml',
  checks: [
    { id: 'frontmatter/yaml-syntax', severity: 'error', description: 'Penulisan YAML tidak valid (kutip, indentasi, titik dua, isian ganda)' },
    { id: 'frontmatter/missing', severity: 'error', description: 'Berkas markdown tanpa blok frontmatter `---`' },
    { id: 'frontmatter/yaml-tag', severity: 'error', description: 'Tag YAML (`!!binary`, `!!js/function`, `!tag` apa pun) yang tidak diizinkan' },
    { id: 'frontmatter/yaml-limit', severity: 'error', description: 'YAML bersarang terlalu dalam atau memakai terlalu banyak alias (bom YAML)' },
  ],
  check(ctx) {
    ctx.eachSource((source) => {
      if (source.missingFrontmatter) {
        ctx.report({
          file: source.path, line: 1, rule: 'frontmatter/missing',
          message: 'berkas tidak diawali blok frontmatter (`---` ... `---`)',
          hint: 'Baris pertama berkas harus `---`, lalu isian seperti `judul: ...`, lalu `---` lagi sebelum isi tulisan.',
        });
      }
      for (const error of source.yamlErrors) {
        ctx.report({ file: source.path, line: error.line, column: error.column, ...describeYamlError(error.code) });
      }
    });
  },
};
