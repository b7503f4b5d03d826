/**
 * Frontmatter against its zod schema. Each zod issue becomes one problem at the line of the offending key,
 * with an Indonesian message built from the field's label (schema `.meta`). Issues may name their own rule
 * id through `params.rule` (dates, paths, dikecualikan).
 */
import type { z } from 'zod';
import { schemaOf } from '../../content/model.ts';
import { locate } from '../../content/locate.ts';
import type { SourceFile } from '../../content/source.ts';
import type { RuleContext } from '../context.ts';
import type { Rule } from '../rule.ts';
import { listed, shown } from '../text.ts';

type Issue = z.core.$ZodIssue;

/** zod's built-in (English) messages; ours are Indonesian "message; hint" text. */
const ZOD_ENGLISH = /^(Invalid|Too|Expected|Unrecognized)/;

function keyName(path: readonly PropertyKey[]): string {
  return shown(path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : String(p))).join('.').replace(/\.\[/g, '['), 60);
}

/** Indonesian message and hint for one zod issue. */
export function describeIssue(issue: Issue, data: unknown): { rule: string; message: string; hint: string } {
  const key = keyName(issue.path);
  const field = key ? `\`${key}\`` : 'frontmatter';
  const ruleFromParams = (issue as { params?: { rule?: string } }).params?.rule;
  switch (issue.code) {
    case 'unrecognized_keys':
      return {
        rule: 'frontmatter/unknown-key',
        message: `isian tidak dikenal: ${listed(issue.keys.map((k) => `\`${shown(k, 40)}\``))}${key ? ` di ${field}` : ''}`,
        hint: 'Hapus isian ini atau perbaiki ejaannya; daftar isian yang boleh ada di docs/content.md.',
      };
    case 'invalid_type': {
      const missing = valueAt(data, issue.path) === undefined;
      // A schema may explain a wrong type itself (dataset `sumber` written as the old free-text note).
      if (!missing && !ZOD_ENGLISH.test(issue.message)) return ownMessage(issue.message, field, ruleFromParams);
      return missing
        ? { rule: 'frontmatter/schema', message: `isian ${field} wajib diisi`, hint: `Tambahkan baris \`${String(issue.path.at(-1))}: ...\` di frontmatter.` }
        : { rule: 'frontmatter/schema', message: `isian ${field} harus berupa ${typeName(issue.expected)}`, hint: 'Perbaiki nilainya sesuai contoh di docs/content.md.' };
    }
    case 'invalid_value':
      return {
        rule: 'frontmatter/schema',
        message: `nilai ${field} tidak dikenal: "${shown(valueAt(data, issue.path))}"`,
        hint: `Pilih salah satu: ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}.`,
      };
    case 'too_small':
      return {
        rule: 'frontmatter/schema',
        message: issue.origin === 'array' ? `${field} minimal berisi ${issue.minimum} butir` : `${field} terlalu pendek (minimal ${issue.minimum}${issue.origin === 'string' ? ' karakter' : ''})`,
        hint: 'Lengkapi isian ini.',
      };
    case 'too_big':
      return {
        rule: 'frontmatter/schema',
        message: `${field} terlalu panjang (maksimal ${issue.maximum}${issue.origin === 'string' ? ' karakter' : ''})`,
        hint: 'Persingkat isian ini.',
      };
    case 'invalid_format':
      // A pattern without our own message would show zod's English ("Invalid string: must match ...").
      return { rule: ruleFromParams ?? 'frontmatter/schema', message: ZOD_ENGLISH.test(issue.message) ? `format ${field} salah` : `format ${field} salah: ${issue.message}`, hint: 'Perbaiki penulisannya sesuai contoh.' };
    case 'invalid_union':
      return { rule: 'frontmatter/schema', message: `isian ${field} tidak valid`, hint: 'Periksa jenis nilainya (teks, angka, tanggal atau daftar) sesuai contoh di docs/content.md.' };
    default: {
      // Our own issues carry Indonesian "message; hint" text; zod's built-in English text is never shown.
      if (!ruleFromParams && ZOD_ENGLISH.test(issue.message)) {
        return { rule: 'frontmatter/schema', message: `isian ${field} tidak valid`, hint: 'Perbaiki isian ini sesuai docs/content.md.' };
      }
      return ownMessage(issue.message, field, ruleFromParams);
    }
  }
}

/** One of our own issue texts, "message; hint", under the rule it names (`params.rule`). */
function ownMessage(text: string, field: string, ruleFromParams: string | undefined): { rule: string; message: string; hint: string } {
  const rule = ruleFromParams === 'date-wib' ? 'frontmatter/date-wib' : ruleFromParams === 'path-outside' ? 'files/path-outside' : ruleFromParams === 'dikecualikan-lampiran' ? 'frontmatter/dikecualikan-lampiran' : 'frontmatter/schema';
  const [message, hint] = text.split('; ');
  return { rule, message: message.includes(field) ? message : `${field}: ${message}`, hint: hint ? capitalise(hint) + '.' : 'Perbaiki isian ini sesuai docs/content.md.' };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function typeName(expected: string): string {
  return ({ string: 'teks', number: 'angka', boolean: '`true` atau `false`', array: 'daftar (baris diawali `- `)', object: 'kelompok isian', date: 'tanggal' } as Record<string, string>)[expected] ?? expected;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

export function checkSource(ctx: RuleContext, source: SourceFile): void {
  const schema = schemaOf(source.kind);
  if (!schema || source.data === undefined) return;
  const result = schema.safeParse(source.data);
  if (result.success) return;
  for (const issue of result.error.issues) {
    // Unknown rincian codes get a fuller explanation from the cross-file rule.
    if (source.kind === 'informasi' && issue.code === 'invalid_value' && issue.path.join('.') === 'rincian') continue;
    const { rule, message, hint } = describeIssue(issue, source.data);
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
  ],
  check(ctx) {
    ctx.eachSource((source) => checkSource(ctx, source));
  },
};
