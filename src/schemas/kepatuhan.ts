/**
 * The bands of the internal compliance index in `content/pemda.yaml` (`kepatuhan.ambang`, `kepatuhan.label`).
 *
 * The index is a monitoring tool of the PPID Utama, not a Komisi Informasi result. Its default bands use the score
 * ranges of the Komisi Informasi's monev (Perki 1/2022), but the predicates "Informatif", "Menuju Informatif", …
 * are awarded only by the Komisi Informasi, through its monev, to the badan publik as a whole. An OPD labelled with
 * them would be told something untrue (UU 14/2008 Pasal 7 ayat (2): information must be accurate, true and not
 * misleading), so the labels are our own and a label that reads like a predicate is refused.
 */
import { z } from 'zod';
import { field } from './common.ts';

/** The bands from best to worst, as `pemda.yaml` keys. */
export const KUALIFIKASI_KEYS = ['sangat_patuh', 'patuh', 'cukup_patuh', 'kurang_patuh', 'perlu_perhatian'] as const;
export type KualifikasiKey = (typeof KUALIFIKASI_KEYS)[number];

/** Default labels: plain words about compliance. */
export const DEFAULT_LABELS: Readonly<Record<KualifikasiKey, string>> = {
  sangat_patuh: 'Sangat patuh',
  patuh: 'Patuh',
  cukup_patuh: 'Cukup patuh',
  kurang_patuh: 'Kurang patuh',
  perlu_perhatian: 'Perlu perhatian',
};

/** The Komisi Informasi's own predicates (Perki 1/2022). */
export const KI_PREDICATES = ['Informatif', 'Menuju Informatif', 'Cukup Informatif', 'Kurang Informatif', 'Tidak Informatif'] as const;

/** True when `label` is, or reads like, a Komisi Informasi predicate: it holds the word "informatif". */
export function looksLikeKiPredicate(label: string): boolean {
  return /(^|[^\p{L}])informatif($|[^\p{L}])/iu.test(label.normalize('NFKC'));
}

/** Why a label is refused, in Indonesian (the validator shows it with the file and line). */
export function kiPredicateMessage(label: string): string {
  return (
    `"${label}" memakai predikat Komisi Informasi. Predikat "Informatif", "Menuju Informatif", "Cukup Informatif", ` +
    '"Kurang Informatif" dan "Tidak Informatif" hanya diberikan Komisi Informasi melalui monitoring dan evaluasi ' +
    '(Perki 1/2022) kepada badan publik secara keseluruhan. Indeks mingguan ini alat pemantauan internal PPID Utama, ' +
    'jadi pakailah label sendiri, misalnya "Sangat patuh" atau "Perlu perhatian" (UU 14/2008 Pasal 7 ayat (2): ' +
    'informasi harus akurat, benar dan tidak menyesatkan)'
  );
}

/** One band label: non-empty, at most 40 characters, never a Komisi Informasi predicate. */
export const LabelSchema = z
  .string()
  .trim()
  .min(1, { message: 'label tidak boleh kosong' })
  .max(40, { message: 'label paling banyak 40 karakter' })
  .refine((label) => !looksLikeKiPredicate(label), { error: (issue) => kiPredicateMessage(String(issue.input)) });

const label = (key: KualifikasiKey, band: string) =>
  field(LabelSchema.default(DEFAULT_LABELS[key]), `Label ${band}`, `Nama tingkat ${band} di laporan kepatuhan, default "${DEFAULT_LABELS[key]}"; bukan predikat Komisi Informasi.`);

/** The five labels, best band first; they must differ from each other. */
export const LabelKepatuhanSchema = z
  .strictObject({
    sangat_patuh: label('sangat_patuh', 'tertinggi (skor ≥ ambang sangat_patuh)'),
    patuh: label('patuh', 'kedua (skor ≥ ambang patuh)'),
    cukup_patuh: label('cukup_patuh', 'ketiga (skor ≥ ambang cukup_patuh)'),
    kurang_patuh: label('kurang_patuh', 'keempat (skor ≥ ambang kurang_patuh)'),
    perlu_perhatian: label('perlu_perhatian', 'terendah (di bawah ambang kurang_patuh)'),
  })
  .refine((labels) => new Set(Object.values(labels).map((l) => l.toLowerCase())).size === KUALIFIKASI_KEYS.length, {
    message: 'kelima label harus berbeda satu sama lain',
  });

/** Lower bounds of the bands (score ≥ bound); the defaults are the score ranges of the Komisi Informasi's monev. */
export const AmbangSchema = z.strictObject({
  sangat_patuh: field(z.number().default(90), 'Ambang tingkat tertinggi', 'Skor minimal tingkat tertinggi (bawaan label "Sangat patuh"), default 90.'),
  patuh: field(z.number().default(80), 'Ambang tingkat kedua', 'Skor minimal tingkat kedua (bawaan "Patuh"), default 80.'),
  cukup_patuh: field(z.number().default(60), 'Ambang tingkat ketiga', 'Skor minimal tingkat ketiga (bawaan "Cukup patuh"), default 60.'),
  kurang_patuh: field(z.number().default(40), 'Ambang tingkat keempat', 'Skor minimal tingkat keempat (bawaan "Kurang patuh"), default 40; di bawahnya "Perlu perhatian".'),
});
