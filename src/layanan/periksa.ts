/**
 * Whether one register entry holds together (pure; the validator rule src/validate/rules/permohonan.ts reports what
 * this finds at the key it names): the number follows `layanan.format_nomor` and names the file, the dates follow one
 * another, the status agrees with the answer, a refusal states its basis (UU 14/2008 Pasal 17, or the information is
 * not held), an extension is recorded (Pasal 22 ayat (8)), an objection's answer and outcome go together (Pasal 36).
 */
import type { Permohonan } from '../schemas/permohonan.ts';
import { tanggalWib, type KalenderKerja } from './hari-kerja.ts';
import { buatNomor, contohNomor, slugNomor, uraiNomor, BULAN_ROMAWI } from './nomor.ts';
import { HARI_JAWAB } from './tenggat.ts';

export type PemeriksaanPermohonan =
  | 'permohonan/nomor-format' | 'permohonan/nama-berkas' | 'permohonan/tanggal' | 'permohonan/status-jawaban'
  | 'permohonan/dasar-penolakan' | 'permohonan/perpanjangan' | 'permohonan/keberatan';

export interface Temuan {
  check: PemeriksaanPermohonan;
  /** The key the problem is reported at. */
  path: (string | number)[];
  message: string;
  hint: string;
}

const ANSWERED = new Set(['dikabulkan', 'dikabulkan-sebagian', 'ditolak', 'dialihkan']);

function periksaNomor(p: Permohonan, opd: string, slug: string, format: string): Temuan[] {
  const out: Temuan[] = [];
  const diterima = tanggalWib(p.diterima);
  const contoh = buatNomor(format, opd, 1, diterima);
  const parts = uraiNomor(p.nomor, format, opd);
  if (!parts) {
    out.push({ check: 'permohonan/nomor-format', path: ['nomor'], message: `Nomor register (\`nomor\`) "${p.nomor}" tidak mengikuti format nomor ${opd} (${contohNomor(format, opd)})`, hint: `Tulis nomor sesuai \`layanan.format_nomor\` di pemda.yaml, misalnya ${contoh}.` });
  } else if (parts.tahun !== Number(diterima.slice(0, 4)) || (parts.bulan !== undefined && parts.bulan !== Number(diterima.slice(5, 7)))) {
    out.push({ check: 'permohonan/nomor-format', path: ['nomor'], message: `Nomor register "${p.nomor}" menyebut bulan/tahun yang berbeda dengan tanggal diterima (${diterima})`, hint: `Bulan (Romawi) dan tahun pada nomor adalah saat permohonan diterima: ${BULAN_ROMAWI[Number(diterima.slice(5, 7)) - 1]}/${diterima.slice(0, 4)}.` });
  }
  const expected = slugNomor(p.nomor);
  if (slug !== expected) {
    out.push({ check: 'permohonan/nama-berkas', path: ['nomor'], message: `Nama berkas "${slug}" tidak sesuai nomor register "${p.nomor}"`, hint: `Ganti nama berkas menjadi \`${expected}.yaml\` (nomor dengan huruf kecil dan tanda hubung), agar satu nomor tercatat dalam satu berkas.` });
  }
  return out;
}

function periksaTanggal(p: Permohonan, kalender: KalenderKerja): Temuan[] {
  const out: Temuan[] = [];
  const diterima = tanggalWib(p.diterima);
  const before = (path: (string | number)[], what: string, date: Date | undefined, than: string, label: string) => {
    if (date && tanggalWib(date) < than) out.push({ check: 'permohonan/tanggal', path, message: `${what} (${tanggalWib(date)}) lebih awal dari ${label} (${than})`, hint: 'Periksa kembali tanggalnya: urutannya diterima, (perpanjangan), dijawab; keberatan diajukan lalu ditanggapi.' });
  };
  before(['dijawab'], 'Tanggal jawaban', p.dijawab, diterima, 'tanggal diterima');
  before(['perpanjangan', 'tanggal'], 'Tanggal pemberitahuan perpanjangan', p.perpanjangan?.tanggal, diterima, 'tanggal diterima');
  if (p.perpanjangan && tanggalWib(p.perpanjangan.tanggal) > kalender.tambahHariKerja(diterima, HARI_JAWAB)) {
    out.push({ check: 'permohonan/tanggal', path: ['perpanjangan', 'tanggal'], message: `Perpanjangan diberitahukan ${tanggalWib(p.perpanjangan.tanggal)}, setelah batas 10 hari kerja (${kalender.tambahHariKerja(diterima, HARI_JAWAB)})`, hint: 'Perpanjangan 7 hari kerja harus diberitahukan secara tertulis sebelum batas 10 hari kerja berakhir (UU 14/2008 Pasal 22 ayat (7) dan (8)).' });
  }
  if (p.keberatan) {
    before(['keberatan', 'diajukan'], 'Tanggal keberatan diajukan', p.keberatan.diajukan, diterima, 'tanggal permohonan diterima');
    before(['keberatan', 'ditanggapi'], 'Tanggal tanggapan keberatan', p.keberatan.ditanggapi, tanggalWib(p.keberatan.diajukan), 'tanggal keberatan diajukan');
  }
  return out;
}

