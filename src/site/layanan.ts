/**
 * The request registers as the site shows them, computed once per build: the day the pages are judged on (WIB; pinned
 * with `LAYANAN_HARI_INI=2026-11-30` for screenshots and tests), the working-day calendar of pemda.yaml, each OPD's
 * register newest first and by month, the years with requests, and each year's statistics.
 */
import type { Entry, OpdEntry } from '../content/model.ts';
import { kalenderKerja, tanggalWib, type KalenderKerja, type Tanggal } from '../layanan/hari-kerja.ts';
import { statistikTahun, tahunLayanan, type StatistikTahun } from '../layanan/statistik.ts';
import { tenggatPermohonan, type TenggatPermohonan } from '../layanan/tenggat.ts';
import type { LaporanLayanan, Permohonan } from '../schemas/permohonan.ts';
import type { SiteModel } from './model.ts';

export interface RegisterRow {
  entry: Entry<Permohonan>;
  tenggat: TenggatPermohonan;
}

export interface RegisterOpd {
  opd: OpdEntry;
  /** Newest month first; rows newest first within a month. */
  bulan: { bulan: string; rows: RegisterRow[] }[];
  jumlah: number;
}

export interface LayananSitus {
  hariIni: Tanggal;
  kalender: KalenderKerja;
  /** OPDs with a register, by name. */
  register: RegisterOpd[];
  /** Years with requests, oldest first. */
  tahun: number[];
  statistik(tahun: number): StatistikTahun;
  /** The PPID's own text of an OPD's annual report. */
  laporan(opd: string, tahun: number): LaporanLayanan | undefined;
  /** The OPDs with a report for `tahun`, by name: those that received requests or wrote one, and the PPID Utama. */
  laporanOpd(tahun: number): OpdEntry[];
}

/** The day the site judges deadlines on: `LAYANAN_HARI_INI` when set, else today in WIB. */
export function hariIniLayanan(now = new Date()): Tanggal {
  const pinned = process.env.LAYANAN_HARI_INI;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return tanggalWib(now);
}

const computed = new WeakMap<SiteModel, LayananSitus>();

/** The registers of the site (memoized per model). */
export function layananOf(site: SiteModel): LayananSitus {
  const hit = computed.get(site);
  if (hit) return hit;
  const hariIni = hariIniLayanan();
  const kalender = kalenderKerja(site.pemda.layanan.libur);
  const received = site.permohonan.filter((e) => tanggalWib(e.data.diterima) <= hariIni);
  const newest = (a: RegisterRow, b: RegisterRow) => b.entry.data.diterima.getTime() - a.entry.data.diterima.getTime() || b.entry.slug.localeCompare(a.entry.slug);
  const register: RegisterOpd[] = [];
  for (const opd of site.opdList) {
    const rows = received.filter((e) => e.opd === opd.opd).map((entry) => ({ entry, tenggat: tenggatPermohonan(entry.data, kalender, hariIni) })).sort(newest);
    if (rows.length === 0) continue;
    const bulan = new Map<string, RegisterRow[]>();
    for (const row of rows) {
      const key = tanggalWib(row.entry.data.diterima).slice(0, 7);
      bulan.set(key, [...(bulan.get(key) ?? []), row]);
    }
    register.push({ opd, bulan: [...bulan].map(([b, list]) => ({ bulan: b, rows: list })), jumlah: rows.length });
  }
  const stats = new Map<number, StatistikTahun>();
  const result: LayananSitus = {
    hariIni,
    kalender,
    register,
    tahun: tahunLayanan(received),
    statistik(tahun) {
      let s = stats.get(tahun);
      if (!s) stats.set(tahun, (s = statistikTahun(received, tahun, kalender, hariIni)));
      return s;
    },
    laporan: (opd, tahun) => site.laporanLayanan.find((e) => e.opd === opd && e.data.tahun === tahun)?.data,
    laporanOpd(tahun) {
      const served = new Set(result.statistik(tahun).perOpd.map((o) => o.opd));
      for (const e of site.laporanLayanan) if (e.data.tahun === tahun) served.add(e.opd);
      served.add(site.pemda.ppid_utama);
      return site.opdList.filter((o) => served.has(o.opd));
    },
  };
  computed.set(site, result);
  return result;
}

/** The years with an annual report page: years with requests or with a report text, up to the current year. */
export function laporanTahun(site: SiteModel): number[] {
  const layanan = layananOf(site);
  const now = Number(layanan.hariIni.slice(0, 4));
  const years = new Set([...layanan.tahun, ...site.laporanLayanan.map((e) => e.data.tahun)].filter((y) => y <= now));
  return [...years].sort((a, b) => a - b);
}

/** The id of a month section on an OPD's register page. */
export const bulanId = (bulan: string) => `bulan-${bulan}`;
