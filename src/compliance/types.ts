/**
 * The weekly compliance report: the stable JSON schema of `/kepatuhan/<yyyy>-W<ww>.json` and `reports/`
 * (docs/kepatuhan.md). Keys are Indonesian like the content; bump `versi` on any incompatible change.
 */
import type { IntegrationCount } from '../content/integrasi.ts';
import type { UploadCounts } from './activity.ts';
import type { AmbangKey, KualifikasiCode, LabelKepatuhan } from './policy.ts';
import type { JenisOpd, RincianCode } from '../schemas/rincian.ts';
import type { SetiapSaatCode } from '../schemas/setiap-saat.ts';

/**
 * 4: `setiap_saat` (mandatory setiap-saat items per OPD, UU 14/2008 Pasal 11) and its score component
 * (`poin_setiap_saat` in the CSV, weight 0 unless `pemda.yaml` gives one). 3: the bands are our own (`sangat-patuh` … `perlu-perhatian`, labels in `kebijakan.label`), never the Komisi
 * Informasi's predicates; `catatan` says so, `riwayat.mulai` tells when the history began. 2: `integrasi`
 * (application inventory). Archives of versi 1 and 2 are upgraded on read (archive.ts).
 */
export const REPORT_VERSION = 4;

/**
 * `integrasi` (systems connected to the portal) and `layanan` (requests and objections answered in time, the request
 * register) score only when `pemda.yaml` gives them a weight (default 0). `layanan` came with versi 3 (poin_layanan).
 * `setiap_saat` (mandatory setiap-saat items, UU 14/2008 Pasal 11, versi 4) likewise.
 */
export const KOMPONEN = ['unggahan', 'berkala', 'data', 'profil', 'validasi', 'integrasi', 'layanan', 'setiap_saat'] as const;
export type Komponen = (typeof KOMPONEN)[number];

export type BerkalaStatus = 'ada' | 'basi' | 'tidak-ada';

export interface BerkalaItem {
  rincian: RincianCode;
  huruf: string;
  label: string;
  status: BerkalaStatus;
  /** The freshest entry for this rincian (null when missing). */
  judul: string | null;
  berkas: string | null;
  /** Effective update date `YYYY-MM-DD` (WIB). */
  diperbarui: string | null;
  /** Site path of the page when it is generated from other content, not an information entry (rincian e: the register's statistics). */
  halaman?: string;
}

/**
 * One mandatory setiap-saat item. Available at any time rather than periodic, so it is present or missing, never
 * stale: the entry itself says when it was last updated.
 */
export interface SetiapSaatItem {
  kode: SetiapSaatCode;
  label: string;
  /** Legal reference of the item (src/schemas/setiap-saat.ts). */
  dasar: string;
  status: 'ada' | 'tidak-ada';
  /** The most recently updated entry for this item (null when missing). */
  judul: string | null;
  berkas: string | null;
  diperbarui: string | null;
  /** Site path of the page when the item is another kind of content (the annual service report's page). */
  halaman?: string;
}

export interface DatasetItem {
  slug: string;
  judul: string | null;
  berkas: string;
  frekuensi: string | null;
  diperbarui: string | null;
  /** Schema-valid metadata and no validation error in its YAML or CSV. */
  valid: boolean;
  /** Updated within the age its `frekuensi` allows. */
  mutakhir: boolean;
}

export interface ProfilItem {
  kode: string;
  label: string;
  ok: boolean;
}

export interface MasalahItem {
  berkas: string;
  baris: number;
  aturan: string;
  tingkat: 'error' | 'warning';
  pesan: string;
}

export interface KomponenScore {
  /** Share achieved, 0–1 (three decimals). */
  nilai: number;
  /** Weight from `pemda.yaml`. */
  bobot: number;
  /** nilai × bobot, one decimal. */
  poin: number;
}

