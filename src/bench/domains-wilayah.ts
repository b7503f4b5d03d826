/** Vocabulary of the infrastructure, governance and kecamatan OPDs. */
import type { Domain } from './domains-layanan.ts';

export const WILAYAH: Record<string, Domain> = {
  infrastruktur: {
    kegiatan: ['peninjauan', 'pembangunan', 'pemeliharaan', 'konsultasi publik', 'normalisasi'],
    objek: ['jalan kabupaten', 'jembatan desa', 'drainase perkotaan', 'tanggul sungai', 'rumah tidak layak huni', 'penerangan jalan umum', 'air minum perpipaan', 'rencana detail tata ruang'],
    peserta: ['pelaksana proyek', 'konsultan pengawas', 'warga terdampak', 'tim teknis'],
    kalimat: ['Pekerjaan ruas jalan sepanjang {n} meter ditargetkan selesai sebelum akhir tahun anggaran.', 'Kondisi jalan kabupaten dalam keadaan mantap tercatat {persen} persen.', 'Pengawasan mutu beton dilakukan oleh laboratorium pengujian milik pemerintah kabupaten.'],
    tag: ['infrastruktur', 'jalan', 'jembatan', 'drainase', 'perumahan'],
  },
  perhubungan: {
    kegiatan: ['uji kir', 'rekayasa lalu lintas', 'sosialisasi', 'pemasangan', 'operasi'],
    objek: ['keselamatan lalu lintas', 'angkutan mudik', 'rambu jalan', 'parkir tepi jalan', 'angkutan pelajar'],
    peserta: ['sopir angkutan umum', 'juru parkir', 'pelajar', 'petugas terminal'],
    kalimat: ['Dishub menyiagakan {n} personel di titik rawan kemacetan jalur pantura.', 'Pengujian kendaraan bermotor kini dapat dijadwalkan secara daring.'],
    tag: ['perhubungan', 'lalu lintas', 'angkutan', 'parkir'],
  },
  lingkungan: {
    kegiatan: ['aksi bersih', 'penanaman mangrove', 'pengawasan', 'lomba', 'sosialisasi'],
    objek: ['pengelolaan sampah', 'bank sampah', 'kualitas air sungai', 'adipura', 'ruang terbuka hijau', 'pengendalian pencemaran'],
    peserta: ['pengelola bank sampah', 'pelajar adiwiyata', 'pelaku usaha', 'relawan lingkungan'],
    kalimat: ['Timbulan sampah yang masuk ke TPA Kalikondang rata-rata {n} ton per hari.', 'Sebanyak {n} bibit mangrove ditanam di pesisir Sayung untuk menahan abrasi.'],
    tag: ['lingkungan', 'sampah', 'mangrove', 'adipura'],
  },
  bencana: {
    kegiatan: ['simulasi evakuasi', 'penyaluran bantuan', 'kaji cepat', 'pelatihan', 'apel siaga'],
    objek: ['kesiapsiagaan banjir', 'penanganan rob', 'desa tangguh bencana', 'droping air bersih', 'peringatan dini cuaca ekstrem', 'pemadaman kebakaran'],
    peserta: ['relawan desa', 'Tim Reaksi Cepat', 'siswa sekolah', 'warga terdampak'],
    kalimat: ['Pusdalops BPBD mencatat {n} rumah terdampak genangan akibat hujan lebat.', 'BPBD mengimbau warga bantaran Sungai Wulan untuk tetap waspada saat hujan deras.', 'Logistik berupa makanan siap saji, tikar, dan selimut disalurkan ke posko pengungsian.'],
    tag: ['bencana', 'banjir', 'rob', 'bpbd', 'kebakaran'],
  },
  ketertiban: {
    kegiatan: ['penertiban', 'patroli', 'operasi', 'sosialisasi', 'pembinaan'],
    objek: ['peraturan daerah', 'pedagang kaki lima', 'reklame liar', 'ketenteraman masyarakat', 'perlindungan masyarakat'],
    peserta: ['anggota Satpol PP', 'anggota linmas', 'pedagang', 'pemilik usaha'],
    kalimat: ['Petugas melakukan pendekatan persuasif sebelum menertibkan lapak yang melanggar.', 'Sebanyak {n} reklame tanpa izin diturunkan selama operasi berlangsung.'],
    tag: ['ketertiban', 'perda', 'satpol pp', 'linmas'],
  },
  kominfo: {
    kegiatan: ['pelatihan', 'sosialisasi', 'uji konsekuensi', 'rapat koordinasi', 'literasi digital'],
    objek: ['keterbukaan informasi publik', 'satu data Indonesia', 'keamanan siber', 'sistem pemerintahan berbasis elektronik', 'layanan aduan warga', 'jaringan internet desa'],
    peserta: ['admin PPID pelaksana', 'operator SPBE', 'pranata komputer', 'walidata pendukung'],
    kalimat: ['Seluruh PPID pelaksana diminta memutakhirkan Daftar Informasi Publik paling lambat akhir bulan.', 'Indeks SPBE Kabupaten Demak meningkat dibandingkan penilaian sebelumnya.'],
    tag: ['kominfo', 'ppid', 'spbe', 'satu data', 'digital'],
  },
  perencanaan: {
    kegiatan: ['musyawarah perencanaan pembangunan', 'forum konsultasi publik', 'rapat koordinasi', 'penilaian', 'kajian'],
    objek: ['rencana kerja pemerintah daerah', 'penanggulangan kemiskinan', 'inovasi daerah', 'konvergensi stunting', 'ketahanan pesisir'],
    peserta: ['perangkat daerah', 'tim koordinasi', 'akademisi', 'delegasi kecamatan'],
    kalimat: ['Usulan yang masuk melalui musrenbang mencapai {n} kegiatan prioritas.', 'Angka kemiskinan Kabupaten Demak turun menjadi {persen} persen.'],
    tag: ['perencanaan', 'musrenbang', 'rkpd', 'kemiskinan'],
  },
  keuangan: {
    kegiatan: ['sosialisasi', 'pelayanan', 'penagihan', 'rekonsiliasi', 'pemutihan'],
    objek: ['pajak bumi dan bangunan', 'pendapatan asli daerah', 'pengelolaan barang milik daerah', 'laporan keuangan daerah', 'pajak restoran dan hotel'],
    peserta: ['wajib pajak', 'bendahara perangkat daerah', 'petugas pemungut', 'pengurus barang'],
    kalimat: ['Realisasi pendapatan asli daerah hingga {bulan} mencapai {persen} persen dari target.', 'Pembayaran pajak kini dapat dilakukan melalui bank, kantor pos, dan dompet digital.'],
    tag: ['keuangan', 'pajak', 'pad', 'aset'],
  },
  pemerintahan: {
    kegiatan: ['rapat koordinasi', 'upacara', 'penandatanganan nota kesepahaman', 'evaluasi', 'audiensi'],
    objek: ['reformasi birokrasi', 'pelayanan publik', 'peraturan daerah', 'pengawasan internal', 'zona integritas', 'pemilihan umum', 'kerukunan umat beragama', 'kinerja aparatur sipil negara'],
    peserta: ['kepala perangkat daerah', 'anggota DPRD', 'camat', 'aparatur sipil negara', 'tokoh agama'],
    kalimat: ['Rapat paripurna DPRD Kabupaten Demak dihadiri {n} anggota dewan.', 'Inspektorat mendampingi perangkat daerah dalam pembangunan zona integritas.', 'Forum Kerukunan Umat Beragama menggelar dialog lintas iman di pendapa kabupaten.'],
    tag: ['pemerintahan', 'dprd', 'birokrasi', 'asn', 'pengawasan'],
  },
  kecamatan: {
    kegiatan: ['kerja bakti', 'musrenbang kecamatan', 'rembuk stunting', 'pelantikan perangkat desa', 'lomba', 'pembinaan'],
    objek: ['kebersihan lingkungan', 'ketahanan pangan desa', 'pelayanan administrasi', 'pengelolaan dana desa', 'keamanan lingkungan', 'posyandu', 'peringatan hari jadi Kabupaten Demak'],
    peserta: ['kepala desa', 'perangkat desa', 'ketua RT dan RW', 'kader PKK', 'karang taruna'],
    kalimat: ['Camat berkeliling ke {n} desa untuk memantau pelaksanaan kegiatan.', 'Pemerintah kecamatan meminta kepala desa memperbarui data warga miskin setiap bulan.', 'Kegiatan dilaksanakan serentak di seluruh desa di wilayah kecamatan.'],
    tag: ['kecamatan', 'desa', 'pkk', 'gotong royong'],
  },
};
