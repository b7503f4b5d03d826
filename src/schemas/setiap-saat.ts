/**
 * What an entry of `kategori: setiap-saat` is: the information a public body must have available at any time.
 *
 * UU 14/2008 Pasal 11 ayat (1) huruf a–h lists eight items; ayat (2) adds information declared open through an
 * objection or a dispute. Perki 1/2021 (Standar Layanan Informasi Publik) gives the longer list every public body
 * keeps (organisation and staffing, correspondence, permits, inventory, the leaders' agenda, violations, research,
 * the announcement standard). The Perki items are cited without an article number: its text was not at hand to
 * confirm the number, and a wrong article in a public DIP would mislead.
 *
 * Codes are stable identifiers (content files and `pemda.yaml` use them); `dasar` is the legal reference shown with
 * the entry on the site and in the DIP.
 */
import { z } from 'zod';

const UU = 'UU 14/2008 Pasal 11';
const PERKI = 'Perki 1/2021 tentang Standar Layanan Informasi Publik';

export const SETIAP_SAAT = [
  { code: 'daftar-informasi-publik', label: 'Daftar seluruh informasi publik yang dikuasai, tidak termasuk informasi yang dikecualikan (DIP)', dasar: `${UU} ayat (1) huruf a` },
  { code: 'keputusan', label: 'Hasil keputusan badan publik dan pertimbangannya', dasar: `${UU} ayat (1) huruf b` },
  // The decree appointing the PPID is a decision (huruf b) that Pasal 13 ayat (1) huruf a requires of every body.
  { code: 'sk-ppid', label: 'Surat keputusan penunjukan PPID', dasar: `${UU} ayat (1) huruf b; UU 14/2008 Pasal 13 ayat (1) huruf a` },
  { code: 'kebijakan', label: 'Seluruh kebijakan yang ada berikut dokumen pendukungnya', dasar: `${UU} ayat (1) huruf c` },
  { code: 'renstra-renja', label: 'Rencana strategis dan rencana kerja (Renstra/Renja), termasuk perkiraan pengeluaran tahunan', dasar: `${UU} ayat (1) huruf d` },
  { code: 'perjanjian-pihak-ketiga', label: 'Perjanjian badan publik dengan pihak ketiga berikut dokumen pendukungnya', dasar: `${UU} ayat (1) huruf e` },
  { code: 'pertemuan-terbuka', label: 'Informasi dan kebijakan yang disampaikan pejabat publik dalam pertemuan yang terbuka untuk umum', dasar: `${UU} ayat (1) huruf f` },
  { code: 'sop-pelayanan', label: 'Prosedur kerja pegawai yang berkaitan dengan pelayanan masyarakat (SOP pelayanan)', dasar: `${UU} ayat (1) huruf g` },
  { code: 'laporan-layanan-informasi', label: 'Laporan mengenai pelayanan akses informasi publik', dasar: `${UU} ayat (1) huruf h` },
  { code: 'terbuka-putusan', label: 'Informasi yang dinyatakan terbuka melalui mekanisme keberatan dan/atau penyelesaian sengketa', dasar: `${UU} ayat (2)` },
  { code: 'organisasi-kepegawaian', label: 'Informasi tentang organisasi, administrasi, kepegawaian dan keuangan', dasar: PERKI },
  { code: 'surat-menyurat-pimpinan', label: 'Surat-menyurat pimpinan atau pejabat dalam rangka pelaksanaan tugas, fungsi dan wewenangnya', dasar: PERKI },
  { code: 'perizinan', label: 'Persyaratan perizinan, izin yang diterbitkan berikut dokumen pendukungnya, dan laporan penaatan izin', dasar: PERKI },
  { code: 'inventaris', label: 'Data perbendaharaan atau inventaris', dasar: PERKI },
  { code: 'agenda-pimpinan', label: 'Agenda kerja pimpinan satuan kerja', dasar: PERKI },
  { code: 'pelanggaran-internal', label: 'Jumlah, jenis dan gambaran umum pelanggaran yang ditemukan dalam pengawasan internal serta laporan penindakannya', dasar: PERKI },
  { code: 'pelanggaran-masyarakat', label: 'Jumlah, jenis dan gambaran umum pelanggaran yang dilaporkan masyarakat serta laporan penindakannya', dasar: PERKI },
  { code: 'penelitian', label: 'Daftar serta hasil-hasil penelitian yang dilakukan', dasar: PERKI },
  { code: 'standar-pengumuman', label: 'Informasi tentang standar pengumuman informasi', dasar: PERKI },
] as const;

export type SetiapSaatCode = (typeof SETIAP_SAAT)[number]['code'];
export const SETIAP_SAAT_CODES = SETIAP_SAAT.map((s) => s.code) as [SetiapSaatCode, ...SetiapSaatCode[]];
export const SetiapSaatSchema = z.enum(SETIAP_SAAT_CODES);

/** Looks up a setiap-saat item by its code. */
export function setiapSaatOf(code: SetiapSaatCode): (typeof SETIAP_SAAT)[number] {
  return SETIAP_SAAT.find((s) => s.code === code)!;
}

/**
 * Mandatory setiap-saat items when `pemda.yaml` names none: what every public body has, whatever its kind (its DIP,
 * the PPID decree, its plans, its service SOPs and the service report).
 */
export const DEFAULT_WAJIB_SETIAP_SAAT: readonly SetiapSaatCode[] = ['daftar-informasi-publik', 'sk-ppid', 'renstra-renja', 'sop-pelayanan', 'laporan-layanan-informasi'];
