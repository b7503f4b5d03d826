/**
 * The to-do list of one OPD, in Indonesian, most urgent first: personal data, validation errors, overdue requests,
 * ended DIK exemptions, missing and stale berkala items, missing setiap-saat items, profile gaps, datasets, the weekly
 * upload, warnings.
 */
import { tanggalPanjang } from '../lib/wib.ts';
import { DIK_RULE } from './dik.ts';
import type { RincianCode } from '../schemas/rincian.ts';
import type { UploadCounts } from './activity.ts';
import type { SetiapSaatCode } from '../schemas/setiap-saat.ts';
import type { BerkalaItem, DatasetItem, MasalahItem, ProfilItem, SetiapSaatItem } from './types.ts';

/** What to upload for a missing rincian; `{tahun}` is the report year, `{tahun_lalu}` the year before. */
const UPLOAD_RINCIAN: Record<RincianCode, string> = {
  'profil': 'Unggah informasi profil badan publik',
  'program-kegiatan': 'Unggah ringkasan program dan kegiatan {tahun}',
  'kinerja': 'Unggah ringkasan kinerja (LKjIP) {tahun_lalu}',
  'laporan-keuangan': 'Unggah ringkasan laporan keuangan {tahun_lalu}',
  'laporan-akses-informasi': 'Unggah ringkasan laporan akses informasi publik {tahun_lalu}',
  'regulasi': 'Unggah daftar peraturan, keputusan dan kebijakan yang berlaku',
  'prosedur-permohonan': 'Unggah prosedur memperoleh informasi publik',
  'pengaduan': 'Unggah tata cara pengaduan penyalahgunaan wewenang',
  'pengadaan': 'Unggah informasi pengadaan barang dan jasa {tahun}',
  'ketenagakerjaan': 'Unggah informasi ketenagakerjaan {tahun}',
  'peringatan-dini': 'Unggah prosedur peringatan dini dan evakuasi keadaan darurat',
};

/** The annual service report has its own to-do with its legal deadline (compliance/layanan.ts): not asked twice. */
const ASKED_BY_LAYANAN = 'laporan-layanan-informasi';

/** What to upload for a missing setiap-saat item (as an entry with `kategori: setiap-saat` and this code). */
const UPLOAD_SETIAP_SAAT: Record<Exclude<SetiapSaatCode, typeof ASKED_BY_LAYANAN>, string> = {
  'daftar-informasi-publik': 'Tetapkan dan unggah Daftar Informasi Publik (DIP) {tahun}',
  'keputusan': 'Unggah keputusan OPD beserta pertimbangannya',
  'sk-ppid': 'Unggah surat keputusan penunjukan PPID Pelaksana',
  'kebijakan': 'Unggah kebijakan OPD beserta dokumen pendukungnya',
  'renstra-renja': 'Unggah Renstra dan Renja {tahun}',
  'perjanjian-pihak-ketiga': 'Unggah perjanjian kerja sama dengan pihak ketiga',
  'pertemuan-terbuka': 'Unggah informasi dan kebijakan yang disampaikan dalam pertemuan terbuka untuk umum',
  'sop-pelayanan': 'Unggah SOP pelayanan masyarakat',
  'terbuka-putusan': 'Unggah informasi yang dinyatakan terbuka melalui keberatan atau sengketa',
  'organisasi-kepegawaian': 'Unggah informasi organisasi, administrasi, kepegawaian dan keuangan',
  'surat-menyurat-pimpinan': 'Unggah daftar surat-menyurat pimpinan yang terbuka',
  'perizinan': 'Unggah persyaratan perizinan dan daftar izin yang diterbitkan',
  'inventaris': 'Unggah data perbendaharaan atau inventaris',
  'agenda-pimpinan': 'Unggah agenda kerja pimpinan',
  'pelanggaran-internal': 'Unggah rekap pelanggaran hasil pengawasan internal dan penindakannya',
  'pelanggaran-masyarakat': 'Unggah rekap pelanggaran yang dilaporkan masyarakat dan penindakannya',
  'penelitian': 'Unggah daftar dan hasil penelitian',
  'standar-pengumuman': 'Unggah standar pengumuman informasi',
};


export interface TodoInput {
  opd: string;
  /** Calendar year (WIB) of the report week. */
  tahun: number;
  target: number;
  basiSetelahBulan: number;
  minggu: string;
  unggahan: UploadCounts;
  berkala: BerkalaItem[];
  /** Mandatory setiap-saat items (absent in callers that do not check them). */
  setiapSaat?: SetiapSaatItem[];
  dataset: DatasetItem[];
  profil: { ada: boolean; butir: ProfilItem[] };
  masalah: MasalahItem[];
  /** From the request register: late requests and objections, a missing annual report (compliance/layanan.ts). */
  layanan?: string[];
  /** The DIP decree missing for the report year (compliance/penetapan.ts). */
  penetapan?: string;
  /** Exempt entries whose period has ended (compliance/dik.ts); their validator warnings are not counted again. */
  dik?: string[];
}

