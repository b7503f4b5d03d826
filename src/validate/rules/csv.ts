/**
 * Dataset CSVs against their metadata: UTF-8, declared delimiter and decimal mark, header equal to the
 * column dictionary, every cell valid for its type, required cells present, no ragged rows, and no text cell
 * that a spreadsheet would run as a formula (the CSV is published with its original bytes, so it cannot be
 * neutralised on the way out: OWASP "CSV Injection").
 * Problems are reported at `file:row:column` (the header is row 1).
 */
import { formulaStart, parseCell } from '../../lib/csv.ts';
import { guessDelimiter } from '../../lib/csv-guess.ts';
import { DatasetSchema, DELIMITERS } from '../../schemas/dataset.ts';
import { fieldAt } from '../../schemas/introspect.ts';
import { keysAsLabels } from '../issue-text.ts';
import type { Rule } from '../rule.ts';

/** How a delimiter (as `pemisah` writes it) is called. */
const DELIMITER_NAMES: Record<string, string> = { ',': 'koma (,)', ';': 'titik koma (;)', tab: 'tab' };
const delimiterName = (pemisah: string) => DELIMITER_NAMES[pemisah] ?? `"${pemisah}"`;
/** A field of the dataset form by its own label, as the CMS shows it ("Pemisah kolom CSV", "Nama kolom"). */
const label = (...path: (string | number)[]) => fieldAt(DatasetSchema, path).label.split(' › ').at(-1)!.replace(/, butir ke-\d+$/, '');

