/**
 * Personal data (UU 27/2022 Pelindungan Data Pribadi): NIK/No. KK and NPWP are errors wherever they appear,
 * in every form a reader gets them: markdown and YAML text, CSV cells, file names (they become URLs), the
 * text of PDFs and of office documents. Unlisted mobile numbers are warnings; an 18-digit NIP is never
 * flagged. A PDF without a text layer (a scan) or that cannot be opened cannot be checked: a warning asks
 * the editor to check it by eye. Detection itself is pure (src/validate/personal-data/detect.ts).
 */
import { fileClassOf, extensionOf } from '../../content/paths.ts';
import type { TreeFile } from '../../content/tree.ts';
import { BatasUkuranSchema } from '../../schemas/pemda.ts';
import type { RuleContext } from '../context.ts';
import { findPersonalData, type Finding, type PersonalDataCheck } from '../personal-data/detect.ts';
import { mapLimit } from '../../lib/pool.ts';
import { LineIndex } from '../personal-data/position.ts';
import { maskDigits } from '../personal-data/redact.ts';
import type { Rule } from '../rule.ts';

export { findPersonalData, type Finding } from '../personal-data/detect.ts';
export { looksLikeNik } from '../personal-data/nik.ts';

/** Documents read at once: PDF.js runs on the main thread, so more only adds memory. */
const DOCUMENT_CONCURRENCY = 4;

/** Where a finding sits: in text (line and column say where), in the file name, or in a part of a document. */
type Where = { kind: 'text' } | { kind: 'filename' } | { kind: 'document'; label: string; pdf: boolean };

const LABELS: Record<PersonalDataCheck, string> = {
  'personal-data/nik': 'NIK/No. KK',
  'personal-data/npwp': 'NPWP',
  'personal-data/phone': 'nomor HP',
};

const HINTS: Record<PersonalDataCheck, string> = {
  'personal-data/nik': 'Hapus NIK atau No. KK dari konten publik (UU 27/2022 tentang Pelindungan Data Pribadi). Bila perlu, tulis inisial atau nomor urut saja. NIP pegawai (18 angka) boleh.',
  'personal-data/npwp': 'Hapus NPWP perseorangan dari konten publik (sejak 2024 NPWP orang pribadi adalah NIK). NPWP badan/instansi pun sebaiknya tidak dicantumkan bila tidak diwajibkan.',
  'personal-data/phone': 'Jangan menerbitkan nomor HP pribadi. Bila ini nomor WhatsApp layanan resmi, cantumkan di `telepon` pada profil.md OPD (atau di pemda.yaml) agar dikenali.',
};

const SCIENTIFIC_HINT = ' Angka ini ditulis Excel dalam notasi ilmiah (berakhiran E+15): Excel memotong angka 16 digit, tetapi awalannya tetap data pribadi. Hapus kolomnya, jangan hanya mengubah formatnya.';
const FILENAME_HINT = ' Ganti nama berkas agar tidak memuat nomor tersebut (nama berkas ikut tampil di alamat/URL portal), lalu perbarui rujukan ke berkas ini.';
const PDF_HINT = ' Hapus dari dokumen sumbernya lalu ekspor ulang PDF dan ganti berkas ini. Kotak hitam di atas teks PDF tidak cukup: teks di bawahnya tetap dapat disalin.';
const OFFICE_HINT = ' Hapus dari dokumennya, termasuk dari komentar, catatan, dan riwayat perubahan (track changes), lalu unggah ulang berkas ini.';

function describe(finding: Finding, where: Where): { message: string; hint: string } {
  const shown = finding.rule === 'personal-data/phone' ? finding.text.trim() : maskDigits(finding.digits);
  const scientific = /e\+?\d+$/i.test(finding.text);
  const what = finding.rule === 'personal-data/phone' ? `nomor HP "${shown}" tidak terdaftar sebagai nomor resmi` : `angka "${shown}" berbentuk ${LABELS[finding.rule]} (data pribadi)`;
  const message = where.kind === 'filename' ? `nama berkas memuat ${what}` : where.kind === 'document' ? `${what} di ${where.label}` : what;
  const hint = HINTS[finding.rule] + (scientific ? SCIENTIFIC_HINT : '') + (where.kind === 'filename' ? FILENAME_HINT : where.kind === 'document' ? (where.pdf ? PDF_HINT : OFFICE_HINT) : '');
  return { message, hint };
}

function report(ctx: RuleContext, file: string, line: number, column: number, finding: Finding, where: Where): void {
  ctx.report({ file, line, column, rule: finding.rule, ...describe(finding, where) });
}

function scanSources(ctx: RuleContext): void {
  ctx.eachSource((source) => {
    // In a request register every phone number is an error of its own (rules/permohonan.ts), not this warning.
    const findings = findPersonalData(source.text, ctx.officialPhones).filter((f) => source.kind !== 'permohonan' || f.rule !== 'personal-data/phone');
    if (findings.length === 0) return;
    const lines = new LineIndex(source.text);
    for (const finding of findings) {
      const { line, column } = lines.at(finding.index);
      report(ctx, source.path, line, column, finding, { kind: 'text' });
    }
  });
}

