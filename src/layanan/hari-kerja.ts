/**
 * Working days (hari kerja) for the deadlines of UU 14/2008, on the WIB calendar: Monday to Friday, minus the national
 * public holidays and the cuti bersama. The holidays come from date-holidays (Indonesia, type `public`); the cuti
 * bersama of each year's SKB 3 Menteri are not in it, and it dates or names some Islamic holidays differently from the
 * SKB (2026-01-16, Isra Mikraj, is listed as "Maulid Nabi Muhammad"), so `layanan.libur` in pemda.yaml corrects each
 * year: `tambah` adds a day off (or renames one), `hapus` turns a listed holiday back into a working day.
 * Days are written `YYYY-MM-DD`; an instant is first turned into its WIB day (tanggalWib).
 */
import Holidays from 'date-holidays';
import { wibDateString } from '../lib/wib.ts';
import type { LiburTahun } from '../schemas/layanan.ts';

/** A WIB calendar day, `YYYY-MM-DD`. */
export type Tanggal = string;
/** The `layanan.libur` corrections of pemda.yaml, per year (`"2026"`). */
export type KoreksiLibur = Readonly<Record<string, LiburTahun>>;

export interface HariLibur {
  tanggal: Tanggal;
  nama: string;
}

const DAY_MS = 86_400_000;
const TANGGAL = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The WIB day of an instant. */
export function tanggalWib(date: Date): Tanggal {
  return wibDateString(date);
}

/** Days since 1970-01-01 of a calendar day (the calendar itself, no time zone involved). */
function dayNumber(tanggal: Tanggal): number {
  const m = TANGGAL.exec(tanggal);
  if (!m) throw new Error(`tanggal "${tanggal}" bukan YYYY-MM-DD`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS;
}

function dayOf(n: number): Tanggal {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

let holidays: Holidays | undefined;
const nationalByYear = new Map<number, Map<Tanggal, string>>();

/** The national public holidays of a year, as date-holidays lists them (cached: the library is slow to ask). */
function nationalHolidays(year: number): Map<Tanggal, string> {
  let days = nationalByYear.get(year);
  if (days) return days;
  holidays ??= new Holidays('ID');
  days = new Map();
  for (const h of holidays.getHolidays(year)) if (h.type === 'public') days.set(h.date.slice(0, 10), h.name);
  nationalByYear.set(year, days);
  return days;
}

export interface KalenderKerja {
  /** The holiday on a day (national or cuti bersama), or undefined; weekends are not holidays here. */
  libur(tanggal: Tanggal): string | undefined;
  isHariKerja(tanggal: Tanggal): boolean;
  /** The `n`-th working day after `tanggal`; the day itself never counts ("sejak diterimanya", UU 14/2008 Pasal 22 ayat (7)). */
  tambahHariKerja(tanggal: Tanggal, n: number): Tanggal;
  /** Working days after `dari` up to and including `sampai`; 0 when `sampai` is not after `dari`. */
  hariKerjaAntara(dari: Tanggal, sampai: Tanggal): number;
  /** Every holiday of a year after the corrections, in date order. */
  daftarLibur(tahun: number): HariLibur[];
}

/** The working-day calendar with the corrections of `pemda.yaml` (`layanan.libur`). */
export function kalenderKerja(koreksi: KoreksiLibur = {}): KalenderKerja {
  const byYear = new Map<number, Map<Tanggal, string>>();
  const yearOf = (year: number): Map<Tanggal, string> => {
    let days = byYear.get(year);
    if (days) return days;
    days = new Map(nationalHolidays(year));
    const own = koreksi[String(year)];
    for (const day of own?.hapus ?? []) days.delete(day);
    for (const { tanggal, nama } of own?.tambah ?? []) if (tanggal.startsWith(`${year}-`)) days.set(tanggal, nama);
    byYear.set(year, days);
    return days;
  };
  const libur = (tanggal: Tanggal) => yearOf(Number(tanggal.slice(0, 4))).get(tanggal);
  const isHariKerja = (tanggal: Tanggal) => {
    const weekday = new Date(dayNumber(tanggal) * DAY_MS).getUTCDay();
    return weekday !== 0 && weekday !== 6 && libur(tanggal) === undefined;
  };
  return {
    libur,
    isHariKerja,
    tambahHariKerja(tanggal, n) {
      let day = dayNumber(tanggal);
      for (let counted = 0; counted < n; ) if (isHariKerja(dayOf(++day))) counted++;
      return dayOf(day);
    },
    hariKerjaAntara(dari, sampai) {
      let count = 0;
      for (let day = dayNumber(dari) + 1, end = dayNumber(sampai); day <= end; day++) if (isHariKerja(dayOf(day))) count++;
      return count;
    },
    daftarLibur(tahun) {
      return [...yearOf(tahun)].map(([tanggal, nama]) => ({ tanggal, nama })).sort((a, b) => a.tanggal.localeCompare(b.tanggal));
    },
  };
}
