/** One dataset (`data/<slug>.yaml` + `data/<slug>.csv`) with a column dictionary matching its CSV, and its refreshes. */
import { wibDateString, wibParts } from '../lib/wib.ts';
import { suggestSlug } from '../validate/rules/filename.ts';
import { DATASETS, type DatasetTemplate, type Measure } from './dataset-templates.ts';
import type { OpdInfo, Place, Wilayah } from './opds.ts';
import { Rng } from './random.ts';
import { BULAN } from './wordbank.ts';
import { scalar } from './yaml-text.ts';

export interface Dataset {
  opd: OpdInfo;
  slug: string;
  template: DatasetTemplate;
  year: number;
  /** Sub-period label (`Semester II`) when the OPD already has this kind of dataset for the year. */
  varian: string;
  /** Length of a daily series (days) or a monthly one (months); the series ends at `diperbarui`. */
  days: number;
  months: number;
  semicolon: boolean;
  keterangan: boolean;
  diperbarui: number;
  seed: number;
}

interface Column { nama: string; judul: string; tipe: string; satuan?: string; wajib: boolean }

const DAY = 86_400_000;
const VARIAN = ['Semester I', 'Semester II', 'Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV', 'Perubahan'];

export function makeDataset(rng: Rng, opd: OpdInfo, time: number, taken: Set<string>): Dataset {
  const template = rng.pick(DATASETS[opd.domainKey] ?? DATASETS.pemerintahan);
  const year = wibParts(new Date(time)).year;
  // A second dataset of the same kind in one year is a sub-period edition (how OPDs actually name them).
  let varian = '';
  let slug = `${template.slug}-${year}`;
  for (let i = 0; taken.has(slug); i++) {
    varian = i < VARIAN.length ? VARIAN[i] : `Edisi ${i - VARIAN.length + 2}`;
    slug = `${template.slug}-${suggestSlug(varian)}-${year}`;
  }
  taken.add(slug);
  const hasDecimal = template.shape === 'harian' || template.measures.some((x) => x.tipe === 'bilangan');
  return { opd, slug, template, year, varian, days: rng.int(60, 365), months: 12 * rng.int(1, 5), semicolon: hasDecimal && rng.chance(0.5), keterangan: rng.chance(0.3), diperbarui: time, seed: rng.int(1, 1e9) };
}

function placeColumns(d: Dataset): Column[] {
  const s = d.template.shape;
  if (s === 'bulanan' || s === 'harian') return [{ nama: 'tanggal', judul: s === 'harian' ? 'Tanggal' : 'Bulan (tanggal awal)', tipe: 'tanggal', wajib: true }];
  const cols: Column[] = [{ nama: 'kode_wilayah', judul: 'Kode wilayah', tipe: 'kode-wilayah', wajib: true }, { nama: 'kecamatan', judul: 'Kecamatan', tipe: 'teks', wajib: true }];
  if (s === 'desa' || s === 'desa-2-tahun') cols.push({ nama: 'desa', judul: 'Desa/kelurahan', tipe: 'teks', wajib: true });
  if (s === 'desa-2-tahun') cols.unshift({ nama: 'tahun', judul: 'Tahun', tipe: 'bilangan-bulat', wajib: true });
  if (s === 'daftar') cols.unshift({ nama: 'nama', judul: 'Nama', tipe: 'teks', wajib: true });
  return cols;
}

export function columnsOf(d: Dataset): Column[] {
  const cols = [...placeColumns(d), ...d.template.measures.map((x) => ({ nama: x.nama, judul: x.judul, tipe: x.tipe, satuan: x.satuan, wajib: true }))];
  if (d.template.daftar) cols.push({ nama: d.template.daftar.flag, judul: d.template.daftar.flagJudul, tipe: 'ya-tidak', wajib: true });
  if (d.keterangan) cols.push({ nama: 'keterangan', judul: 'Keterangan', tipe: 'teks', wajib: false });
  return cols;
}

