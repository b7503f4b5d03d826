/**
 * The legal deadlines of a register entry and where it stands on a given day (UU 14/2008):
 * - the written answer is due 10 working days after the request was received (Pasal 22 ayat (7));
 * - once extended, 7 working days later (Pasal 22 ayat (8)), so 17 after receipt;
 * - the Atasan PPID answers an objection within 30 working days of receiving it (Pasal 36 ayat (2)).
 * Everything is judged as of `hariIni`: an answer dated later does not exist yet, so a report of a past week shows what
 * was late then.
 */
import type { Permohonan } from '../schemas/permohonan.ts';
import { tanggalWib, type KalenderKerja, type Tanggal } from './hari-kerja.ts';

/** Pasal 22 ayat (7). */
export const HARI_JAWAB = 10;
/** Pasal 22 ayat (8). */
export const HARI_PERPANJANGAN = 7;
/** Pasal 36 ayat (2). */
export const HARI_KEBERATAN = 30;

/** One deadline: when it started, when it falls, whether and when it was met. */
export interface Tenggat {
  mulai: Tanggal;
  batas: Tanggal;
  /** The answer, when given on or before `hariIni`. */
  dijawab?: Tanggal;
  /** Working days from the start to the answer (answered only). */
  hariKerja?: number;
  /** Answered after the deadline, or still unanswered after it. */
  terlambat: boolean;
  /** Unanswered and past the deadline on `hariIni`. */
  lewat: boolean;
  /** Working days from the deadline to `hariIni` (unanswered) or to the answer (answered late); may be 0 over a weekend. */
  hariKerjaLewat: number;
}

export interface TenggatPermohonan {
  permohonan: Tenggat;
  /** True when the answer deadline was extended (status `diperpanjang` or an extension recorded). */
  diperpanjang: boolean;
  keberatan?: Tenggat;
}

function tenggat(kalender: KalenderKerja, mulai: Tanggal, hari: number, jawaban: Date | undefined, hariIni: Tanggal): Tenggat {
  const batas = kalender.tambahHariKerja(mulai, hari);
  const given = jawaban ? tanggalWib(jawaban) : undefined;
  const dijawab = given && given <= hariIni ? given : undefined;
  if (dijawab) {
    const terlambat = dijawab > batas;
    return { mulai, batas, dijawab, hariKerja: kalender.hariKerjaAntara(mulai, dijawab), terlambat, lewat: false, hariKerjaLewat: terlambat ? kalender.hariKerjaAntara(batas, dijawab) : 0 };
  }
  const lewat = hariIni > batas;
  return { mulai, batas, terlambat: lewat, lewat, hariKerjaLewat: lewat ? kalender.hariKerjaAntara(batas, hariIni) : 0 };
}

/** The deadlines of one entry as of `hariIni` (WIB). */
export function tenggatPermohonan(p: Permohonan, kalender: KalenderKerja, hariIni: Tanggal): TenggatPermohonan {
  const diperpanjang = p.status === 'diperpanjang' || p.perpanjangan !== undefined;
  const mulai = tanggalWib(p.diterima);
  const permohonan = tenggat(kalender, mulai, HARI_JAWAB + (diperpanjang ? HARI_PERPANJANGAN : 0), p.dijawab, hariIni);
  const k = p.keberatan;
  const keberatan = k && tanggalWib(k.diajukan) <= hariIni ? tenggat(kalender, tanggalWib(k.diajukan), HARI_KEBERATAN, k.ditanggapi, hariIni) : undefined;
  return { permohonan, diperpanjang, keberatan };
}
