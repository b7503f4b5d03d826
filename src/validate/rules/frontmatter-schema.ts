/**
 * Frontmatter against its zod schema. Each zod issue becomes one problem at the line of the offending key, with an
 * Indonesian message from issue-text.ts (the same text the CMS shows when it refuses a save). Issues may name their own rule
 * id through `params.rule` (dates, paths, dikecualikan).
 */
import { locate } from '../../content/locate.ts';
import type { SourceFile } from '../../content/source.ts';
import { contentType } from '../../content/types/index.ts';
import type { RuleContext } from '../context.ts';
import { describeIssue, parseForMessages } from '../issue-text.ts';
import type { Rule } from '../rule.ts';

export { describeIssue };

export function checkSource(ctx: RuleContext, source: SourceFile): void {
  const schema = contentType(source.kind)?.schema;
  if (!schema || source.data === undefined) return;
  const result = parseForMessages(schema, source.data);
  if (result.success) return;
  for (const issue of result.error.issues) {
    // Unknown rincian and setiap-saat codes get a fuller explanation (every code with its label) from the cross-file rule.
    if (source.kind === 'informasi' && issue.code === 'invalid_value' && ['rincian', 'setiap_saat'].includes(issue.path.join('.'))) continue;
    const { rule, message, hint } = describeIssue(issue, source.data, { schema, audience: ctx.audience });
    // An unknown key is located at the key itself, not at its parent.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const { line, column } = locate(source, path);
    ctx.report({ file: source.path, line, column, rule, message, hint });
  }
}

export const frontmatterSchema: Rule = {
  id: 'frontmatter-schema',
  description: 'Isian frontmatter sesuai skema (wajib, tipe, pilihan, isian tak dikenal, tanggal WIB)',
  checks: [
    { id: 'frontmatter/schema', severity: 'error', description: 'Isian wajib, tipe, pilihan dan panjang sesuai skema jenis konten' },
    { id: 'frontmatter/unknown-key', severity: 'error', description: 'Isian yang tidak dikenal skema (salah eja)' },
    { id: 'frontmatter/date-wib', severity: 'error', description: 'Tanggal tidak valid atau bukan waktu WIB' },
    { id: 'files/path-outside', severity: 'error', description: 'Jalur berkas di frontmatter keluar dari folder OPD' },
    { id: 'frontmatter/dikecualikan-lampiran', severity: 'error', description: 'Informasi dikecualikan tidak boleh memiliki lampiran' },
    { id: 'frontmatter/setiap-saat', severity: 'error', description: 'Informasi setiap saat tanpa jenisnya (`setiap_saat`), atau `setiap_saat` pada kategori lain' },
    { id: 'frontmatter/subrincian', severity: 'error', description: 'Bagian rincian (`subrincian`) yang bukan bagian dari `rincian` entri' },
  ],
  check(ctx) {
    ctx.eachSource((source) => checkSource(ctx, source));
  },
};
