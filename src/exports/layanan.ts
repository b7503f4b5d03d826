/**
 * Machine outputs of the request registers, driven by typed field maps: the tracking data (/permohonan/lacak.json,
 * read by the tracking page's script) and the yearly statistics as CSV (/statistik-layanan/<tahun>.csv, one row per
 * OPD and one for the regency). Neither holds anything about the requester beyond the register's own fields.
 */
import { urls } from '../lib/urls.ts';
import { tanggalWib } from '../layanan/hari-kerja.ts';
import type { Ringkasan, StatistikTahun } from '../layanan/statistik.ts';
import type { LayananSitus } from '../site/layanan.ts';
import { toCsv, type CsvValue } from './csv.ts';

/** One request as the tracking page shows it (dates `YYYY-MM-DD`, WIB). */
export interface LacakRecord {
  nomor: string;
  opd: string;
  opd_nama: string;
  informasi: string;
  status: string;
  diterima: string;
  /** The answer deadline (10 working days, 17 when extended). */
  batas: string;
  diperpanjang: boolean;
  dijawab: string | null;
  keberatan: { diajukan: string; batas: string; ditanggapi: string | null; hasil: string | null } | null;
  /** The request's row on its OPD's register page. */
  url: string;
}

export interface LacakData {
  /** The day the build judged the deadlines on. */
  hari_ini: string;
  /** Register number → record. */
  permohonan: Record<string, LacakRecord>;
}

/** The tracking data of every register. */
export function lacakData(layanan: LayananSitus): LacakData {
  const permohonan: Record<string, LacakRecord> = {};
  for (const reg of layanan.register) {
    for (const { rows } of reg.bulan) {
      for (const { entry, tenggat } of rows) {
        const d = entry.data;
        const k = d.keberatan;
        permohonan[d.nomor] = {
          nomor: d.nomor, opd: entry.opd, opd_nama: reg.opd.data.nama, informasi: d.informasi, status: d.status,
          diterima: tenggat.permohonan.mulai, batas: tenggat.permohonan.batas, diperpanjang: tenggat.diperpanjang,
          dijawab: tenggat.permohonan.dijawab ?? null,
          keberatan: k && tenggat.keberatan
            ? { diajukan: tenggat.keberatan.mulai, batas: tenggat.keberatan.batas, ditanggapi: k.ditanggapi ? tanggalWib(k.ditanggapi) : null, hasil: k.hasil ?? null }
            : null,
          url: urls.lacakEntry(entry.opd, entry.slug),
        };
      }
    }
  }
  return { hari_ini: layanan.hariIni, permohonan };
}

/** The CSV columns, with how each is read from a summary. */
const STATISTIK_COLUMNS: [string, (r: Ringkasan) => CsvValue][] = [
  ['permohonan', (r) => r.jumlah],
  ['dikabulkan', (r) => r.perStatus.dikabulkan],
  ['dikabulkan_sebagian', (r) => r.perStatus['dikabulkan-sebagian']],
  ['ditolak', (r) => r.perStatus.ditolak],
  ['dialihkan', (r) => r.perStatus.dialihkan],
  ['belum_dijawab', (r) => r.terbuka],
  ['belum_dijawab_lewat_batas', (r) => r.terbukaLewat],
  ['diperpanjang', (r) => r.diperpanjang],
  ['dijawab_tepat_waktu', (r) => r.tepatWaktu],
  ['median_hari_kerja', (r) => r.median],
  ['p90_hari_kerja', (r) => r.p90],
  ['rata_rata_hari_kerja', (r) => r.rataRata],
  ['keberatan', (r) => r.keberatan.jumlah],
  ['keberatan_diterima', (r) => r.keberatan.perHasil.diterima],
  ['keberatan_diterima_sebagian', (r) => r.keberatan.perHasil['diterima-sebagian']],
  ['keberatan_ditolak', (r) => r.keberatan.perHasil.ditolak],
  ['keberatan_belum_ditanggapi', (r) => r.keberatan.perHasil.belum],
  ['sengketa_komisi_informasi', (r) => r.keberatan.sengketa],
];

export const STATISTIK_CSV_HEADER = ['tahun', 'opd', 'nama', ...STATISTIK_COLUMNS.map(([name]) => name)];

/** One row per OPD (slug order), then the regency (`opd` empty). */
export function statistikCsv(stat: StatistikTahun, namaOf: (opd: string) => string, pemda: string): string {
  const row = (opd: string, nama: string, r: Ringkasan): CsvValue[] => [stat.tahun, opd, nama, ...STATISTIK_COLUMNS.map(([, read]) => read(r))];
  return toCsv(STATISTIK_CSV_HEADER, [...stat.perOpd.map((o) => row(o.opd, namaOf(o.opd), o.ringkasan)), row('', pemda, stat)]);
}
