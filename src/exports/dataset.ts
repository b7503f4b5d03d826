/**
 * The generated JSON download of a dataset: its metadata (SDI / BPS MS-Ind fields), the column dictionary and
 * the typed records. Keys are the content contract's Indonesian field names, so the JSON reads like the YAML.
 */
import type { Entry, OpdEntry } from '../content/model.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { wibDateString } from '../lib/wib.ts';
import type { Dataset, Pemda } from '../schemas/index.ts';
import { licenceCode } from './catalog.ts';

export function datasetJson(
  entry: Entry<Dataset>,
  opd: OpdEntry,
  records: Record<string, string | number | boolean | null>[],
  pemda: Pick<Pemda, 'situs' | 'lisensi_data'>,
) {
  const site = pemda.situs;
  const d = entry.data;
  return {
    judul: d.judul,
    deskripsi: d.deskripsi,
    produsen_data: { kode: opd.opd, nama: opd.data.nama },
    walidata: d.walidata,
    topik: d.topik,
    satuan: d.satuan ?? null,
    periode: d.periode,
    frekuensi: d.frekuensi,
    tingkat_penyajian: d.tingkat_penyajian,
    lisensi: licenceCode({ pemda }, d),
    kata_kunci: d.kata_kunci,
    keterangan_sumber: d.keterangan_sumber ?? null,
    diperbarui: wibDateString(d.diperbarui),
    halaman: absoluteUrl(urls.dataset(entry.opd, entry.slug), site),
    csv: absoluteUrl(urls.datasetCsv(entry.opd, entry.slug), site),
    kolom: d.kolom.map((k) => ({ nama: k.nama, judul: k.judul, tipe: k.tipe, satuan: k.satuan ?? null, wajib: k.wajib, deskripsi: k.deskripsi ?? null })),
    jumlah_baris: records.length,
    data: records,
  };
}