export interface OpdReport {
  opd: string;
  nama: string;
  singkatan: string;
  jenis: JenisOpd | null;
  skor: number;
  kualifikasi: KualifikasiCode;
  /** Why the score was forced to 0 (personal data), else null. */
  skor_nol: string | null;
  skor_sebelumnya: number | null;
  kualifikasi_sebelumnya: KualifikasiCode | null;
  komponen: Record<Komponen, KomponenScore>;
  /** Uploads in the report week. */
  unggahan: UploadCounts;
  /** Total uploads per week, aligned with `minggu_grafik` (oldest first, report week last). */
  riwayat_unggahan: number[];
  /** Consecutive weeks up to the report week meeting the upload target. */
  beruntun: number;
  berkala: BerkalaItem[];
  /** Mandatory setiap-saat items of the OPD's kind (`kepatuhan.wajib_setiap_saat`); empty in older archives. */
  setiap_saat: SetiapSaatItem[];
  dataset: DatasetItem[];
  profil: { ada: boolean; butir: ProfilItem[] };
  validasi: { kesalahan: number; peringatan: number; data_pribadi: number; masalah: MasalahItem[] };
  /** Active systems of the application inventory, and how many of them reach the portal (src/content/integrasi.ts). */
  integrasi: IntegrationCount;
  /** What to do next, most urgent first (Indonesian). */
  todo: string[];
}

export interface WeekTotals {
  minggu: string;
  unggahan: number;
  opd_mengunggah: number;
  opd_memenuhi_target: number;
}

export type Sebaran = Record<KualifikasiCode, number>;

export interface Pembanding {
  minggu: string;
  /** `arsip`: the archived report in reports/; `rekonstruksi`: recomputed from today's content and history. */
  sumber: 'arsip' | 'rekonstruksi';
  opd_mengunggah: number;
  opd_memenuhi_target: number;
  rata_rata_skor: number;
  sebaran: Sebaran;
}

export interface RegencySummary {
  jumlah_opd: number;
  opd_mengunggah: number;
  opd_memenuhi_target: number;
  unggahan: UploadCounts;
  rata_rata_skor: number;
  sebaran: Sebaran;
  /** The chart weeks, oldest first (report week last). */
  mingguan: WeekTotals[];
  pembanding: Pembanding | null;
}

export interface WeeklyReport {
  versi: typeof REPORT_VERSION;
  minggu: string;
  /** Monday 00:00 WIB, ISO with +07:00. */
  mulai: string;
  /** The next Monday 00:00 WIB (exclusive). */
  sampai: string;
  dibuat: string;
  riwayat: {
    sumber: 'git' | 'berkas';
    perkiraan: boolean;
    peringatan: string[];
    commit: number;
    /**
     * When the history began: the first commit under content/opd/, WIB ISO (null without git history). A history
     * that begins inside the report week counts the whole initial content as this week's uploads (history-start.ts).
     */
    mulai: string | null;
  };
  kebijakan: {
    target_unggahan_per_minggu: number;
    minggu_riwayat: number;
    basi_setelah_bulan: number;
    bobot: Record<Komponen, number>;
    ambang: Record<AmbangKey, number>;
    /** The band labels of `pemda.yaml` (`kepatuhan.label`). */
    label: LabelKepatuhan;
  };
  minggu_grafik: string[];
  ringkasan: RegencySummary;
  opd: OpdReport[];
  /** Harvest sources failing when the report was made (src/compliance/panen.ts); absent in older archives. */
  panen_gagal?: PanenGagalItem[];
  /** Requests and objections past their legal deadline (the request register, src/layanan/); absent without it. */
  layanan?: { terlambat: { opd: string; nomor: string; jenis: 'permohonan' | 'keberatan'; diterima: string; batas: string; hari_kerja_lewat: number }[] };
  /** What the index is and is not (an internal monitoring tool, not a Komisi Informasi predicate). */
  catatan: string;
}

/** One dataset source whose latest automatic harvest failed (the OPD's `panen.yaml`, docs/panen.md). */
export interface PanenGagalItem {
  opd: string;
  dataset: string;
  /** The dataset YAML that declares the source. */
  berkas: string;
  /** Start of the failures, WIB ISO. */
  gagal_sejak: string | null;
  /** When data last came in, WIB ISO (null: never). */
  berhasil_terakhir: string | null;
  /** The Indonesian reason of the latest failure. */
  alasan: string;
}
