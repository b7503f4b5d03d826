/**
 * Titles and summaries of DIP entries per rincian (Perki 1/2021) and per category. `{x}` are filled by dip.ts:
 * opd, tahun, tahunLalu, semester, triwulan, objek (title-cased), kecamatan, desa, tanggal, ancaman, bulan.
 */
import type { RincianCode } from '../schemas/rincian.ts';
import type { SetiapSaatCode } from '../schemas/setiap-saat.ts';

export const BERKALA: Record<RincianCode, { judul: string[]; isi: string }> = {
  profil: { judul: ['Profil dan Struktur Organisasi {opd} Tahun {tahun}', 'Tugas Pokok dan Fungsi {opd} Tahun {tahun}', 'Profil Pejabat Struktural {opd} Tahun {tahun}'], isi: 'kedudukan, tugas, fungsi, struktur organisasi, alamat kantor dan profil singkat pejabat struktural' },
  'program-kegiatan': { judul: ['Rencana Kerja {opd} Tahun {tahun}', 'Program dan Kegiatan {opd} Tahun Anggaran {tahun}', 'Dokumen Pelaksanaan Anggaran {opd} Tahun {tahun}', 'Rencana Strategis {opd} Perubahan Tahun {tahun}'], isi: 'nama program dan kegiatan, penanggung jawab, target, jadwal pelaksanaan, sumber dan nilai anggaran' },
  kinerja: { judul: ['Laporan Kinerja Instansi Pemerintah {opd} Tahun {tahunLalu}', 'Perjanjian Kinerja {opd} Tahun {tahun}', 'Laporan Capaian Kinerja {opd} Triwulan {triwulan} Tahun {tahun}', 'Indikator Kinerja Utama {opd} Tahun {tahun}'], isi: 'sasaran strategis, indikator kinerja, target, realisasi capaian dan analisis kinerja' },
  'laporan-keuangan': { judul: ['Ringkasan Laporan Keuangan {opd} Tahun {tahunLalu}', 'Laporan Realisasi Anggaran {opd} Semester {semester} Tahun {tahun}', 'Neraca {opd} per 31 Desember {tahunLalu}', 'Daftar Aset dan Barang Milik Daerah {opd} Tahun {tahunLalu}'], isi: 'laporan realisasi anggaran, neraca, laporan operasional dan catatan atas laporan keuangan' },
  'laporan-akses-informasi': { judul: ['Laporan Layanan Informasi Publik {opd} Tahun {tahunLalu}', 'Rekapitulasi Permohonan Informasi {opd} Semester {semester} Tahun {tahun}'], isi: 'jumlah permohonan informasi, waktu pemenuhan, jumlah permohonan yang dikabulkan atau ditolak beserta alasannya' },
  regulasi: { judul: ['Daftar Regulasi Bidang {objek} Tahun {tahun}', 'Keputusan Kepala {opd} tentang {objek} Tahun {tahun}', 'Peraturan Bupati Demak tentang {objek} Tahun {tahun}', 'Rancangan Peraturan Daerah tentang {objek} Tahun {tahun}'], isi: 'daftar peraturan, keputusan dan kebijakan beserta tanggal penetapan dan status keberlakuannya' },
  'prosedur-permohonan': { judul: ['Standar Layanan Informasi Publik {opd} Tahun {tahun}', 'Prosedur Permohonan dan Keberatan Informasi Publik {opd} Tahun {tahun}'], isi: 'tata cara permohonan informasi, keberatan, jangka waktu layanan dan biaya salinan' },
  pengaduan: { judul: ['Tata Cara Pengaduan Penyalahgunaan Wewenang {opd} Tahun {tahun}', 'Rekapitulasi Pengaduan Masyarakat {opd} Semester {semester} Tahun {tahun}'], isi: 'kanal pengaduan, tahapan penanganan, jangka waktu tindak lanjut dan perlindungan pelapor' },
  pengadaan: { judul: ['Rencana Umum Pengadaan {opd} Tahun {tahun}', 'Daftar Paket Pengadaan Barang dan Jasa {opd} Triwulan {triwulan} Tahun {tahun}', 'Ringkasan Kontrak {objek} Tahun {tahun}'], isi: 'nama paket, pagu anggaran, metode pemilihan, penyedia dan nilai kontrak' },
  ketenagakerjaan: { judul: ['Informasi Ketenagakerjaan {opd} Tahun {tahun}', 'Rekapitulasi Pegawai {opd} menurut Golongan Semester {semester} Tahun {tahun}', 'Pengumuman Rekrutmen Tenaga Pendukung {opd} Tahun {tahun}'], isi: 'jumlah pegawai menurut jabatan, golongan dan pendidikan, serta informasi rekrutmen' },
  'peringatan-dini': { judul: ['Prosedur Peringatan Dini dan Evakuasi Gedung {opd} Tahun {tahun}', 'Rencana Kontinjensi {objek} Tahun {tahun}', 'Jalur Evakuasi dan Titik Kumpul {opd} Tahun {tahun}'], isi: 'tanda bahaya, jalur evakuasi, titik kumpul, petugas penanggung jawab dan nomor darurat' },
};

