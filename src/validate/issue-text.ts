/**
 * One zod issue as Indonesian text for an editor: the validator reports it at `file:line` (frontmatter-schema rule)
 * and the CMS refuses a save with it, both through this one function. zod's own text (English "Invalid string: must
 * match pattern ...", or its generic Indonesian) is never shown: a field is named, and the fix comes from our own
 * issue text or from the field's hint in the schema (`field()` meta).
 *
 * `berkas` names the field by its key (`gambar_alt`), for someone fixing the file; `cms` by its label
 * ("Teks alternatif gambar"), since the form shows no keys.
 */
import type { z } from 'zod';
import { fieldAt, keyLabels } from '../schemas/introspect.ts';
import type { Audience } from './platform.ts';
import { listed, shown } from './text.ts';

type Issue = z.core.$ZodIssue;

/** The message of every issue zod words itself when parsed with `parseForMessages` (ours are "message; hint"). */
const BUILT_IN = '\u0000zod';

/** zod's built-in messages, English or (with `z.config(z.locales.id())`) Indonesian, for issues not parsed with the marker. */
const ZOD_OWN = /^(Invalid|Too|Expected|Unrecognized|Input tidak valid|Terlalu|String tidak valid|Angka tidak valid|Pilihan tidak valid|Kunci tidak)/;

/**
 * `schema.safeParse(data)`, with every message zod would word itself replaced by a marker: a schema's own text
 * (a regex's `message`, a refinement, an added issue) still wins over it, so describeIssue tells them apart exactly.
 */
export function parseForMessages<T extends z.ZodType>(schema: T, data: unknown): ReturnType<T['safeParse']> {
  return schema.safeParse(data, { error: () => BUILT_IN }) as ReturnType<T['safeParse']>;
}

export interface IssueText {
  rule: string;
  message: string;
  hint: string;
}

export interface IssueOptions {
  /** The schema the data was parsed with: field labels and hints come from it. */
  schema?: z.ZodType;
  audience?: Audience;
}

function keyName(path: readonly PropertyKey[]): string {
  return shown(path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : String(p))).join('.').replace(/\.\[/g, '['), 60);
}

function typeName(expected: string): string {
  return ({ string: 'teks', number: 'angka', boolean: '`true` atau `false`', array: 'daftar (baris diawali `- `)', object: 'kelompok isian', date: 'tanggal' } as Record<string, string>)[expected] ?? expected;
}

