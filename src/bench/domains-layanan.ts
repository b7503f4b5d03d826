/** Vocabulary of the service OPDs (health, education, social, economy, ...). Lowercase; titles are cased later. */
export interface Domain {
  kegiatan: string[];
  objek: string[];
  peserta: string[];
  /** Domain sentences with the slots of wordbank.ts. */
  kalimat: string[];
  tag: string[];
}

export const LAYANAN: Record<string, Domain> = {
  kesehatan: {
    kegiatan: ['pemeriksaan kesehatan gratis', 'imunisasi massal', 'penyuluhan', 'pemberian makanan tambahan', 'gerakan pemberantasan sarang nyamuk'],
    objek: ['pencegahan demam berdarah', 'percepatan penurunan stunting', 'kesehatan ibu dan anak', 'eliminasi tuberkulosis', 'posyandu remaja', 'gizi balita', 'sanitasi total berbasis masyarakat', 'layanan puskesmas keliling'],
    peserta: ['kader posyandu', 'bidan desa', 'tenaga kesehatan puskesmas', 'ibu hamil', 'kader jumantik'],
    kalimat: ['Puskesmas {kecamatan} mencatat {n} kasus baru sepanjang {bulan}, turun dibandingkan bulan sebelumnya.', 'Petugas memeriksa tekanan darah, kadar gula, dan status gizi warga yang datang ke posyandu.', 'Dinas Kesehatan mengimbau warga menerapkan gerakan 3M Plus: menguras, menutup, dan mendaur ulang.', 'Prevalensi stunting di desa sasaran turun menjadi {persen} persen berdasarkan penimbangan terakhir.'],
    tag: ['kesehatan', 'stunting', 'posyandu', 'puskesmas', 'imunisasi', 'dbd'],
  },
  rsud: {
    kegiatan: ['peluncuran layanan', 'pelatihan', 'akreditasi', 'bakti sosial operasi katarak', 'survei kepuasan pasien'],
    objek: ['layanan hemodialisis', 'instalasi gawat darurat', 'antrean daring rawat jalan', 'keselamatan pasien', 'pelayanan persalinan', 'rekam medis elektronik'],
    peserta: ['perawat', 'dokter spesialis', 'tenaga medis', 'pasien rawat jalan'],
    kalimat: ['RSUD Sunan Kalijaga melayani rata-rata {n} pasien rawat jalan per hari pada triwulan ini.', 'Pendaftaran rawat jalan kini dapat dilakukan melalui aplikasi tanpa harus antre sejak subuh.', 'Tingkat kepuasan pasien berdasarkan survei terakhir mencapai {persen} persen.'],
    tag: ['rsud', 'rumah sakit', 'pasien', 'layanan kesehatan'],
  },
  pendidikan: {
    kegiatan: ['lomba', 'pelatihan', 'penerimaan peserta didik baru', 'asesmen', 'festival'],
    objek: ['literasi dan numerasi', 'kurikulum merdeka', 'guru penggerak', 'sekolah ramah anak', 'pendidikan anak usia dini', 'cagar budaya Masjid Agung', 'seni tradisi Demak'],
    peserta: ['guru sekolah dasar', 'kepala sekolah', 'siswa SMP', 'pendidik PAUD', 'pengawas sekolah'],
    kalimat: ['Sebanyak {n} sekolah dasar di Kecamatan {kecamatan} telah menerapkan pembelajaran berbasis proyek.', 'Angka partisipasi sekolah pada jenjang SMP tercatat {persen} persen.', 'Disdikbud memastikan penerimaan peserta didik baru berjalan transparan dan bebas pungutan.'],
    tag: ['pendidikan', 'sekolah', 'guru', 'siswa', 'budaya'],
  },
  perpustakaan: {
    kegiatan: ['lomba bercerita', 'perpustakaan keliling', 'bedah buku', 'pelatihan', 'gerakan gemar membaca'],
    objek: ['literasi masyarakat', 'perpustakaan desa', 'arsip dinamis', 'pojok baca', 'digitalisasi naskah kuno'],
    peserta: ['pengelola perpustakaan desa', 'pelajar', 'arsiparis', 'pegiat literasi'],
    kalimat: ['Mobil perpustakaan keliling singgah di {n} desa setiap bulan.', 'Koleksi perpustakaan daerah bertambah {n} judul buku baru tahun ini.'],
    tag: ['perpustakaan', 'literasi', 'arsip', 'buku'],
  },
  kependudukan: {
    kegiatan: ['pelayanan jemput bola', 'perekaman KTP elektronik', 'sosialisasi', 'pelayanan keliling', 'aktivasi identitas kependudukan digital'],
    objek: ['administrasi kependudukan', 'akta kelahiran', 'kartu identitas anak', 'pemutakhiran data penduduk', 'layanan dokumen kependudukan'],
    peserta: ['pemula pemilih', 'operator desa', 'penyandang disabilitas', 'warga lanjut usia'],
    kalimat: ['Petugas Disdukcapil melayani {n} perekaman KTP elektronik dalam satu hari pelayanan keliling.', 'Cakupan kepemilikan akta kelahiran anak di Kabupaten Demak mencapai {persen} persen.', 'Warga cukup membawa kartu keluarga asli untuk pelayanan tersebut.'],
    tag: ['kependudukan', 'ktp', 'akta', 'disdukcapil'],
  },
  sosial: {
    kegiatan: ['penyaluran bantuan', 'verifikasi data', 'pendampingan', 'sosialisasi', 'rapat koordinasi'],
    objek: ['perlindungan anak', 'pencegahan kekerasan dalam rumah tangga', 'bantuan sosial pangan', 'rehabilitasi sosial', 'kesejahteraan lanjut usia', 'data terpadu kesejahteraan sosial'],
    peserta: ['pendamping PKH', 'pekerja sosial', 'keluarga penerima manfaat', 'kader perlindungan anak'],
    kalimat: ['Bantuan disalurkan kepada {n} keluarga penerima manfaat di Kecamatan {kecamatan}.', 'Dinsos P3A membuka layanan pengaduan bagi korban kekerasan terhadap perempuan dan anak.', 'Verifikasi lapangan dilakukan agar bantuan tepat sasaran.'],
    tag: ['sosial', 'bansos', 'perlindungan anak', 'pkh'],
  },
  desa: {
    kegiatan: ['bimbingan teknis', 'pembinaan', 'lomba', 'monitoring', 'pelatihan'],
    objek: ['pengelolaan dana desa', 'badan usaha milik desa', 'keluarga berencana', 'kampung keluarga berkualitas', 'sistem informasi desa', 'penyusunan APBDes'],
    peserta: ['kepala desa', 'sekretaris desa', 'pengurus BUMDes', 'penyuluh KB'],
    kalimat: ['Penyaluran dana desa tahap ini telah mencapai {persen} persen.', 'Sebanyak {n} BUMDes telah memiliki unit usaha yang berjalan.'],
    tag: ['desa', 'dana desa', 'bumdes', 'kb'],
  },
  tenagakerja: {
    kegiatan: ['bursa kerja', 'pelatihan berbasis kompetensi', 'sosialisasi', 'pembinaan', 'pemeriksaan'],
    objek: ['keselamatan dan kesehatan kerja', 'upah minimum kabupaten', 'industri kecil menengah', 'penempatan tenaga kerja', 'hubungan industrial'],
    peserta: ['pencari kerja', 'pelaku industri kecil', 'pengusaha', 'pekerja pabrik'],
    kalimat: ['Bursa kerja menghadirkan {n} perusahaan dengan ribuan lowongan.', 'Pencari kerja dapat mendaftar melalui layanan kartu kuning secara daring.'],
    tag: ['tenaga kerja', 'industri', 'lowongan', 'pelatihan kerja'],
  },
  ekonomi: {
    kegiatan: ['pameran', 'pelatihan', 'operasi pasar', 'pendampingan', 'tera ulang'],
    objek: ['usaha mikro kecil dan menengah', 'koperasi simpan pinjam', 'stabilitas harga bahan pokok', 'pasar tradisional', 'produk unggulan daerah', 'investasi daerah', 'perizinan berusaha'],
    peserta: ['pelaku UMKM', 'pengurus koperasi', 'pedagang pasar', 'investor'],
    kalimat: ['Harga beras medium di Pasar Bintoro terpantau stabil pada {bulan} {tahun}.', 'Sebanyak {n} pelaku usaha telah memperoleh nomor induk berusaha melalui sistem OSS.', 'Pameran menghadirkan produk olahan ikan, batik, dan kerajinan eceng gondok khas Demak.'],
    tag: ['umkm', 'koperasi', 'pasar', 'investasi', 'perizinan'],
  },
  pertanian: {
    kegiatan: ['panen raya', 'gerakan tanam', 'sekolah lapang', 'penyaluran', 'pengendalian hama'],
    objek: ['padi varietas unggul', 'pupuk bersubsidi', 'ketahanan pangan', 'alat mesin pertanian', 'pengendalian tikus sawah', 'cadangan pangan daerah', 'budidaya ikan air tawar', 'tambak udang vaname', 'nelayan kecil'],
    peserta: ['kelompok tani', 'penyuluh pertanian', 'petani milenial', 'kelompok pembudidaya ikan', 'nelayan'],
    kalimat: ['Produktivitas padi di Kecamatan {kecamatan} mencapai {persen} kuintal per hektare.', 'Petani diimbau menanam serempak untuk menekan serangan hama.', 'Luas tanam musim ini diperkirakan {n} hektare.'],
    tag: ['pertanian', 'padi', 'pangan', 'perikanan', 'nelayan'],
  },
  pariwisata: {
    kegiatan: ['festival', 'lomba', 'pelatihan', 'promosi', 'turnamen'],
    objek: ['desa wisata', 'wisata religi Kadilangu', 'grebeg besar', 'olahraga masyarakat', 'kepemudaan', 'ekonomi kreatif', 'pemandu wisata'],
    peserta: ['pengelola desa wisata', 'pelaku ekonomi kreatif', 'atlet pelajar', 'pemuda pelopor'],
    kalimat: ['Kunjungan wisatawan ke Masjid Agung Demak dan Makam Sunan Kalijaga tercatat {n} orang pada {bulan}.', 'Festival tersebut menampilkan kesenian tradisional dan kuliner khas pesisir.'],
    tag: ['pariwisata', 'wisata', 'olahraga', 'pemuda', 'budaya'],
  },
};
