/**
 * Why an entry of the DIK is exempt: the consequence test that UU 14/2008 asks before information is closed.
 * - Pasal 2 ayat (2): exempt information is "ketat dan terbatas"; ayat (4): it is closed only on a test of the
 *   consequence of opening it, after weighing that closing protects a greater interest than opening (or the reverse).
 * - Pasal 17 huruf a–j: the only grounds (with the angka of huruf a, c, e, f and h); Pasal 19: the PPID tests the
 *   consequence before declaring information exempt.
 * - Perki 1/2017 Pasal 4 ayat (3)–(4): the test is done by the PPID with the head of the public body's approval and
 *   is laid down in a written decision ("Surat Penetapan Klasifikasi") stating the exempt class, the deciding PPID
 *   official, the public body, the period, the reason, and the place and date of the decision.
 * The decision is public (it is the DIK's justification); the exempt content itself never is.
 */
import { z } from 'zod';
import { wibDateString } from '../lib/wib.ts';
import { AttachmentRefSchema, field, WibDateSchema } from './common.ts';

/** The grounds of UU 14/2008 Pasal 17, by huruf and (where the article enumerates them) angka. */
export const PASAL_17 = [
  { code: 'a-1', label: 'menghambat proses penyelidikan dan penyidikan suatu tindak pidana' },
  { code: 'a-2', label: 'mengungkapkan identitas informan, pelapor, saksi, dan/atau korban yang mengetahui adanya tindak pidana' },
  { code: 'a-3', label: 'mengungkapkan data intelijen kriminal dan rencana pencegahan dan penanganan kejahatan transnasional' },
  { code: 'a-4', label: 'membahayakan keselamatan dan kehidupan penegak hukum dan/atau keluarganya' },
  { code: 'a-5', label: 'membahayakan keamanan peralatan, sarana, dan/atau prasarana penegak hukum' },
  { code: 'b', label: 'mengganggu perlindungan hak atas kekayaan intelektual dan perlindungan dari persaingan usaha tidak sehat' },
  { code: 'c-1', label: 'strategi, intelijen, operasi, taktik dan teknik penyelenggaraan sistem pertahanan dan keamanan negara' },
  { code: 'c-2', label: 'dokumen strategi, intelijen, operasi, teknik dan taktik pertahanan dan keamanan negara' },
  { code: 'c-3', label: 'jumlah, komposisi, disposisi, atau dislokasi kekuatan dan kemampuan pertahanan dan keamanan negara' },
  { code: 'c-4', label: 'gambar dan data tentang situasi dan keadaan pangkalan dan/atau instalasi militer' },
  { code: 'c-5', label: 'data perkiraan kemampuan militer dan pertahanan negara lain' },
  { code: 'c-6', label: 'sistem persandian negara' },
  { code: 'c-7', label: 'sistem intelijen negara' },
  { code: 'd', label: 'mengungkapkan kekayaan alam Indonesia' },
  { code: 'e-1', label: 'rencana awal pembelian dan penjualan mata uang nasional atau asing, saham dan aset vital milik negara' },
  { code: 'e-2', label: 'rencana awal perubahan nilai tukar, suku bunga, dan model operasi institusi keuangan' },
  { code: 'e-3', label: 'rencana awal perubahan suku bunga bank, pinjaman pemerintah, perubahan pajak, tarif, atau pendapatan negara/daerah' },
  { code: 'e-4', label: 'rencana awal penjualan atau pembelian tanah atau properti' },
  { code: 'e-5', label: 'rencana awal investasi asing' },
  { code: 'e-6', label: 'proses dan hasil pengawasan perbankan, asuransi, atau lembaga keuangan lainnya' },
  { code: 'e-7', label: 'hal-hal yang berkaitan dengan proses pencetakan uang' },
  { code: 'f-1', label: 'posisi, daya tawar dan strategi negara dalam negosiasi internasional' },
  { code: 'f-2', label: 'korespondensi diplomatik antarnegara' },
  { code: 'f-3', label: 'sistem komunikasi dan persandian dalam hubungan internasional' },
  { code: 'f-4', label: 'perlindungan dan pengamanan infrastruktur strategis Indonesia di luar negeri' },
  { code: 'g', label: 'mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang' },
  { code: 'h-1', label: 'rahasia pribadi: riwayat dan kondisi anggota keluarga' },
  { code: 'h-2', label: 'rahasia pribadi: riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang' },
  { code: 'h-3', label: 'rahasia pribadi: kondisi keuangan, aset, pendapatan, dan rekening bank seseorang' },
  { code: 'h-4', label: 'rahasia pribadi: hasil evaluasi kapabilitas, intelektualitas, dan rekomendasi kemampuan seseorang' },
  { code: 'h-5', label: 'rahasia pribadi: catatan pribadi seseorang yang berkaitan dengan kegiatan satuan pendidikan' },
  { code: 'i', label: 'memorandum atau surat antar atau intra Badan Publik yang menurut sifatnya dirahasiakan' },
  { code: 'j', label: 'informasi yang tidak boleh diungkapkan berdasarkan undang-undang' },
] as const;

