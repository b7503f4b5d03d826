/**
 * Dataset kinds per OPD domain. `shape` decides the rows: per kecamatan (14), per desa (~240, or ~480 over two
 * years), monthly series, daily series (semicolon CSV with decimal commas, as Excel exports them in Indonesia),
 * or a list of facilities.
 */
export type Shape = 'kecamatan' | 'desa' | 'desa-2-tahun' | 'bulanan' | 'harian' | 'daftar';

export interface Measure {
  nama: string;
  judul: string;
  tipe: 'bilangan-bulat' | 'bilangan';
  satuan?: string;
  min: number;
  max: number;
}

export interface DatasetTemplate {
  slug: string;
  judul: string;
  topik: string;
  frekuensi: string;
  shape: Shape;
  measures: Measure[];
  kata: string[];
  /** For `daftar`: prefix of each facility's name and a yes/no column. */
  daftar?: { prefix: string; flag: string; flagJudul: string };
}

const m = (nama: string, judul: string, satuan: string, min: number, max: number, tipe: Measure['tipe'] = 'bilangan-bulat'): Measure => ({ nama, judul, tipe, satuan, min, max });
const t = (slug: string, judul: string, topik: string, frekuensi: string, shape: Shape, measures: Measure[], kata: string[], daftar?: DatasetTemplate['daftar']): DatasetTemplate => ({ slug, judul, topik, frekuensi, shape, measures, kata, daftar });

