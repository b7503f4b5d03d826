/** Dates of /cari/ results as the page writes them, for tests that check an order. */
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** `… · 27 November 2026` → 20261127 (undefined when the result shows no date). */
export function resultDay(meta: string): number | undefined {
  const m = /(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(meta.trim());
  return m ? Number(m[3]) * 10_000 + (MONTHS.indexOf(m[2]) + 1) * 100 + Number(m[1]) : undefined;
}