function periksaStatus(p: Permohonan): Temuan[] {
  const out: Temuan[] = [];
  const add = (check: PemeriksaanPermohonan, path: string[], message: string, hint: string) => out.push({ check, path, message, hint });
  const answered = ANSWERED.has(p.status);
  if (answered && !p.dijawab) add('permohonan/status-jawaban', ['status'], `Status \`${p.status}\` tetapi tanggal jawaban (\`dijawab\`) kosong`, 'Isi `dijawab` dengan tanggal pemberitahuan tertulis, atau kembalikan status ke `diproses`.');
  if (answered && !p.bentuk_jawaban) add('permohonan/status-jawaban', ['status'], `Status \`${p.status}\` tetapi bentuk jawaban (\`bentuk_jawaban\`) kosong`, 'Pilih bentuk jawaban: softcopy, hardcopy, softcopy-hardcopy, melihat-langsung atau pemberitahuan-tertulis.');
  if (!answered && p.dijawab) add('permohonan/status-jawaban', ['dijawab'], `Tanggal jawaban terisi tetapi status masih \`${p.status}\``, 'Ubah status menjadi dikabulkan, dikabulkan-sebagian, ditolak atau dialihkan, atau kosongkan `dijawab`.');
  if (p.status === 'dialihkan' && !p.dialihkan_ke) add('permohonan/status-jawaban', ['status'], 'Permohonan `dialihkan` tanpa badan publik tujuan (`dialihkan_ke`)', 'Tulis badan publik yang menguasai informasi itu, misalnya Dinas Kesehatan Provinsi Jawa Tengah.');
  if (p.status !== 'dialihkan' && p.dialihkan_ke) add('permohonan/status-jawaban', ['dialihkan_ke'], `\`dialihkan_ke\` terisi tetapi status \`${p.status}\``, 'Kosongkan `dialihkan_ke`, atau ubah status menjadi `dialihkan`.');
  if (p.status === 'ditolak' && !p.dasar_penolakan) add('permohonan/dasar-penolakan', ['status'], 'Permohonan ditolak tanpa dasar penolakan (`dasar_penolakan`)', 'Penolakan wajib beralasan: pilih huruf UU 14/2008 Pasal 17 (pasal-17-a sampai pasal-17-j) atau tidak-dikuasai.');
  if (p.dasar_penolakan && p.status !== 'ditolak' && p.status !== 'dikabulkan-sebagian') add('permohonan/dasar-penolakan', ['dasar_penolakan'], `Dasar penolakan terisi tetapi status \`${p.status}\``, 'Dasar penolakan hanya untuk permohonan ditolak atau dikabulkan sebagian; kosongkan bila informasi diberikan seluruhnya.');
  if (p.status === 'diperpanjang' && !p.perpanjangan) add('permohonan/perpanjangan', ['status'], 'Status `diperpanjang` tanpa catatan perpanjangan (`perpanjangan`: tanggal dan alasan)', 'Isi tanggal pemberitahuan perpanjangan dan alasan tertulisnya (UU 14/2008 Pasal 22 ayat (8)).');
  const k = p.keberatan;
  if (k?.ditanggapi && !k.hasil) add('permohonan/keberatan', ['keberatan', 'hasil'], 'Keberatan sudah ditanggapi tetapi hasilnya (`hasil`) kosong', 'Pilih hasil keberatan: diterima, diterima-sebagian atau ditolak.');
  if (k?.hasil && !k.ditanggapi) add('permohonan/keberatan', ['keberatan', 'ditanggapi'], 'Hasil keberatan terisi tetapi tanggal tanggapan (`ditanggapi`) kosong', 'Isi tanggal tanggapan tertulis atasan PPID (UU 14/2008 Pasal 36 ayat (2)).');
  return out;
}

/** Every inconsistency of one entry of `opd`, stored as `<slug>.yaml`. */
export function periksaPermohonan(p: Permohonan, opd: string, slug: string, format: string, kalender: KalenderKerja): Temuan[] {
  return [...periksaNomor(p, opd, slug, format), ...periksaTanggal(p, kalender), ...periksaStatus(p)];
}
