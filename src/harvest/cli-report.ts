/** What `npm run harvest` prints: one Indonesian line per dataset, then a summary (CI logs and the PR body read them). */
import type { HarvestResult, HarvestStatus } from './run.ts';

const LABEL: Record<HarvestStatus, string> = {
  diperbarui: 'diperbarui',
  'tidak-berubah': 'tidak berubah',
  gagal: 'gagal',
  'belum-jadwal': 'belum jadwal',
};

/** One line: the CSV path (each PR body greps its OPD's lines), the outcome and its detail. */
export function resultLine(r: HarvestResult, dryRun = false): string {
  switch (r.status) {
    case 'diperbarui':
      return `${r.csvPath}: diperbarui (${r.rows} baris${dryRun ? '; uji coba, tidak ditulis' : ''})`;
    case 'tidak-berubah':
      return `${r.csvPath}: tidak berubah (${r.rows} baris)`;
    case 'gagal':
      return `${r.csvPath}: gagal: ${r.reason}`;
    case 'belum-jadwal':
      return `${r.csvPath}: belum jadwal (${r.frekuensi}${r.next ? `; berikutnya ${r.next}` : '; hanya sekali, paksa dengan --dataset'})`;
  }
}

export function summaryLine(results: HarvestResult[], dryRun = false): string {
  if (results.length === 0) return 'Panen: tidak ada dataset dengan `sumber` pada pilihan ini.';
  const count = (s: HarvestStatus) => results.filter((r) => r.status === s).length;
  const parts = (Object.keys(LABEL) as HarvestStatus[]).map((s) => `${count(s)} ${LABEL[s]}`);
  return `Panen${dryRun ? ' (uji coba: tidak ada berkas yang ditulis)' : ''}: ${parts.join(', ')}.`;
}
