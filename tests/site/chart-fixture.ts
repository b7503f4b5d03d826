/** A small dataset for the chart, tile-map and indicator tests: DBD cases per kecamatan and month, as the sample's. */
import type { CsvRow } from '../../src/lib/csv.ts';
import { DatasetSchema, type Dataset } from '../../src/schemas/index.ts';

/** A dataset of DBD cases per kecamatan and month, as the sample's, with `grafik` given per test. */
export function dbdDataset(): Dataset {
  return DatasetSchema.parse({
    judul: 'Kasus DBD per Kecamatan per Bulan', deskripsi: 'Jumlah kasus demam berdarah per kecamatan per bulan (contoh).',
    topik: 'kesehatan', periode: '2026', frekuensi: 'bulanan', tingkat_penyajian: 'kecamatan', diperbarui: '2026-11-09',
    kolom: [
      { nama: 'bulan', judul: 'Bulan', tipe: 'tanggal' },
      { nama: 'kode_wilayah', judul: 'Kode wilayah', tipe: 'kode-wilayah' },
      { nama: 'kecamatan', judul: 'Kecamatan', tipe: 'teks' },
      { nama: 'kasus', judul: 'Jumlah kasus', tipe: 'bilangan-bulat', satuan: 'kasus' },
      { nama: 'meninggal', judul: 'Meninggal', tipe: 'bilangan-bulat', satuan: 'kasus' },
    ],
  });
}

export const rowsOf = (lines: string[]): CsvRow[] => lines.map((line, i) => ({ line: i + 2, cells: line.split(',') }));

export const DBD_ROWS = rowsOf([
  '2026-01-01,33.21.01,Mranggen,8,0', '2026-01-01,33.21.02,Karangawen,5,1', '2026-01-01,33.21.03,Guntur,3,0',
  '2026-02-01,33.21.01,Mranggen,10,0', '2026-02-01,33.21.02,Karangawen,,0', '2026-02-01,33.21.03,Guntur,4,0',
]);