export const SERTA_MERTA = {
  judul: ['Peringatan Dini {ancaman} di Kecamatan {kecamatan} {tanggal}', 'Informasi Penanganan {ancaman} di Desa {desa} {tanggal}', 'Pengumuman Gangguan Layanan {objek} {tanggal}'],
  ancaman: ['Banjir', 'Rob', 'Cuaca Ekstrem', 'Angin Puting Beliung', 'Kebakaran Lahan', 'Kekeringan', 'Kejadian Luar Biasa Demam Berdarah', 'Penutupan Jalan'],
  isi: 'wilayah terdampak, waktu kejadian, langkah penanganan, lokasi pengungsian dan imbauan kepada masyarakat',
};

export const SETIAP_SAAT = {
  judul: ['Daftar Informasi Publik {opd} Tahun {tahun}', 'Perjanjian Kerja Sama {opd} tentang {objek} Tahun {tahun}', 'Standar Operasional Prosedur {objek} Tahun {tahun}', 'Notulen Rapat Koordinasi {objek} {bulan} {tahun}', 'Data Rekapitulasi {objek} {bulan} {tahun}', 'Surat Edaran tentang {objek} Tahun {tahun}'],
  isi: 'dokumen yang tersedia setiap saat dan dapat diminta pemohon sesuai prosedur layanan informasi',
  /** The setiap-saat item (src/schemas/setiap-saat.ts) of each title above, by the title's opening words. */
  kode: [
    ['Daftar Informasi Publik', 'daftar-informasi-publik'],
    ['Perjanjian Kerja Sama', 'perjanjian-pihak-ketiga'],
    ['Standar Operasional Prosedur', 'sop-pelayanan'],
    ['Notulen Rapat', 'keputusan'],
    ['Data Rekapitulasi', 'organisasi-kepegawaian'],
    ['Surat Edaran', 'kebijakan'],
  ] as [string, SetiapSaatCode][],
};

export const DIKECUALIKAN = {
  judul: ['Dokumen Pemeriksaan {objek} yang Masih Berjalan Tahun {tahun}', 'Data Pribadi Pemohon Layanan {objek} Tahun {tahun}', 'Harga Perkiraan Sendiri Paket {objek} Sebelum Pengumuman Tahun {tahun}', 'Dokumen Hasil Evaluasi Penawaran {objek} Tahun {tahun}', 'Berita Acara Klarifikasi Pengaduan {objek} Tahun {tahun}'],
  /** Consequence tests (`pengecualian` without its decision), one per kind of exemption the titles above name. */
  uji: [
    { pasal: ['a-1', 'a-2'], alasan: 'Dokumen pemeriksaan yang belum selesai memuat temuan dan identitas pelapor serta saksi.', konsekuensi: 'Bila dibuka, pihak terperiksa dapat menghilangkan bukti atau menekan saksi.', kepentingan_publik: 'Ringkasan hasil pengawasan tetap diumumkan setelah pemeriksaan selesai.' },
    { pasal: ['h-1', 'h-3'], undang_undang: 'UU 27/2022 tentang Pelindungan Data Pribadi', alasan: 'Berkas permohonan layanan memuat data keluarga dan keuangan pemohon.', konsekuensi: 'Bila dibuka, data pemohon dapat disalahgunakan untuk penipuan.', kepentingan_publik: 'Jumlah layanan menurut jenis tetap terbuka; data perorangan ditutup.' },
    { pasal: ['b'], alasan: 'Harga perkiraan sendiri dan dokumen penawaran memuat strategi harga peserta.', konsekuensi: 'Bila dibuka sebelum pengumuman, persaingan usaha menjadi tidak sehat.', kepentingan_publik: 'Hasil tender dan nilai kontrak diumumkan setelah pemilihan selesai.' },
    { pasal: ['i'], alasan: 'Memorandum internal klarifikasi pengaduan yang menurut sifatnya dirahasiakan.', konsekuensi: 'Bila dibuka, proses klarifikasi terganggu dan pihak yang diadukan dapat dirugikan.', kepentingan_publik: 'Tindak lanjut pengaduan dilaporkan secara ringkas tanpa identitas.' },
  ],
  isi: 'informasi yang dikecualikan berdasarkan uji konsekuensi karena dapat merugikan kepentingan yang dilindungi undang-undang',
};

export const BENTUK = ['softcopy', 'hardcopy', 'softcopy-hardcopy'] as const;
export const RETENSI = ['2 tahun', '5 tahun', '10 tahun', 'permanen', 'selama berlaku'];
