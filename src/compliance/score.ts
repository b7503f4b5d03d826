/**
 * The 0–100 score of one OPD: the weighted share achieved in seven components, weights from `pemda.yaml`
 * (`kepatuhan.bobot`). Each component is a share 0–1:
 * - unggahan: average over the chart weeks of min(1, uploads / target); weeks before the history began are
 *   left out, so a young repository does not punish everyone;
 * - berkala: per mandatory rincian, 1 when present and fresh, ½ when stale, 0 when missing;
 * - data: datasets valid and fresh / all datasets (0 without any dataset: every OPD is a data producer);
 * - profil: completed profile items / all items;
 * - validasi: 1 without problems, ½ with warnings only, 0 with any error;
 * - integrasi: active systems of the application inventory connected to the portal / all active systems (0 without
 *   any: once weighted, listing the OPD's systems is part of the task). Its weight defaults to 0, so by default it is
 *   shown but does not change the score.
 * - setiap_saat: mandatory setiap-saat items present / all mandatory (1 when the OPD's kind has none); weight 0 by
 *   default, like integrasi: the weekly report lists what is missing either way.
 * - layanan: requests and objections that fell due in the last 365 days and were answered in time / all that fell due
 *   (1 when none fell due: an OPD nobody asked has nothing late); weight 0 by default, like integrasi.
 * Any personal-data error forces the whole score to 0 (UU 27/2022 PDP).
 */
import { roundScore, type Kepatuhan } from './policy.ts';
import type { IntegrationCount } from '../content/integrasi.ts';
import { KOMPONEN, type BerkalaItem, type DatasetItem, type Komponen, type KomponenScore, type ProfilItem, type SetiapSaatItem } from './types.ts';

export interface ScoreInput {
  /** Total uploads per eligible week (chart weeks since the history began). */
  weeklyUploads: number[];
  berkala: BerkalaItem[];
  /** Mandatory setiap-saat items; absent means none is mandatory. */
  setiapSaat?: SetiapSaatItem[];
  dataset: DatasetItem[];
  profil: ProfilItem[];
  validasi: { kesalahan: number; peringatan: number; data_pribadi: number };
  integrasi: IntegrationCount;
  /** Share of the requests and objections due in the last 365 days answered in time (compliance/layanan.ts); 1 when absent. */
  layanan?: number;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** Share achieved per component, 0–1. */
export function componentShares(input: ScoreInput, target: number): Record<Komponen, number> {
  const weeks = input.weeklyUploads;
  return {
    unggahan: share(weeks.reduce((sum, n) => sum + Math.min(1, n / target), 0), weeks.length),
    berkala: share(input.berkala.reduce((sum, b) => sum + (b.status === 'ada' ? 1 : b.status === 'basi' ? 0.5 : 0), 0), input.berkala.length),
    data: share(input.dataset.filter((d) => d.valid && d.mutakhir).length, input.dataset.length),
    profil: share(input.profil.filter((p) => p.ok).length, input.profil.length),
    validasi: input.validasi.kesalahan > 0 ? 0 : input.validasi.peringatan > 0 ? 0.5 : 1,
    integrasi: share(input.integrasi.terhubung, input.integrasi.terdaftar),
    layanan: input.layanan ?? 1,
    setiap_saat: input.setiapSaat?.length ? share(input.setiapSaat.filter((s) => s.status === 'ada').length, input.setiapSaat.length) : 1,
  };
}

export interface ScoreResult {
  skor: number;
  komponen: Record<Komponen, KomponenScore>;
}

/** Weighted score, rounded to one decimal; `forcedZero` (personal data) overrides it. */
export function scoreOpd(input: ScoreInput, kepatuhan: Kepatuhan, forcedZero: boolean): ScoreResult {
  const shares = componentShares(input, kepatuhan.target_unggahan_per_minggu);
  const komponen = {} as Record<Komponen, KomponenScore>;
  let total = 0;
  for (const key of KOMPONEN) {
    const bobot = kepatuhan.bobot[key];
    const poin = shares[key] * bobot;
    total += poin;
    komponen[key] = { nilai: Math.round(shares[key] * 1000) / 1000, bobot, poin: roundScore(poin) };
  }
  return { skor: forcedZero ? 0 : roundScore(total), komponen };
}