export const csv: Rule = {
  id: 'csv',
  description: 'Berkas CSV: UTF-8, pemisah dan desimal sesuai metadata, judul kolom, isi sel per tipe, baris lengkap',
  checks: [
    { id: 'csv/encoding', severity: 'error', description: 'Berkas CSV bukan UTF-8' },
    { id: 'csv/delimiter', severity: 'error', description: 'Pemisah kolom berbeda dengan metadata' },
    { id: 'csv/header', severity: 'error', description: 'Judul kolom berbeda dengan kamus kolom' },
    { id: 'csv/cell-type', severity: 'error', description: 'Isi sel tidak sesuai tipe kolomnya' },
    { id: 'csv/required', severity: 'error', description: 'Sel kolom wajib kosong' },
    { id: 'csv/ragged-row', severity: 'error', description: 'Jumlah sel dalam baris tidak sama dengan jumlah kolom' },
    { id: 'csv/formula', severity: 'error', description: 'Sel teks diawali =, +, - atau @ yang akan dijalankan sebagai rumus oleh spreadsheet' },
  ],
  check(ctx) {
    return ctx.eachFile(async (file) => {
      if (file.kind !== 'dataset-csv' || !file.regular) return;
      const { decoded, rows, meta } = await ctx.csv(file);
      const metaFile = file.path.replace(/\.csv$/, '.yaml');
      if (!decoded.ok) {
        ctx.report({
          file: file.path, line: 1, rule: 'csv/encoding',
          message: decoded.encoding === 'utf-16' ? 'berkas CSV tersimpan sebagai UTF-16 (Unicode), bukan UTF-8' : 'berkas CSV bukan UTF-8 (kemungkinan ANSI/Windows-1252)',
          hint: 'Di Excel pilih File → Simpan Sebagai → "CSV UTF-8 (dipisahkan koma)"; di LibreOffice centang "Edit filter settings" dan pilih Unicode (UTF-8).',
        });
        return;
      }
      if (!meta) return; // the metadata's own problems are reported by the frontmatter and cross-file rules
      // In the CMS the fix is a field of the form ("Pemisah kolom CSV"); for files, a key of the metadata file.
      const cms = ctx.audience === 'cms';
      if (rows.length === 0) {
        ctx.report({ file: file.path, line: 1, rule: 'csv/header', message: 'berkas CSV kosong', hint: 'Baris pertama harus berisi nama kolom sesuai kamus kolom di metadata, diikuti baris data.' });
        return;
      }
      const header = rows[0].cells.map((c) => c.trim());
      const expected = meta.kolom.map((k) => k.nama);
      if (header.length === 1 && expected.length > 1) {
        // The same guess the CMS makes when it fills a dictionary from an upload (lib/csv-guess.ts).
        const name = guessDelimiter(header[0]);
        if (name) {
          const used = DELIMITERS[name];
          ctx.report(
            cms
              ? {
                  file: file.path, line: 1, rule: 'csv/delimiter',
                  message: `berkas CSV memakai pemisah kolom ${delimiterName(name)}, sedangkan ${label('pemisah')} berisi ${delimiterName(meta.pemisah)}`,
                  hint: `Ubah ${label('pemisah')} menjadi ${delimiterName(name)}${used === ';' ? ` (dan ${label('desimal')} menjadi koma (,) bila angka memakai koma desimal)` : ''}, atau simpan ulang CSV dengan pemisah ${delimiterName(meta.pemisah)} lalu unggah lagi.`,
                }
              : {
                  file: file.path, line: 1, rule: 'csv/delimiter',
                  message: `berkas memakai pemisah kolom "${name}" tetapi metadata menyatakan "${meta.pemisah}"`,
                  hint: `Tambahkan \`pemisah: "${name}"\`${used === ';' ? ' (dan `desimal: ","` bila angka memakai koma desimal)' : ''} di ${metaFile}, atau simpan ulang CSV dengan pemisah "${meta.pemisah}".`,
                },
          );
          return;
        }
      }
      let headerOk = header.length === expected.length;
      for (let i = 0; i < Math.max(header.length, expected.length); i++) {
        if (header[i] === expected[i]) continue;
        headerOk = false;
        if (cms) {
          const kamus = label('kolom');
          ctx.report({
            file: file.path, line: 1, column: i + 1, rule: 'csv/header',
            message:
              expected[i] === undefined ? `kolom ke-${i + 1} di berkas bernama \`${header[i]}\` tidak ada di ${kamus}`
              : header[i] === undefined ? `kolom ke-${i + 1} di ${kamus} (\`${expected[i]}\`) tidak ada di berkas CSV`
              : `kolom ke-${i + 1} di berkas bernama \`${header[i]}\`, di ${kamus} \`${expected[i]}\``,
            hint: `Samakan ${label('kolom', 0, 'nama')} di ${kamus} dengan baris pertama CSV, urutan yang sama (${expected.length} kolom di ${kamus}, ${header.length} di berkas); atau perbaiki baris pertama CSV lalu unggah lagi.`,
          });
          continue;
        }
        ctx.report({
          file: file.path, line: 1, column: i + 1, rule: 'csv/header',
          message: expected[i] === undefined ? `kolom ke-${i + 1} "${header[i]}" tidak ada di kamus kolom` : header[i] === undefined ? `kolom ke-${i + 1} "${expected[i]}" tidak ada di CSV` : `judul kolom ke-${i + 1} "${header[i]}" seharusnya "${expected[i]}"`,
          hint: `Baris pertama CSV harus persis: ${expected.join(meta.pemisah === 'tab' ? '\\t' : meta.pemisah)} (sama dengan \`kolom\` di ${metaFile}, urutan yang sama).`,
        });
      }
      if (!headerOk && header.length !== expected.length) return;
      const report = (rule: string, line: number, column: number, message: string, hint: string) => ctx.report({ file: file.path, line, column, rule, message, hint });
      for (const row of rows.slice(1)) {
        if (row.cells.length !== expected.length) {
          report('csv/ragged-row', row.line, Math.min(row.cells.length, expected.length) + 1, `baris ini berisi ${row.cells.length} sel, seharusnya ${expected.length}`, 'Lengkapi sel yang hilang (boleh kosong, tetapi pemisahnya harus ada) atau hapus pemisah berlebih; teks yang memuat pemisah harus diapit tanda kutip "...".');
          continue;
        }
        meta.kolom.forEach((kolom, i) => {
          const raw = row.cells[i];
          if (raw.trim() === '') {
            if (kolom.wajib) {
              const fix = cms ? `matikan ${label('kolom', 0, 'wajib')} untuk kolom ${kolom.nama} di ${label('kolom')}` : `set \`wajib: false\` untuk kolom ${kolom.nama} di ${metaFile}`;
              report('csv/required', row.line, i + 1, `sel kolom "${kolom.nama}" (${kolom.judul}) kosong padahal wajib diisi`, `Isi sel ini, atau ${fix} bila memang boleh kosong.`);
            }
            return;
          }
          const cell = parseCell(raw, kolom.tipe, meta.desimal, ctx.wilayah);
          if (!cell.ok) report('csv/cell-type', row.line, i + 1, `nilai "${raw.trim().slice(0, 40)}" di kolom "${kolom.nama}" (${kolom.tipe}) ${cell.reason}`, cms ? keysAsLabels(cell.hint, DatasetSchema) : cell.hint);
          // Other types are checked strictly above; a negative number in a numeric column is no formula.
          const formula = kolom.tipe === 'teks' ? formulaStart(raw) : undefined;
          if (formula) {
            const { sign, inner } = formula;
            report(
              'csv/formula', row.line, i + 1,
              `teks "${raw.trim().slice(0, 40)}" di kolom "${kolom.nama}" ${inner ? `memuat tanda ${sign} sesudah titik koma atau baris baru` : `diawali tanda ${sign}`}, sehingga Excel/LibreOffice menjalankannya sebagai rumus (CSV injection)`,
              `Hapus tanda ${sign} di awal${inner ? ' bagian itu' : ''} atau awali dengan tanda petik (') agar spreadsheet membacanya sebagai teks.`,
            );
          }
        });
      }
    });
  },
};
