/**
 * Indonesian sentence bank shared by every OPD: templates with {slots} filled by prose.ts. Domain-specific
 * words live in domains-*.ts. Sentences avoid long digit runs on purpose, so that no generated text can look
 * like a NIK or a mobile number to the personal-data rule.
 */

/** Opening sentences of a news item: who did what, where and when. */
export const OPENINGS = [
  '{opdNama} menggelar {kegiatan} {objek} di {lokasi} pada {hari}.',
  'Sebanyak {n} {peserta} mengikuti {kegiatan} {objek} yang diselenggarakan {opd} di {lokasi}, {hari}.',
  'Bertempat di {tempat} {lokasi}, {opd} melaksanakan {kegiatan} {objek} pada {hari}.',
  '{jabatanKepala}, {kepala}, membuka {kegiatan} {objek} yang berlangsung di {lokasi} pada {hari}.',
  'Dalam rangka mendukung {objek}, {opd} menyelenggarakan {kegiatan} bagi {peserta} di {lokasi}, {hari}.',
  'Pemerintah Kabupaten Demak melalui {opd} terus mendorong {objek}, salah satunya melalui {kegiatan} di {lokasi} pada {hari}.',
];

/** Sentences for the body of an article. */
export const MIDDLES = [
  'Kegiatan ini diikuti {n} peserta yang terdiri atas {peserta}, perangkat desa, dan perwakilan masyarakat.',
  'Menurut {kepala}, kegiatan serupa akan dilanjutkan di kecamatan lain sesuai jadwal yang telah disusun.',
  '"Kami ingin setiap warga merasakan manfaat program ini secara langsung," kata {kepala} dalam sambutannya.',
  '"Kuncinya adalah kerja sama antara pemerintah, desa, dan masyarakat," ujar {jabatanKepala}.',
  'Kegiatan dibiayai dari APBD Kabupaten Demak tahun {tahun} dengan anggaran sekitar {rupiah}.',
  'Hingga {bulan} {tahun}, capaian program ini tercatat {persen} persen dari target tahunan.',
  'Peserta mendapatkan materi dari narasumber {opd} serta instansi terkait di lingkungan Pemerintah Provinsi Jawa Tengah.',
  'Selain pemaparan materi, peserta juga mengikuti diskusi kelompok dan praktik lapangan.',
  'Pemerintah desa diminta aktif mendata warga yang membutuhkan pendampingan dan melaporkannya melalui kecamatan.',
  'Camat {kecamatan} menyambut baik kegiatan tersebut dan berharap hasilnya segera dirasakan warga.',
  'Hasil kegiatan akan dituangkan dalam laporan yang disampaikan kepada Bupati Demak sebagai bahan evaluasi.',
  'Tahun ini {opd} menargetkan {n} desa menjadi sasaran kegiatan, meningkat dibandingkan tahun sebelumnya.',
  'Data yang dihimpun selama kegiatan akan dimutakhirkan secara berkala dan dapat diakses melalui portal Satu Data Kabupaten Demak.',
  'Warga yang memiliki pertanyaan dapat menghubungi layanan informasi {opd} pada hari dan jam kerja.',
  '{pejabat} menjelaskan bahwa pelaksanaan kegiatan telah dikoordinasikan dengan pemerintah kecamatan dan desa setempat.',
  'Beberapa kendala yang ditemukan di lapangan antara lain keterbatasan sarana dan jarak tempuh yang cukup jauh.',
  'Untuk mengatasi kendala tersebut, {opd} akan menambah petugas pendamping dan memperbaiki jadwal layanan.',
  'Evaluasi pelaksanaan dilakukan setiap triwulan bersama Bappeda dan Inspektorat Kabupaten Demak.',
  'Kegiatan berlangsung tertib dengan tetap memperhatikan ketepatan waktu dan kenyamanan peserta.',
  'Antusiasme warga terlihat dari banyaknya pertanyaan yang disampaikan dalam sesi tanya jawab.',
  'Pada kesempatan yang sama, {opd} menyerahkan secara simbolis bantuan kepada perwakilan {peserta}.',
  'Sebelumnya, kegiatan serupa telah dilaksanakan di Desa {desa2} dan mendapat tanggapan positif dari masyarakat.',
  'Program ini sejalan dengan Rencana Pembangunan Jangka Menengah Daerah Kabupaten Demak.',
  'Pemerintah kabupaten juga membuka ruang kolaborasi dengan dunia usaha, perguruan tinggi, dan organisasi kemasyarakatan.',
  'Ke depan, pelaksanaan kegiatan akan didukung aplikasi pelaporan daring agar pemantauan lebih cepat dan akurat.',
  'Menurut catatan {opd}, jumlah penerima manfaat pada triwulan ini mencapai {n} orang.',
];