const MAX_LISTED_ERRORS = 3;

export function buildTodo(input: TodoInput): string[] {
  const todo: string[] = [];
  const validateCommand = `\`npm run validate -- content/opd/${input.opd}\``;

  for (const m of input.masalah.filter((p) => p.tingkat === 'error' && p.aturan.startsWith('personal-data/'))) {
    todo.push(`SEGERA hapus data pribadi di ${m.berkas} baris ${m.baris}: ${m.pesan} (skor dihitung 0 sampai dihapus)`);
  }
  const errors = input.masalah.filter((p) => p.tingkat === 'error' && !p.aturan.startsWith('personal-data/'));
  for (const m of errors.slice(0, MAX_LISTED_ERRORS)) todo.push(`Perbaiki ${m.berkas} baris ${m.baris}: ${m.pesan}`);
  if (errors.length > MAX_LISTED_ERRORS) {
    todo.push(`Perbaiki ${errors.length - MAX_LISTED_ERRORS} kesalahan validasi lainnya (lihat ${validateCommand})`);
  }
  // Legal deadlines owed to requesters (UU 14/2008 Pasal 22, 36) come before the publishing tasks.
  todo.push(...(input.layanan ?? []));
  // Information withheld past its exemption period should be public (UU 14/2008 Pasal 2 ayat (2)).
  todo.push(...(input.dik ?? []));

  const years = { tahun: String(input.tahun), tahun_lalu: String(input.tahun - 1) };
  const filled = (template: string) => template.replace(/\{(tahun|tahun_lalu)\}/g, (_, k: keyof typeof years) => years[k]);
  for (const b of input.berkala.filter((x) => x.status === 'tidak-ada')) {
    const text = filled(UPLOAD_RINCIAN[b.rincian]);
    todo.push(`${text} (informasi berkala rincian ${b.huruf})`);
  }
  for (const b of input.berkala.filter((x) => x.status === 'basi')) {
    todo.push(
      `Perbarui "${b.judul}" (rincian ${b.huruf}): terakhir diperbarui ${tanggalPanjang(b.diperbarui!)}, lebih dari ${input.basiSetelahBulan} bulan lalu`,
    );
  }

  for (const s of (input.setiapSaat ?? []).filter((x) => x.status === 'tidak-ada')) {
    if (s.kode === ASKED_BY_LAYANAN) continue;
    const text = filled(UPLOAD_SETIAP_SAAT[s.kode]);
    todo.push(`${text} sebagai informasi setiap saat (\`setiap_saat: ${s.kode}\`, ${s.dasar})`);
  }

  if (!input.profil.ada) todo.push(`Buat profil OPD di content/opd/${input.opd}/profil.md`);
  else {
    const missing = input.profil.butir.filter((b) => !b.ok).map((b) => b.label);
    if (missing.length === input.profil.butir.length) todo.push(`Perbaiki profil.md sampai lolos validasi (lihat ${validateCommand})`);
    else if (missing.length > 0) todo.push(`Lengkapi profil OPD: ${missing.join('; ')}`);
  }

  if (input.penetapan) todo.push(input.penetapan);

  if (input.dataset.length === 0) todo.push('Unggah minimal satu dataset beserta kamus kolomnya (Satu Data Indonesia)');
  for (const d of input.dataset) {
    const name = d.judul ? `"${d.judul}"` : d.berkas;
    if (!d.valid) todo.push(`Perbaiki dataset ${name} sampai lolos validasi`);
    else if (!d.mutakhir) todo.push(`Mutakhirkan dataset ${name} (frekuensi ${d.frekuensi}, terakhir ${tanggalPanjang(d.diperbarui!)})`);
  }

  if (input.unggahan.total < input.target) {
    const got = input.unggahan.total === 0 ? 'tidak ada unggahan' : `hanya ${input.unggahan.total} unggahan`;
    todo.push(`Unggah minimal ${input.target} konten baru setiap minggu (berita, informasi, data atau dokumen); minggu ${input.minggu} ${got}`);
  }

  const warnings = input.masalah.filter((p) => p.tingkat === 'warning' && !(input.dik && p.aturan === DIK_RULE)).length;
  if (warnings > 0) todo.push(`Periksa ${warnings} peringatan validasi (lihat ${validateCommand})`);
  return todo;
}