const CMS_TYPE_NAME: Record<string, string> = { string: 'teks', number: 'angka', boolean: 'ya atau tidak', array: 'daftar', object: 'kelompok isian', date: 'tanggal' };

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A sentence ends with one full stop. */
function sentence(s: string): string {
  const text = capitalise(s.trim());
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The rule an issue of ours names through `params.rule` (dates, paths, dikecualikan). */
const RULE_OF_PARAM: Readonly<Record<string, string>> = {
  'date-wib': 'frontmatter/date-wib',
  'path-outside': 'files/path-outside',
  'dikecualikan-lampiran': 'frontmatter/dikecualikan-lampiran',
  'setiap-saat': 'frontmatter/setiap-saat',
  'subrincian': 'frontmatter/subrincian',
};

function ruleOf(ruleFromParams: string | undefined): string {
  return (ruleFromParams && RULE_OF_PARAM[ruleFromParams]) || 'frontmatter/schema';
}

/**
 * Our own text written for files (`gambar_alt`, `pemisah: ";"`) as the form shows it: keys of the schema become
 * their labels; other code (an example value such as `jumlah_penduduk`) is left as written.
 */
export function keysAsLabels(text: string, schema: z.ZodType | undefined): string {
  const labels = schema ? keyLabels(schema) : new Map<string, string>();
  return text.replace(/`([^`]+)`/g, (whole, code: string) => {
    const pair = /^([a-z_]+)(?:\.[a-z_]+)*:\s*(.+)$/.exec(code);
    if (pair && labels.has(pair[1])) return `${labels.get(pair[1])} ${pair[2].startsWith('"') ? pair[2] : `"${pair[2]}"`}`;
    const key = /^([a-z_]+\.)*([a-z_]+)$/.exec(code)?.[2];
    return key && labels.has(key) ? labels.get(key)! : whole;
  });
}

/** Indonesian message and hint for one zod issue about `data` (what was parsed). */
export function describeIssue(issue: Issue, data: unknown, options: IssueOptions = {}): IssueText {
  const { schema, audience = 'berkas' } = options;
  const at = schema ? fieldAt(schema, issue.path) : { label: '' };
  const cms = audience === 'cms';
  const key = keyName(issue.path);
  const field = cms ? at.label || 'Entri' : key ? `\`${key}\`` : 'frontmatter';
  const fieldHint = at.hint ? sentence(cms ? keysAsLabels(at.hint, schema) : at.hint) : undefined;
  const ruleFromParams = (issue as { params?: { rule?: string } }).params?.rule;
  const own = issue.message !== BUILT_IN && !ZOD_OWN.test(issue.message);
  const ownText = (): IssueText => {
    const [message, hint] = issue.message.split('; ');
    const rule = ruleOf(ruleFromParams);
    if (cms) {
      const text = keysAsLabels(message, schema);
      return { rule, message: text.startsWith(field) ? text : `${field}: ${text}`, hint: hint ? sentence(keysAsLabels(hint, schema)) : fieldHint ?? 'Perbaiki isian ini.' };
    }
    return { rule, message: message.includes(field) ? message : `${field}: ${message}`, hint: hint ? sentence(hint) : fieldHint ?? 'Perbaiki isian ini sesuai docs/content.md.' };
  };
  const missing = valueAt(data, issue.path) === undefined;
  // A required field left out fails as a wrong type, an unknown option or no union member: all mean "fill it in".
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return cms
      ? { rule: 'frontmatter/schema', message: `${field}: wajib diisi`, hint: fieldHint ?? 'Isi kolom ini.' }
      : { rule: 'frontmatter/schema', message: `isian ${field} wajib diisi`, hint: `Tambahkan baris \`${String(issue.path.at(-1))}: ...\` di frontmatter.` };
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return cms
        ? { rule: 'frontmatter/unknown-key', message: `${field}: isian tidak dikenal: ${listed(issue.keys.map((k) => `"${shown(k, 40)}"`))}`, hint: 'Isian ini tidak ada di formulir; minta admin portal memeriksa berkasnya.' }
        : {
            rule: 'frontmatter/unknown-key',
            message: `isian tidak dikenal: ${listed(issue.keys.map((k) => `\`${shown(k, 40)}\``))}${key ? ` di ${field}` : ''}`,
            hint: 'Hapus isian ini atau perbaiki ejaannya; daftar isian yang boleh ada di docs/content.md.',
          };
    case 'invalid_type':
      // A schema may explain a wrong type itself (dataset `sumber` written as the old free-text note).
      if (own) return ownText();
      return cms
        ? { rule: 'frontmatter/schema', message: `${field}: harus berupa ${CMS_TYPE_NAME[issue.expected] ?? issue.expected}`, hint: fieldHint ?? 'Perbaiki isian ini.' }
        : { rule: 'frontmatter/schema', message: `isian ${field} harus berupa ${typeName(issue.expected)}`, hint: 'Perbaiki nilainya sesuai contoh di docs/content.md.' };
    case 'invalid_value':
      return cms
        ? { rule: 'frontmatter/schema', message: `${field}: nilai "${shown(valueAt(data, issue.path))}" tidak dikenal`, hint: 'Pilih salah satu pilihan yang ada di daftar.' }
        : {
            rule: 'frontmatter/schema',
            message: `nilai ${field} tidak dikenal: "${shown(valueAt(data, issue.path))}"`,
            hint: `Pilih salah satu: ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}.`,
          };
    case 'too_small': {
      const what = issue.origin === 'array' ? `minimal berisi ${issue.minimum} butir` : `terlalu pendek (minimal ${issue.minimum}${issue.origin === 'string' ? ' karakter' : ''})`;
      return { rule: 'frontmatter/schema', message: cms ? `${field}: ${what}` : `${field} ${what}`, hint: cms ? fieldHint ?? 'Lengkapi isian ini.' : 'Lengkapi isian ini.' };
    }
    case 'too_big': {
      const what = `terlalu panjang (maksimal ${issue.maximum}${issue.origin === 'string' ? ' karakter' : issue.origin === 'array' ? ' butir' : ''})`;
      return { rule: 'frontmatter/schema', message: cms ? `${field}: ${what}` : `${field} ${what}`, hint: 'Persingkat isian ini.' };
    }
    case 'invalid_format': {
      // A pattern without our own message says nothing an editor can use: show the value, and the field's hint as the fix.
      if (own) {
        const text = ownText();
        return { ...text, message: cms ? text.message : `format ${field} salah: ${issue.message.split('; ')[0]}` };
      }
      const value = valueAt(data, issue.path);
      const written = typeof value === 'string' ? ` "${shown(value, 40)}"` : '';
      return {
        rule: ruleFromParams ? ruleOf(ruleFromParams) : 'frontmatter/schema',
        message: cms ? `${field}: penulisan${written} tidak sesuai aturan` : `format ${field} salah${written ? `:${written}` : ''}`,
        hint: fieldHint ?? 'Perbaiki penulisannya sesuai contoh.',
      };
    }
    case 'invalid_union':
      return { rule: 'frontmatter/schema', message: cms ? `${field}: isian tidak valid` : `isian ${field} tidak valid`, hint: cms ? fieldHint ?? 'Periksa isian ini.' : 'Periksa jenis nilainya (teks, angka, tanggal atau daftar) sesuai contoh di docs/content.md.' };
    default:
      // Our own issues carry Indonesian "message; hint" text; zod's built-in text is never shown.
      if (!ruleFromParams && !own) {
        return { rule: 'frontmatter/schema', message: cms ? `${field}: isian tidak valid` : `isian ${field} tidak valid`, hint: fieldHint ?? (cms ? 'Perbaiki isian ini.' : 'Perbaiki isian ini sesuai docs/content.md.') };
      }
      return ownText();
  }
}