export const DATASETS: Record<string, DatasetTemplate[]> = {
  kesehatan: [
    t('kasus-dbd-per-kecamatan', 'Kasus Demam Berdarah Dengue per Kecamatan', 'kesehatan', 'bulanan', 'kecamatan', [m('kasus', 'Jumlah kasus', 'kasus', 0, 80), m('meninggal', 'Meninggal', 'jiwa', 0, 2)], ['dbd', 'demam berdarah']),
    t('balita-stunting-per-desa', 'Balita Stunting per Desa', 'kesehatan', 'semesteran', 'desa', [m('balita_diukur', 'Balita diukur', 'anak', 80, 900), m('stunting', 'Balita stunting', 'anak', 0, 90)], ['stunting', 'gizi']),
    t('fasilitas-kesehatan', 'Daftar Fasilitas Kesehatan', 'kesehatan', 'tahunan', 'daftar', [m('tenaga_kesehatan', 'Tenaga kesehatan', 'orang', 3, 120)], ['puskesmas', 'klinik'], { prefix: 'Puskesmas Pembantu', flag: 'rawat_inap', flagJudul: 'Rawat inap' }),
  ],
  rsud: [t('kunjungan-pasien-bulanan', 'Kunjungan Pasien Rawat Jalan dan Rawat Inap', 'kesehatan', 'bulanan', 'bulanan', [m('rawat_jalan', 'Pasien rawat jalan', 'kunjungan', 4000, 12000), m('rawat_inap', 'Pasien rawat inap', 'pasien', 600, 2000), m('bor', 'Bed occupancy rate', 'persen', 40, 95, 'bilangan')], ['rsud', 'pasien'])],
  pendidikan: [
    t('sekolah-dasar-per-kecamatan', 'Jumlah Sekolah Dasar, Guru dan Murid per Kecamatan', 'pendidikan', 'tahunan', 'kecamatan', [m('sekolah', 'Sekolah', 'unit', 20, 70), m('guru', 'Guru', 'orang', 200, 900), m('murid', 'Murid', 'anak', 3000, 14000)], ['sekolah dasar', 'guru']),
    t('daftar-paud', 'Daftar Satuan PAUD', 'pendidikan', 'tahunan', 'daftar', [m('peserta_didik', 'Peserta didik', 'anak', 10, 120)], ['paud', 'tk'], { prefix: 'TK Pertiwi', flag: 'terakreditasi', flagJudul: 'Terakreditasi' }),
  ],
  perpustakaan: [t('kunjungan-perpustakaan', 'Kunjungan Perpustakaan Daerah', 'pendidikan', 'bulanan', 'bulanan', [m('pengunjung', 'Pengunjung', 'orang', 800, 6000), m('peminjaman', 'Peminjaman buku', 'eksemplar', 300, 3000)], ['perpustakaan', 'literasi'])],
  kependudukan: [
    t('jumlah-penduduk-per-desa', 'Jumlah Penduduk per Desa menurut Jenis Kelamin', 'kependudukan', 'semesteran', 'desa', [m('laki_laki', 'Laki-laki', 'jiwa', 1200, 9000), m('perempuan', 'Perempuan', 'jiwa', 1200, 9000)], ['penduduk', 'jenis kelamin']),
    t('penduduk-per-desa-dua-tahun', 'Penduduk per Desa Dua Tahun Terakhir', 'kependudukan', 'tahunan', 'desa-2-tahun', [m('penduduk', 'Penduduk', 'jiwa', 2500, 18000), m('kk', 'Kartu keluarga', 'KK', 800, 5500)], ['penduduk', 'kk']),
  ],
  sosial: [t('penerima-bantuan-sosial', 'Keluarga Penerima Bantuan Sosial per Kecamatan', 'sosial', 'triwulanan', 'kecamatan', [m('pkh', 'Penerima PKH', 'keluarga', 800, 6000), m('sembako', 'Penerima bantuan sembako', 'keluarga', 1500, 9000)], ['bansos', 'pkh'])],
  desa: [t('dana-desa-per-desa', 'Penyaluran Dana Desa', 'keuangan', 'tahunan', 'desa', [m('pagu_juta', 'Pagu dana desa', 'juta rupiah', 700, 1900), m('realisasi_persen', 'Realisasi', 'persen', 50, 100, 'bilangan')], ['dana desa', 'apbdes'])],
  tenagakerja: [t('pencari-kerja-bulanan', 'Pencari Kerja Terdaftar dan Penempatan', 'ekonomi', 'bulanan', 'bulanan', [m('pencari_kerja', 'Pencari kerja terdaftar', 'orang', 150, 1500), m('penempatan', 'Penempatan', 'orang', 20, 600)], ['tenaga kerja', 'lowongan'])],
  ekonomi: [
    t('harga-bahan-pokok-harian', 'Harga Bahan Pokok Harian di Pasar Bintoro', 'ekonomi', 'harian', 'harian', [m('harga_beras', 'Harga beras medium', 'rupiah per kg', 10500, 14500), m('harga_cabai', 'Harga cabai merah', 'rupiah per kg', 18000, 90000)], ['harga', 'pasar']),
    t('umkm-per-kecamatan', 'Jumlah UMKM per Kecamatan', 'ekonomi', 'tahunan', 'kecamatan', [m('mikro', 'Usaha mikro', 'unit', 900, 6000), m('kecil', 'Usaha kecil', 'unit', 50, 600)], ['umkm', 'koperasi']),
  ],
  pertanian: [
    t('produksi-padi-per-kecamatan', 'Luas Panen dan Produksi Padi per Kecamatan', 'pertanian', 'tahunan', 'kecamatan', [m('luas_panen_ha', 'Luas panen', 'hektare', 1500, 9000), m('produktivitas', 'Produktivitas', 'kuintal per hektare', 50, 70, 'bilangan')], ['padi', 'panen']),
    t('produksi-perikanan-bulanan', 'Produksi Perikanan Tangkap dan Budidaya', 'pertanian', 'bulanan', 'bulanan', [m('tangkap_ton', 'Perikanan tangkap', 'ton', 200, 1400), m('budidaya_ton', 'Perikanan budidaya', 'ton', 300, 1900)], ['perikanan', 'nelayan']),
  ],
  pariwisata: [t('kunjungan-wisata-bulanan', 'Kunjungan Wisatawan ke Objek Wisata', 'pariwisata', 'bulanan', 'bulanan', [m('nusantara', 'Wisatawan nusantara', 'orang', 20000, 250000), m('mancanegara', 'Wisatawan mancanegara', 'orang', 0, 300)], ['wisata', 'kunjungan'])],
  infrastruktur: [
    t('kondisi-jalan-per-kecamatan', 'Kondisi Jalan Kabupaten per Kecamatan', 'infrastruktur', 'tahunan', 'kecamatan', [m('baik_km', 'Kondisi baik', 'km', 5, 60, 'bilangan'), m('rusak_km', 'Kondisi rusak', 'km', 0, 20, 'bilangan')], ['jalan', 'infrastruktur']),
    t('rumah-tidak-layak-huni-per-desa', 'Rumah Tidak Layak Huni per Desa', 'infrastruktur', 'tahunan', 'desa', [m('rtlh', 'Rumah tidak layak huni', 'unit', 0, 150), m('ditangani', 'Ditangani', 'unit', 0, 40)], ['rtlh', 'perumahan']),
  ],
  perhubungan: [t('uji-kendaraan-bulanan', 'Pengujian Kendaraan Bermotor', 'infrastruktur', 'bulanan', 'bulanan', [m('lulus', 'Lulus uji', 'kendaraan', 300, 1500), m('tidak_lulus', 'Tidak lulus uji', 'kendaraan', 5, 120)], ['kir', 'angkutan'])],
  lingkungan: [
    t('timbulan-sampah-harian', 'Sampah Masuk TPA Kalikondang Harian', 'lingkungan', 'harian', 'harian', [m('sampah_ton', 'Sampah masuk', 'ton', 80, 190, 'bilangan')], ['sampah', 'tpa']),
    t('bank-sampah', 'Daftar Bank Sampah', 'lingkungan', 'tahunan', 'daftar', [m('nasabah', 'Nasabah', 'orang', 15, 400)], ['bank sampah'], { prefix: 'Bank Sampah', flag: 'aktif', flagJudul: 'Aktif' }),
  ],
  bencana: [
    t('curah-hujan-harian', 'Curah Hujan Harian Pos Hujan Demak', 'iklim', 'harian', 'harian', [m('curah_hujan_mm', 'Curah hujan', 'mm', 0, 120, 'bilangan')], ['curah hujan', 'iklim']),
    t('kejadian-bencana-per-kecamatan', 'Kejadian Bencana per Kecamatan', 'lingkungan', 'bulanan', 'kecamatan', [m('banjir', 'Banjir', 'kejadian', 0, 12), m('rob', 'Rob', 'kejadian', 0, 20), m('puting_beliung', 'Puting beliung', 'kejadian', 0, 5)], ['bencana', 'banjir']),
  ],
  ketertiban: [t('penegakan-perda-bulanan', 'Penegakan Peraturan Daerah', 'pemerintahan', 'bulanan', 'bulanan', [m('penertiban', 'Kegiatan penertiban', 'kegiatan', 4, 40), m('pelanggaran', 'Pelanggaran ditindak', 'kasus', 0, 90)], ['perda', 'ketertiban'])],
  kominfo: [t('permohonan-informasi-bulanan', 'Permohonan Informasi Publik', 'pemerintahan', 'bulanan', 'bulanan', [m('permohonan', 'Permohonan', 'permohonan', 3, 60), m('dikabulkan', 'Dikabulkan', 'permohonan', 2, 55)], ['ppid', 'informasi publik'])],
  perencanaan: [t('indikator-makro-per-kecamatan', 'Indikator Pembangunan per Kecamatan', 'pemerintahan', 'tahunan', 'kecamatan', [m('penduduk_miskin_persen', 'Penduduk miskin', 'persen', 6, 18, 'bilangan'), m('ipm', 'Indeks pembangunan manusia', 'indeks', 65, 78, 'bilangan')], ['kemiskinan', 'ipm'])],
  keuangan: [t('realisasi-pad-bulanan', 'Realisasi Pendapatan Asli Daerah', 'keuangan', 'bulanan', 'bulanan', [m('target_juta', 'Target', 'juta rupiah', 20000, 40000), m('realisasi_juta', 'Realisasi', 'juta rupiah', 10000, 42000)], ['pad', 'pajak'])],
  pemerintahan: [t('pegawai-per-golongan', 'Jumlah Pegawai menurut Golongan', 'pemerintahan', 'semesteran', 'bulanan', [m('golongan_iii', 'Golongan III', 'orang', 2000, 5000), m('golongan_iv', 'Golongan IV', 'orang', 500, 2500)], ['asn', 'pegawai'])],
  kecamatan: [t('data-desa-kecamatan', 'Data Pokok Desa', 'pemerintahan', 'tahunan', 'desa', [m('rt', 'Jumlah RT', 'RT', 10, 60), m('rw', 'Jumlah RW', 'RW', 2, 14), m('posyandu', 'Posyandu', 'unit', 2, 12)], ['desa', 'kecamatan'])],
};