export type Pasal17Code = (typeof PASAL_17)[number]['code'];
export const Pasal17Schema = z.enum(PASAL_17.map((p) => p.code) as [Pasal17Code, ...Pasal17Code[]]);

/** `h-2` → `Pasal 17 huruf h angka 2` (how the article is cited). */
export function pasal17Citation(code: Pasal17Code): string {
  const [huruf, angka] = code.split('-');
  return `Pasal 17 huruf ${huruf}${angka ? ` angka ${angka}` : ''}`;
}

/** The plain-language ground of a code, e.g. for the DIK page and the CMS options. */
export function pasal17Label(code: Pasal17Code): string {
  return PASAL_17.find((p) => p.code === code)!.label;
}

/** The written decision of the consequence test (Perki 1/2017 Pasal 4 ayat (4)): public, unlike the exempt content. */
export const PenetapanSchema = z.strictObject({
  nomor: field(z.string().min(3).max(120), 'Nomor penetapan', 'Nomor surat penetapan klasifikasi informasi yang dikecualikan, misalnya 480/012/2026.'),
  tanggal: field(WibDateSchema, 'Tanggal penetapan', 'Tanggal surat penetapan ditandatangani, misalnya 2026-01-12.'),
  pejabat: field(
    z.string().min(5).max(200),
    'Pejabat yang menetapkan',
    'Jabatan, bukan nama orang: misalnya PPID Kabupaten Demak dengan persetujuan Sekretaris Daerah selaku Atasan PPID.',
  ),
  berkas: field(
    AttachmentRefSchema.optional(),
    'Berkas penetapan (terbuka untuk publik)',
    'Surat penetapan atau lembar uji konsekuensi yang ditandatangani, misalnya dokumen/penetapan-dik-2026.pdf; diterbitkan di situs. Jangan unggah isi informasi yang dikecualikan.',
  ),
});

/** The consequence test of one exempt entry: the grounds, the harm, the public-interest balance and the decision. */
export const PengecualianSchema = z.strictObject({
  pasal: field(
    z.array(Pasal17Schema).min(1),
    'Dasar pengecualian (UU 14/2008 Pasal 17)',
    'Satu atau lebih huruf (dan angka) Pasal 17 yang menjadi dasar, misalnya h-2 untuk huruf h angka 2.',
  ),
  undang_undang: field(
    z.string().min(5).max(300).optional(),
    'Undang-undang sektoral',
    'Pasal undang-undang lain yang melarang informasi dibuka, misalnya UU 24/2013 Pasal 79 ayat (1); wajib untuk Pasal 17 huruf j.',
  ),
  alasan: field(z.string().min(20).max(1000), 'Alasan pengecualian', 'Informasi mana yang ditutup dan mengapa termasuk dasar pengecualian di atas.'),
  konsekuensi: field(
    z.string().min(20).max(1000),
    'Konsekuensi bila dibuka',
    'Kerugian nyata yang timbul bila informasi diberikan kepada publik (uji konsekuensi, UU 14/2008 Pasal 19).',
  ),
  kepentingan_publik: field(
    z.string().min(20).max(1000),
    'Pertimbangan kepentingan publik',
    'Mengapa menutup informasi melindungi kepentingan yang lebih besar daripada membukanya (UU 14/2008 Pasal 2 ayat (4)).',
  ),
  penetapan: field(PenetapanSchema, 'Penetapan', 'Surat penetapan klasifikasi hasil uji konsekuensi: nomor, tanggal, pejabat dan berkasnya.'),
});

export type PengecualianInput = z.input<typeof PengecualianSchema>;
export type Pengecualian = z.output<typeof PengecualianSchema>;

/**
 * True once the exemption period has ended: `berlaku_hingga` is the last day (WIB) the information stays exempt, so
 * on the day after it must be reviewed and, unless the exemption is extended by a new test, published (UU 14/2008
 * Pasal 2 ayat (1)–(2): information is open unless an exemption holds). `hariIni` is `YYYY-MM-DD` in WIB.
 */
export function pengecualianBerakhir(berlakuHingga: Date, hariIni: string): boolean {
  return wibDateString(berlakuHingga) < hariIni;
}
