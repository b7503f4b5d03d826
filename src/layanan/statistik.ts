/**
 * Service statistics from the request registers, per year of receipt: what UU 14/2008 Pasal 12 asks a public body to
 * announce every year (requests received, the time taken to answer, granted and refused, the reasons for refusal) and
 * what the annual report of Perki 1/2021 Pasal 56 adds (objections and their outcome, disputes). Answer times are in
 * working days (hari-kerja.ts); the median of an even count is the mean of the two middle values, the 90th percentile
 * is the nearest-rank value (the smallest time within which 90% of the answered requests were answered).
 */
import type { Entry } from '../content/model.ts';
import { ALASAN_KEBERATAN, DASAR_PENOLAKAN, HASIL_KEBERATAN, KATEGORI_PEMOHON, SALURAN, STATUS_PERMOHONAN, type Permohonan } from '../schemas/permohonan.ts';
import { tanggalWib, type KalenderKerja, type Tanggal } from './hari-kerja.ts';
import { tenggatPermohonan, type TenggatPermohonan } from './tenggat.ts';

type Count<K extends string> = Record<K, number>;
const zero = <K extends string>(keys: readonly K[]): Count<K> => Object.fromEntries(keys.map((k) => [k, 0])) as Count<K>;

export interface Ringkasan {
  jumlah: number;
  perStatus: Count<(typeof STATUS_PERMOHONAN)[number]>;
  /** Refused in full or in part, by basis (UU 14/2008 Pasal 17 letter or `tidak-dikuasai`). */
  perDasar: Count<(typeof DASAR_PENOLAKAN)[number]>;
  diperpanjang: number;
  dijawab: number;
  /** Answered within the deadline (10 working days, 17 when extended). */
  tepatWaktu: number;
  /** Still unanswered; `terbukaLewat` of them past the deadline. */
  terbuka: number;
  terbukaLewat: number;
  /** Working days to answer: median, 90th percentile and mean (null without answers). */
  median: number | null;
  p90: number | null;
  rataRata: number | null;
  keberatan: {
    jumlah: number;
    perAlasan: Count<(typeof ALASAN_KEBERATAN)[number]>;
    perHasil: Count<(typeof HASIL_KEBERATAN)[number] | 'belum'>;
    tepatWaktu: number;
    lewat: number;
    sengketa: number;
  };
}

export interface StatistikTahun extends Ringkasan {
  tahun: number;
  /** Requests received per month, January first. */
  perBulan: number[];
  perSaluran: Count<(typeof SALURAN)[number]>;
  perKategori: Count<(typeof KATEGORI_PEMOHON)[number]>;
  /** Every OPD with requests that year, in slug order. */
  perOpd: { opd: string; ringkasan: Ringkasan }[];
}

interface Item {
  entry: Entry<Permohonan>;
  tenggat: TenggatPermohonan;
}

/** Median (mean of the middle two for an even count). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile (`p` in 0–100). */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

function summarise(items: readonly Item[]): Ringkasan {
  const r: Ringkasan = {
    jumlah: items.length, perStatus: zero(STATUS_PERMOHONAN), perDasar: zero(DASAR_PENOLAKAN), diperpanjang: 0, dijawab: 0, tepatWaktu: 0,
    terbuka: 0, terbukaLewat: 0, median: null, p90: null, rataRata: null,
    keberatan: { jumlah: 0, perAlasan: zero(ALASAN_KEBERATAN), perHasil: zero([...HASIL_KEBERATAN, 'belum'] as const), tepatWaktu: 0, lewat: 0, sengketa: 0 },
  };
  const times: number[] = [];
  for (const { entry, tenggat } of items) {
    const d = entry.data;
    const t = tenggat.permohonan;
    r.perStatus[d.status]++;
    if (d.dasar_penolakan && (d.status === 'ditolak' || d.status === 'dikabulkan-sebagian')) r.perDasar[d.dasar_penolakan]++;
    if (tenggat.diperpanjang) r.diperpanjang++;
    if (t.dijawab !== undefined) {
      r.dijawab++;
      if (!t.terlambat) r.tepatWaktu++;
      times.push(t.hariKerja ?? 0);
    } else {
      r.terbuka++;
      if (t.lewat) r.terbukaLewat++;
    }
    const k = tenggat.keberatan;
    if (!d.keberatan || !k) continue;
    r.keberatan.jumlah++;
    for (const alasan of d.keberatan.alasan) r.keberatan.perAlasan[alasan]++;
    r.keberatan.perHasil[k.dijawab && d.keberatan.hasil ? d.keberatan.hasil : 'belum']++;
    if (k.dijawab && !k.terlambat) r.keberatan.tepatWaktu++;
    if (k.lewat) r.keberatan.lewat++;
    if (d.keberatan.sengketa) r.keberatan.sengketa++;
  }
  r.median = median(times);
  r.p90 = percentile(times, 90);
  r.rataRata = round1(times.length ? times.reduce((a, b) => a + b, 0) / times.length : null);
  return r;
}

/** The summary of no requests at all (an OPD that reports a year without requests). */
export function emptyRingkasan(): Ringkasan {
  return summarise([]);
}

/** The years in which requests were received, oldest first. */
export function tahunLayanan(entries: readonly Entry<Permohonan>[]): number[] {
  return [...new Set(entries.map((e) => Number(tanggalWib(e.data.diterima).slice(0, 4))))].sort((a, b) => a - b);
}

/** The statistics of the requests received in `tahun`, each judged as of `hariIni`. */
export function statistikTahun(entries: readonly Entry<Permohonan>[], tahun: number, kalender: KalenderKerja, hariIni: Tanggal): StatistikTahun {
  const items = entries
    .filter((e) => tanggalWib(e.data.diterima).startsWith(`${tahun}-`) && tanggalWib(e.data.diterima) <= hariIni)
    .map((entry) => ({ entry, tenggat: tenggatPermohonan(entry.data, kalender, hariIni) }));
  const perBulan = Array.from({ length: 12 }, () => 0);
  const perSaluran = zero(SALURAN);
  const perKategori = zero(KATEGORI_PEMOHON);
  const byOpd = new Map<string, Item[]>();
  for (const item of items) {
    perBulan[Number(tanggalWib(item.entry.data.diterima).slice(5, 7)) - 1]++;
    perSaluran[item.entry.data.saluran]++;
    perKategori[item.entry.data.kategori_pemohon]++;
    byOpd.set(item.entry.opd, [...(byOpd.get(item.entry.opd) ?? []), item]);
  }
  const perOpd = [...byOpd].sort(([a], [b]) => a.localeCompare(b)).map(([opd, list]) => ({ opd, ringkasan: summarise(list) }));
  return { tahun, ...summarise(items), perBulan, perSaluran, perKategori, perOpd };
}