/** A NIK in a file name is published twice: in the URL of the file and in every link to it. */
function scanFileNames(ctx: RuleContext): Promise<void> {
  return ctx.eachFile((file) => {
    for (const finding of findPersonalData(file.path, ctx.officialPhones)) report(ctx, file.path, 1, 1, finding, { kind: 'filename' });
  });
}

async function scanCsv(ctx: RuleContext, file: TreeFile): Promise<void> {
  const { rows } = await ctx.csv(file);
  const header = rows[0]?.cells ?? [];
  for (const row of rows) {
    row.cells.forEach((cell, i) => {
      const findings = findPersonalData(cell, ctx.officialPhones, { npwpContext: row !== rows[0] && /npwp/i.test(header[i] ?? '') });
      if (findings.length === 0) return;
      const lines = new LineIndex(cell);
      for (const finding of findings) report(ctx, file.path, row.line + lines.at(finding.index).line - 1, i + 1, finding, { kind: 'text' });
    });
  }
}

async function scanDocuments(ctx: RuleContext): Promise<void> {
  const limits = ctx.pemda?.batas_ukuran ?? BatasUkuranSchema.parse({});
  const documents: TreeFile[] = [];
  await ctx.eachFile((file) => {
    const cls = fileClassOf(file.path);
    // Oversized files are reported by files/size and are not read here.
    if (file.regular && !file.symlink && (cls === 'pdf' || cls === 'dokumen') && file.size <= limits[cls] * 1024) documents.push(file);
  });
  const results = await mapLimit(documents, DOCUMENT_CONCURRENCY, (file) => ctx.documentFacts(file));
  documents.forEach((file, i) => {
    const result = results[i];
    const isPdf = extensionOf(file.path) === 'pdf';
    if (result.kind === 'none') return;
    if (result.kind === 'unreadable') {
      for (const finding of result.findings) report(ctx, file.path, 1, 1, finding, { kind: 'document', label: 'isi berkas (mentah)', pdf: isPdf });
      ctx.report({
        file: file.path, line: 1, rule: 'personal-data/unreadable',
        message: `${isPdf ? 'PDF' : 'dokumen'} ini ${result.encrypted ? 'terkunci kata sandi' : 'rusak atau tidak dapat dibuka'}, sehingga isinya tidak dapat diperiksa dari data pribadi`,
        hint: `${result.encrypted ? 'Unggah versi tanpa kata sandi (dokumen publik tidak perlu dikunci).' : `Simpan ulang berkas dari aplikasinya (misalnya "Simpan sebagai ${isPdf ? 'PDF' : extensionOf(file.path).toUpperCase()}").`} Sebelum menerbitkan, pastikan dokumen tidak memuat NIK, No. KK, NPWP, nomor HP pribadi, atau foto KTP.`,
      });
      return;
    }
    for (const part of result.parts) {
      for (const finding of part.findings) report(ctx, file.path, 1, 1, finding, { kind: 'document', label: part.label, pdf: isPdf });
    }
    if (result.textless) {
      ctx.report({
        file: file.path, line: 1, rule: 'personal-data/scan-no-text',
        message: `PDF ini tidak memiliki teks (${result.parts.length} halaman hasil pindaian/gambar), sehingga isinya tidak dapat diperiksa dari data pribadi`,
        hint: 'Periksa setiap halaman dan pastikan tidak ada NIK, No. KK, NPWP, nomor HP pribadi, tanda tangan, atau foto KTP. Lebih baik unggah PDF hasil ekspor dari aplikasi pengolah kata (bukan hasil scan), atau jalankan OCR, agar isinya dapat diperiksa otomatis.',
      });
    }
  });
}

export const personalData: Rule = {
  id: 'personal-data',
  description: 'Data pribadi: NIK/KK dan NPWP di teks, CSV, nama berkas, PDF dan dokumen kantor (kesalahan), nomor HP tidak resmi dan PDF yang tidak dapat diperiksa (peringatan)',
  checks: [
    { id: 'personal-data/nik', severity: 'error', description: 'NIK atau No. KK (data pribadi)' },
    { id: 'personal-data/npwp', severity: 'error', description: 'NPWP (data pribadi)' },
    { id: 'personal-data/phone', severity: 'warning', description: 'Nomor HP yang tidak terdaftar sebagai nomor resmi' },
    { id: 'personal-data/scan-no-text', severity: 'warning', description: 'PDF tanpa teks (hasil pindaian) yang harus diperiksa manual dari data pribadi' },
    { id: 'personal-data/unreadable', severity: 'warning', description: 'PDF atau dokumen kantor yang rusak atau terkunci sehingga tidak dapat diperiksa' },
  ],
  async check(ctx) {
    scanSources(ctx);
    await scanFileNames(ctx);
    await ctx.eachFile((file) => (file.kind === 'dataset-csv' && file.regular ? scanCsv(ctx, file) : undefined));
    await scanDocuments(ctx);
  },
};