/** Row keys (place or date cells) of the dataset, 5–500 rows. */
function rowKeys(rng: Rng, d: Dataset, w: Wilayah): string[][] {
  const withKec = (kec: Place, desa: Place) => [desa.kode, kec.nama, desa.nama];
  const kecamatan = d.opd.kecamatan ? [d.opd.kecamatan] : w.kecamatan;
  const desa = kecamatan.flatMap((k) => (w.desa.get(k.kode) ?? []).map((x) => withKec(k, x)));
  switch (d.template.shape) {
    case 'kecamatan': return w.kecamatan.map((k) => [k.kode, k.nama]);
    case 'desa': return desa;
    case 'desa-2-tahun': return [d.year - 1, d.year].flatMap((y) => desa.map((r) => [String(y), ...r]));
    case 'bulanan': {
      // The series ends at the month of the last refresh, so a refresh adds the new month (as real uploads do).
      const end = wibParts(new Date(d.diperbarui));
      return Array.from({ length: d.months }, (_, i) => {
        const k = end.year * 12 + end.month - 1 - i;
        return [`${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-01`];
      }).reverse();
    }
    case 'harian': return Array.from({ length: d.days }, (_, i) => [wibDateString(new Date(d.diperbarui - (d.days - 1 - i) * DAY))]);
    case 'daftar': return rng.sample(desa, rng.int(5, 200)).map(([kode, kec, nama]) => [`${d.template.daftar!.prefix} ${nama}`, kode, kec]);
  }
}

function value(rng: Rng, x: Measure, comma: boolean): string {
  const n = x.min + rng.next() * (x.max - x.min);
  if (x.tipe === 'bilangan-bulat') return String(Math.round(n));
  const text = n.toFixed(rng.int(1, 2));
  return comma ? text.replace('.', ',') : text;
}

/** The CSV: rows (places, facility list) stable per dataset; values redrawn on every refresh. */
export function renderCsv(d: Dataset, w: Wilayah, rng: Rng): string {
  const sep = d.semicolon ? ';' : ',';
  const lines = [columnsOf(d).map((c) => c.nama).join(sep)];
  for (const key of rowKeys(new Rng(d.seed), d, w)) {
    const cells = [...key, ...d.template.measures.map((x) => value(rng, x, d.semicolon))];
    if (d.template.daftar) cells.push(rng.chance(0.6) ? 'ya' : 'tidak');
    if (d.keterangan) cells.push(rng.chance(0.15) ? rng.pick(['data sementara', 'angka perbaikan', 'belum lapor']) : '');
    lines.push(cells.join(sep));
  }
  return `${lines.join('\n')}\n`;
}

export function renderYaml(d: Dataset): string {
  const t = d.template;
  const tingkat = t.shape === 'kecamatan' ? 'kecamatan' : t.shape.startsWith('desa') || t.shape === 'daftar' ? 'desa' : 'kabupaten';
  const end = wibParts(new Date(d.diperbarui));
  const periode = t.shape === 'harian' ? `${d.days} hari sampai ${end.day} ${BULAN[end.month - 1]} ${end.year}` : t.shape === 'bulanan' ? `${d.months} bulan sampai ${BULAN[end.month - 1]} ${end.year}` : String(d.year);
  const judul = `${t.judul}${d.opd.kecamatan ? ` Kecamatan ${d.opd.kecamatan.nama}` : ''}${d.varian ? ` ${d.varian}` : ''} Tahun ${d.year}`;
  const lines = [
    `judul: ${scalar(judul)}`,
    `deskripsi: ${scalar(`${judul} yang dihimpun ${d.opd.nama}. Angka dalam set data ini adalah data sintetis untuk uji beban portal, bukan angka resmi.`)}`,
    `topik: ${t.topik}`, `periode: ${scalar(periode)}`, `frekuensi: ${t.frekuensi}`, `tingkat_penyajian: ${tingkat}`,
    'walidata: dinkominfo', 'lisensi: CC-BY-4.0', 'kata_kunci:', ...t.kata.map((k) => `  - ${scalar(k)}`),
    `keterangan_sumber: ${scalar(`${d.opd.nama} (data sintetis)`)}`,
    ...(d.semicolon ? ['pemisah: ";"', 'desimal: ","'] : []),
    `diperbarui: ${wibDateString(new Date(d.diperbarui))}`, 'kolom:',
  ];
  for (const c of columnsOf(d)) {
    lines.push(`  - nama: ${c.nama}`, `    judul: ${scalar(c.judul)}`, `    tipe: ${c.tipe}`);
    if (c.satuan) lines.push(`    satuan: ${scalar(c.satuan)}`);
    lines.push(`    wajib: ${c.wajib}`);
  }
  return `${lines.join('\n')}\n`;
}

export function datasetPaths(d: Dataset): { yaml: string; csv: string } {
  const base = `content/opd/${d.opd.slug}/data/${d.slug}`;
  return { yaml: `${base}.yaml`, csv: `${base}.csv` };
}
