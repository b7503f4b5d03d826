/** Which items /anggaran/ gathers and under which year; a PDF that cannot be read has no page count. */
import { describe, expect, it } from 'vitest';
import { budgetYear, isBudgetTitle } from '../../src/site/anggaran.ts';
import { countPdfPages } from '../../src/site/pdf-pages.ts';

describe('budget documents', () => {
  it('recognises budget titles by whole words and leaves plans and strategies out', () => {
    for (const title of ['Ringkasan APBD Kabupaten Demak Tahun Anggaran 2026', 'Laporan Realisasi Anggaran Kecamatan Demak Semester I 2026', 'LKPJ Bupati Demak 2025', 'Laporan Realisasi Pendapatan Asli Daerah Triwulan III 2026', 'Neraca 2025']) {
      expect(isBudgetTitle(title), title).toBe(true);
    }
    for (const title of ['Rencana Kerja Kecamatan Demak Tahun 2026', 'Rencana Strategis Dinas Kesehatan Tahun 2025–2029', 'Kajian Risiko Bencana', 'Pelayanan DPAC']) {
      expect(isBudgetTitle(title), title).toBe(false);
    }
  });

  it('files an item under the latest year its title names, else its waktu_pembuatan, else its date (WIB)', () => {
    expect(budgetYear('Laporan Keuangan Tahun 2025 dan LRA Semester I 2026', 'Juli 2026', new Date('2026-07-10'))).toBe(2026);
    expect(budgetYear('Ringkasan Laporan Keuangan Tahun 2024', 'Februari 2025', new Date('2025-02-10'))).toBe(2024);
    expect(budgetYear('Ringkasan Laporan Keuangan', 'Juli 2025', new Date('2026-01-01'))).toBe(2025);
    // 31 December 17:30 UTC is already 1 January in WIB.
    expect(budgetYear('Ringkasan Laporan Keuangan', undefined, new Date('2025-12-31T17:30:00Z'))).toBe(2026);
  });
});

describe('PDF page count', () => {
  it('is undefined for bytes PDF.js cannot open, without throwing', async () => {
    expect(await countPdfPages(new TextEncoder().encode('%PDF-1.4 not really a pdf'))).toBeUndefined();
  });
});
