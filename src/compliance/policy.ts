/**
 * The compliance policy: Komisi Informasi kualifikasi (Perki 1/2022) with the thresholds of `pemda.yaml`,
 * and which berkala items an OPD kind must publish. Everything else about scoring lives in score.ts.
 */
import { WIB_OFFSET_MS } from '../lib/wib.ts';
import type { Pemda } from '../schemas/pemda.ts';
import type { JenisOpd, RincianCode } from '../schemas/rincian.ts';

export type Kepatuhan = Pemda['kepatuhan'];

/** Kualifikasi from best to worst; `ambang` names the `pemda.yaml` key of each lower bound. */
export const KUALIFIKASI = [
  { code: 'informatif', label: 'Informatif', ambang: 'informatif' },
  { code: 'menuju-informatif', label: 'Menuju Informatif', ambang: 'menuju_informatif' },
  { code: 'cukup-informatif', label: 'Cukup Informatif', ambang: 'cukup_informatif' },
  { code: 'kurang-informatif', label: 'Kurang Informatif', ambang: 'kurang_informatif' },
  { code: 'tidak-informatif', label: 'Tidak Informatif', ambang: null },
] as const;

export type KualifikasiCode = (typeof KUALIFIKASI)[number]['code'];

/** The kualifikasi of a score (already rounded to one decimal, so what is shown is what is judged). */
export function kualifikasiOf(score: number, ambang: Kepatuhan['ambang']): KualifikasiCode {
  for (const k of KUALIFIKASI) {
    if (k.ambang === null || score >= ambang[k.ambang]) return k.code;
  }
  return 'tidak-informatif';
}

export function kualifikasiLabel(code: KualifikasiCode): string {
  return KUALIFIKASI.find((k) => k.code === code)!.label;
}

/** Mandatory rincian for an OPD kind: its own list in `wajib`, else `semua`, else all eleven. */
export function wajibFor(jenis: JenisOpd | undefined, kepatuhan: Kepatuhan, all: readonly RincianCode[]): RincianCode[] {
  const own = jenis ? kepatuhan.wajib[jenis] : undefined;
  return [...(own ?? kepatuhan.wajib.semua ?? all)];
}

/** Rounds a score to one decimal (the precision of every output). */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The instant `months` calendar months before `ms` (WIB calendar; day clamped to the month's length). */
export function monthsBefore(ms: number, months: number): number {
  const wib = new Date(ms + WIB_OFFSET_MS);
  const y = wib.getUTCFullYear();
  const m = wib.getUTCMonth() - months;
  const target = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(wib.getUTCDate(), lastDay));
  target.setUTCHours(wib.getUTCHours(), wib.getUTCMinutes(), wib.getUTCSeconds(), wib.getUTCMilliseconds());
  return target.getTime() - WIB_OFFSET_MS;
}
