/**
 * Personal data (UU 27/2022 PDP): NIK/No. KK and NPWP are errors wherever they appear (text, frontmatter,
 * CSV cells); mobile numbers not listed as official are warnings. An 18-digit NIP is never flagged.
 */
import type { TreeFile } from '../../content/tree.ts';
import { normalisePhone, type RuleContext } from '../context.ts';
import type { Rule } from '../rule.ts';

/** Province codes of Indonesia (Kemendagri), the first two digits of a NIK. */
const PROVINCES = new Set([11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97]);

/**
 * A 16-digit number shaped like a NIK: province + kabupaten + kecamatan + birth date DDMMYY (DD+40 for
 * women) + a 4-digit serial (domain.md §4).
 */
export function looksLikeNik(digits: string): boolean {
  if (!/^\d{16}$/.test(digits)) return false;
  const n = (from: number, len: number) => Number(digits.slice(from, from + len));
  const day = n(6, 2) > 40 ? n(6, 2) - 40 : n(6, 2);
  return PROVINCES.has(n(0, 2)) && n(2, 2) > 0 && n(4, 2) > 0 && day >= 1 && day <= 31 && n(8, 2) >= 1 && n(8, 2) <= 12 && n(12, 4) > 0;
}

/** Digit runs that may contain single spaces, dots or hyphens between digits (how people write NIKs). */
const NUMBER_RUN = /\+?\d(?:\d|[ .\-/](?=\d))*/g;
const NPWP_FORMATTED = /\b\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}\b/;
const MOBILE = /^(?:\+?62|0)8\d{7,11}$/;

export interface Finding {
  index: number;
  rule: 'personal-data/nik' | 'personal-data/npwp' | 'personal-data/phone';
  text: string;
}

/** Finds personal data in one line of text. `official` holds normalised official phone numbers. */
export function findPersonalData(line: string, official: Set<string>): Finding[] {
  const found: Finding[] = [];
  for (const match of line.matchAll(NUMBER_RUN)) {
    const text = match[0];
    const digits = text.replace(/\D/g, '');
    if (digits.length === 16 && looksLikeNik(digits)) found.push({ index: match.index, rule: 'personal-data/nik', text });
    else if (digits.length === 15 && (NPWP_FORMATTED.test(text) || /npwp/i.test(line))) found.push({ index: match.index, rule: 'personal-data/npwp', text });
    else if (MOBILE.test(text.replace(/[ .\-/]/g, '')) && !official.has(normalisePhone(text))) found.push({ index: match.index, rule: 'personal-data/phone', text });
  }
  return found;
}

const MESSAGES = {
  'personal-data/nik': {
    message: (t: string) => `angka "${mask(t)}" berbentuk NIK/No. KK (data pribadi)`,
    hint: 'Hapus NIK atau No. KK dari konten publik (UU 27/2022 tentang Pelindungan Data Pribadi). Bila perlu, tulis inisial atau nomor urut saja. NIP pegawai (18 angka) boleh.',
  },
  'personal-data/npwp': {
    message: (t: string) => `angka "${mask(t)}" berbentuk NPWP (data pribadi)`,
    hint: 'Hapus NPWP perseorangan dari konten publik. NPWP badan/instansi pun sebaiknya tidak dicantumkan bila tidak diwajibkan.',
  },
  'personal-data/phone': {
    message: (t: string) => `nomor HP "${t}" tidak terdaftar sebagai nomor resmi`,
    hint: 'Jangan menerbitkan nomor HP pribadi. Bila ini nomor WhatsApp layanan resmi, cantumkan di `telepon` pada profil.md OPD (atau di pemda.yaml) agar dikenali.',
  },
} as const;

/** Shows only the first 4 and last 2 digits, so the report itself does not republish the number. */
function mask(text: string): string {
  const digits = text.replace(/\D/g, '');
  return `${digits.slice(0, 4)}${'•'.repeat(Math.max(0, digits.length - 6))}${digits.slice(-2)}`;
}

function reportFinding(ctx: RuleContext, file: string, line: number, column: number, finding: Finding): void {
  const m = MESSAGES[finding.rule];
  ctx.report({ file, line, column, rule: finding.rule, severity: finding.rule === 'personal-data/phone' ? 'warning' : 'error', message: m.message(finding.text), hint: m.hint });
}

async function scanCsv(ctx: RuleContext, file: TreeFile): Promise<void> {
  const { rows } = await ctx.csv(file);
  for (const row of rows) {
    row.cells.forEach((cell, i) => {
      for (const finding of findPersonalData(cell, ctx.officialPhones)) reportFinding(ctx, file.path, row.line, i + 1, finding);
    });
  }
}

export const personalData: Rule = {
  id: 'personal-data',
  description: 'Data pribadi: NIK/KK dan NPWP (kesalahan), nomor HP tidak resmi (peringatan)',
  checks: [
    { id: 'personal-data/nik', severity: 'error', description: 'NIK atau No. KK (data pribadi)' },
    { id: 'personal-data/npwp', severity: 'error', description: 'NPWP (data pribadi)' },
    { id: 'personal-data/phone', severity: 'warning', description: 'Nomor HP yang tidak terdaftar sebagai nomor resmi' },
  ],
  async check(ctx) {
    for (const source of ctx.tree.sources.values()) {
      source.text.split('\n').forEach((line, i) => {
        for (const finding of findPersonalData(line, ctx.officialPhones)) reportFinding(ctx, source.path, i + 1, finding.index + 1, finding);
      });
    }
    for (const file of ctx.tree.files) if (file.kind === 'dataset-csv' && file.regular) await scanCsv(ctx, file);
  },
};
