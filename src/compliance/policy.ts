/**
 * The compliance policy: the bands of the internal compliance index (thresholds and labels from `pemda.yaml`), and
 * which berkala items an OPD kind must publish. Everything else about scoring lives in score.ts.
 *
 * The index is an internal monitoring tool of the PPID Utama. Its bands reuse the score ranges of the Komisi
 * Informasi's monev (Perki 1/2022) but never its predicates ("Informatif", "Menuju Informatif", …): those are awarded
 * only by the Komisi Informasi, to the badan publik as a whole, and borrowing them would mislead (UU 14/2008 Pasal 7
 * ayat (2): information must be accurate, true and not misleading).
 */
import { WIB_OFFSET_MS } from '../lib/wib.ts';
import type { Pemda } from '../schemas/pemda.ts';
import type { KualifikasiKey } from '../schemas/kepatuhan.ts';
import type { JenisOpd, RincianCode } from '../schemas/rincian.ts';
import type { SetiapSaatCode } from '../schemas/setiap-saat.ts';

export type Kepatuhan = Pemda['kepatuhan'];
export type LabelKepatuhan = Kepatuhan['label'];

/** Bands from best to worst; `key` names the `pemda.yaml` key of its lower bound (`ambang`) and label (`label`). */
export const KUALIFIKASI = [
  { code: 'sangat-patuh', key: 'sangat_patuh' },
  { code: 'patuh', key: 'patuh' },
  { code: 'cukup-patuh', key: 'cukup_patuh' },
  { code: 'kurang-patuh', key: 'kurang_patuh' },
  { code: 'perlu-perhatian', key: 'perlu_perhatian' },
] as const satisfies readonly { code: string; key: KualifikasiKey }[];

export type KualifikasiCode = (typeof KUALIFIKASI)[number]['code'];
/** The four lower bounds (the worst band has none). */
export type AmbangKey = Exclude<KualifikasiKey, 'perlu_perhatian'>;

/** Codes of reports archived before versi 3, which named the bands after the Komisi Informasi's predicates. */
export const LEGACY_CODES: Readonly<Record<string, KualifikasiCode>> = {
  informatif: 'sangat-patuh',
  'menuju-informatif': 'patuh',
  'cukup-informatif': 'cukup-patuh',
  'kurang-informatif': 'kurang-patuh',
  'tidak-informatif': 'perlu-perhatian',
};

/** Threshold keys of reports archived before versi 3 (`kebijakan.ambang`). */
export const LEGACY_AMBANG: Readonly<Record<string, AmbangKey>> = {
  informatif: 'sangat_patuh',
  menuju_informatif: 'patuh',
  cukup_informatif: 'cukup_patuh',
  kurang_informatif: 'kurang_patuh',
};

/** The band of a score (already rounded to one decimal, so what is shown is what is judged). */
export function kualifikasiOf(score: number, ambang: Kepatuhan['ambang']): KualifikasiCode {
  for (const k of KUALIFIKASI) {
    if (k.key === 'perlu_perhatian' || score >= ambang[k.key]) return k.code;
  }
  return 'perlu-perhatian';
}

/** The label of a band, from the labels the report was made with. */
export function kualifikasiLabel(code: KualifikasiCode, labels: LabelKepatuhan): string {
  return labels[KUALIFIKASI.find((k) => k.code === code)!.key];
}

/** Mandatory rincian for an OPD kind: its own list in `wajib`, else `semua`, else all eleven. */
export function wajibFor(jenis: JenisOpd | undefined, kepatuhan: Kepatuhan, all: readonly RincianCode[]): RincianCode[] {
  const own = jenis ? kepatuhan.wajib[jenis] : undefined;
  return [...(own ?? kepatuhan.wajib.semua ?? all)];
}

/** Mandatory setiap-saat items for an OPD kind: its own list in `wajib_setiap_saat`, else `semua`, else none. */
export function wajibSetiapSaatFor(jenis: JenisOpd | undefined, kepatuhan: Kepatuhan): SetiapSaatCode[] {
  const own = jenis ? kepatuhan.wajib_setiap_saat[jenis] : undefined;
  return [...(own ?? kepatuhan.wajib_setiap_saat.semua ?? [])];
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

/**
 * The note every output carries (`catatan` in the JSON and CSV, the Markdown summary, the pages): what the index is,
 * and that its bands are not a Komisi Informasi predicate (those come only from its monev, Perki 1/2022).
 */
export function reportNote(pemda?: string): string {
  return (
    `Indeks kepatuhan ini alat pemantauan internal PPID Utama${pemda ? ` ${pemda}` : ''}, dihitung otomatis setiap minggu dari isi portal. ` +
    'Tingkatnya bukan predikat Komisi Informasi: predikat keterbukaan informasi badan publik hanya diberikan Komisi ' +
    'Informasi melalui monitoring dan evaluasi, kepada badan publik secara keseluruhan.'
  );
}