/** Closing sentences. */
export const CLOSINGS = [
  'Informasi lebih lanjut dapat diperoleh melalui layanan PPID Pelaksana {opd}.',
  '{opd} mengajak seluruh lapisan masyarakat untuk berperan aktif mendukung {objek}.',
  'Kegiatan ditutup dengan penandatanganan komitmen bersama oleh seluruh peserta.',
  'Masyarakat dapat menyampaikan saran dan pengaduan terkait kegiatan ini melalui kanal pengaduan resmi Pemerintah Kabupaten Demak.',
  'Dokumentasi dan laporan kegiatan akan dipublikasikan melalui portal PPID Kabupaten Demak.',
];

/** Grammar fragments for extra sentences: many combinations keep the vocabulary of a large corpus realistic. */
export const SUBJECTS = ['Kegiatan ini', 'Program tersebut', 'Pemerintah desa', 'Tim pendamping', 'Langkah ini', 'Upaya tersebut', 'Forum ini', 'Pendataan ini'];
export const PREDICATES = [
  'bertujuan meningkatkan', 'diharapkan mampu mendorong', 'menjadi bagian dari upaya memperkuat', 'dirancang untuk mempercepat',
  'ikut menunjang', 'merupakan tindak lanjut dari evaluasi terhadap', 'memberi dampak langsung bagi', 'difokuskan pada perbaikan',
];
export const GOALS = [
  'kualitas pelayanan publik', 'kesejahteraan masyarakat', 'tata kelola pemerintahan yang baik', 'keterbukaan informasi publik',
  'ketahanan ekonomi keluarga', 'partisipasi warga dalam pembangunan', 'daya saing daerah', 'pemerataan pembangunan antarwilayah',
  'kualitas sumber daya manusia', 'kepercayaan masyarakat kepada pemerintah',
];
export const ADVERBIALS = [
  'di tingkat desa', 'secara berkelanjutan', 'pada tahun {tahun}', 'di seluruh kecamatan', 'dalam jangka panjang',
  'sesuai ketentuan yang berlaku', 'bersama pemangku kepentingan', 'di wilayah {kecamatan}', 'secara bertahap',
];

/** Section headings of long articles (##), and sub-headings (###). */
export const HEADINGS = [
  'Latar Belakang', 'Pelaksanaan Kegiatan', 'Hasil dan Tindak Lanjut', 'Capaian Tahun {tahun}', 'Sasaran Program',
  'Kendala di Lapangan', 'Rencana ke Depan', 'Tanggapan Warga', 'Dukungan Anggaran', 'Data Pendukung',
];
export const SUBHEADINGS = ['Tahap Persiapan', 'Tahap Pelaksanaan', 'Pemantauan', 'Catatan Narasumber', 'Rekomendasi'];

/** Places where events happen (before {lokasi}). */
export const TEMPAT = ['aula', 'balai desa', 'pendapa kecamatan', 'gedung serbaguna', 'ruang rapat', 'lapangan'];

export const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
export const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** Internal pages that always exist (STATIC_ROUTES), for the occasional link in a body. */
export const LINKS = [
  ['Daftar Informasi Publik', '/informasi/'],
  ['formulir permohonan informasi', '/permohonan-informasi/'],
  ['katalog data', '/data/'],
  ['laman keberatan', '/keberatan/'],
];
