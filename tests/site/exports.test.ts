/** The DIP column map and its CSV/JSON downloads, the dataset summary and JSON, and the RSS items. */
import { describe, expect, it } from 'vitest';
import type { ContentModel, Entry, OpdEntry } from '../../src/content/model.ts';
import { csvCell, toCsv } from '../../src/exports/csv.ts';
import { datasetJson } from '../../src/exports/dataset.ts';
import { DIP_COLUMNS, dipCsvHeader, dipJson, dipRows, groupRows } from '../../src/exports/dip.ts';
import { fitShortName, openSearchXml, placeName, truncateWords } from '../../src/exports/opensearch.ts';
import { feedItem, feedOptions } from '../../src/exports/rss.ts';
import { parseCsvRows } from '../../src/lib/csv.ts';
import { BeritaSchema, DatasetSchema, InformasiSchema, OpdSchema, PemdaSchema, type Informasi } from '../../src/schemas/index.ts';
import { displayCell, formatColumnNumber, summarizeColumns } from '../../src/site/dataset-view.ts';
import { siteModelOf } from '../../src/site/model.ts';
import { HOME_LATEST, lastUploadByOpd, latestMixed, rankTime, recentSertaMerta, updatesOf, type Update, type UpdateKind } from '../../src/site/updates.ts';
import { PENGECUALIAN } from '../fixtures/pengecualian.ts';

const pemda = PemdaSchema.parse({
  nama: 'Pemerintah Kabupaten Demak', singkatan: 'Pemkab Demak', kode_wilayah: '33.21', situs: 'https://ppid.demakkab.go.id',
  alamat: 'Jl. Kyai Singkil No. 7', kode_pos: '59511', telepon: ['(0291) 685877'], email: 'ppid@demakkab.go.id', ppid_utama: 'dinkominfo',
});

function opd(slug: string, nama: string): OpdEntry {
  const data = OpdSchema.parse({
    nama, singkatan: slug, jenis: 'dinas', alamat: 'Jl. Sultan Fatah No. 1, Demak', kode_pos: '59511', telepon: ['(0291) 1'],
    email: `${slug}@demakkab.go.id`, kepala: { nama: 'Kepala', jabatan: 'Kepala Dinas' }, pejabat: [{ nama: 'Sekretaris', jabatan: 'Sekretaris' }],
    ppid_pelaksana: { nama: 'Sekretaris', jabatan: 'PPID Pelaksana' }, diperbarui: '2026-01-05',
  });
  return { opd: slug, slug: 'profil', path: `content/opd/${slug}/profil.md`, data, body: '' };
}

function info(opdSlug: string, slug: string, fields: Partial<Record<keyof Informasi, unknown>>): Entry<Informasi> {
  const data = InformasiSchema.parse({
    judul: `Informasi ${slug}`, kategori: 'setiap-saat', setiap_saat: 'kebijakan', ringkasan: 'Ringkasan "isi", dengan koma', pejabat_penguasa: 'Bidang Anggaran',
    penanggung_jawab: 'Sekretaris', waktu_pembuatan: 2026, tempat_pembuatan: 'Demak', bentuk: 'softcopy', retensi: '5 tahun',
    diperbarui: '2026-11-01', ...fields,
  });
  return { opd: opdSlug, slug, path: `content/opd/${opdSlug}/informasi/${slug}.md`, data, body: '' };
}

const dinkes = opd('dinkes', 'Dinas Kesehatan');
const bpbd = opd('bpbd', 'Badan Penanggulangan Bencana Daerah');
const informasi = [
  info('dinkes', 'rencana', { kategori: 'setiap-saat', setiap_saat: 'renstra-renja', judul: 'Rencana Strategis' }),
  info('dinkes', 'sk-ppid', { kategori: 'setiap-saat', setiap_saat: 'sk-ppid', judul: 'SK PPID Pelaksana' }),
  info('dinkes', 'lra', { kategori: 'berkala', setiap_saat: undefined, rincian: 'laporan-keuangan', subrincian: 'lra', judul: 'Laporan Realisasi Anggaran' }),
  info('dinkes', 'profil', { kategori: 'berkala', setiap_saat: undefined, rincian: 'profil', judul: 'Profil Dinas' }),
  info('dinkes', 'dbd', { kategori: 'serta-merta', setiap_saat: undefined, judul: 'Kewaspadaan DBD', diperbarui: '2026-11-20' }),
  info('dinkes', 'rekam-medis', { kategori: 'dikecualikan', setiap_saat: undefined, pengecualian: PENGECUALIAN, berlaku_hingga: '2030-12-31' }),
  info('bpbd', 'rencana-kontinjensi', { kategori: 'setiap-saat', setiap_saat: 'kebijakan', ringkasan: '=HYPERLINK("https://evil.example")' }),
];
const berita = [
  { opd: 'bpbd', slug: '2026-11-25-banjir', path: 'content/opd/bpbd/berita/2026-11-25-banjir.md', body: '', data: BeritaSchema.parse({ judul: 'Banjir di Karanganyar surut', tanggal: '2026-11-25 08:00', ringkasan: 'Banjir di Karanganyar mulai surut pada pagi hari.' }) },
  { opd: 'dinkes', slug: '2026-11-10-posyandu', path: 'content/opd/dinkes/berita/2026-11-10-posyandu.md', body: '', data: BeritaSchema.parse({ judul: 'Posyandu keliling di Wedung', tanggal: '2026-11-10', ringkasan: 'Posyandu keliling melayani balita di Kecamatan Wedung.' }) },
];
const model: ContentModel = {
  pemda, opds: new Map([[dinkes.opd, dinkes], [bpbd.opd, bpbd]]), berita, informasi, datasets: [], dokumen: [], halaman: [], aplikasi: [], indikator: [], permohonan: [], laporanLayanan: [],
  tree: { root: '/nonexistent', files: [], sources: new Map() } as unknown as ContentModel['tree'],
};
const site = siteModelOf(model);

describe('DIP column map', () => {
  it('follows the Perki 1/2021 column order in the table', () => {
    expect(DIP_COLUMNS.filter((c) => c.inTable).map((c) => c.key)).toEqual([
      'no', 'ringkasan', 'pejabat_penguasa', 'penanggung_jawab', 'waktu_tempat', 'bentuk', 'retensi', 'jenis',
    ]);
  });

  it('orders rows by OPD name, then rincian a–k, then serta-merta, then setiap-saat by item of UU 14/2008 Pasal 11; leaves out the DIK', () => {
    const rows = dipRows(site);
    expect(rows.map((r) => `${r.opd.opd}/${r.no}/${r.entry.slug}`)).toEqual([
      'bpbd/1/rencana-kontinjensi',
      'dinkes/1/profil', 'dinkes/2/lra', 'dinkes/3/dbd', 'dinkes/4/sk-ppid', 'dinkes/5/rencana',
    ]);
    expect(groupRows(rows.filter((r) => r.opd.opd === 'dinkes')).map((g) => g.label)).toEqual([
      'a. Informasi tentang profil badan publik', 'd. Ringkasan laporan keuangan', 'Informasi Serta Merta',
      'Informasi Setiap Saat: Surat keputusan penunjukan PPID',
      'Informasi Setiap Saat: Rencana strategis dan rencana kerja (Renstra/Renja), termasuk perkiraan pengeluaran tahunan',
    ]);
  });

  it('carries the berkala sub-item and the setiap-saat item with its legal reference in the downloads', () => {
    const json = dipJson(dipRows(site), pemda.situs, pemda.nama);
    const bySlug = new Map(json.data.map((d) => [String(d.url).split('/').at(-2), d]));
    expect(bySlug.get('lra')).toMatchObject({ subrincian: 'Laporan realisasi anggaran (LRA)', setiap_saat: '' });
    expect(bySlug.get('sk-ppid')).toMatchObject({ subrincian: '', setiap_saat: 'Surat keputusan penunjukan PPID (UU 14/2008 Pasal 11 ayat (1) huruf b; UU 14/2008 Pasal 13 ayat (1) huruf a)' });
  });

  it('writes the CSV with the map headers, quoting and formula protection', () => {
    const rows = dipRows(site);
    const csv = toCsv(dipCsvHeader(), rows.map((r) => DIP_COLUMNS.map((c) => c.value(r, pemda.situs))));
    const parsed = parseCsvRows(csv, ',');
    expect(parsed[0].cells).toEqual(DIP_COLUMNS.map((c) => c.header));
    expect(parsed[0].cells.slice(0, 2)).toEqual(['No', 'Kode OPD']);
    expect(parsed).toHaveLength(rows.length + 1);
    const first = Object.fromEntries(DIP_COLUMNS.map((c, i) => [c.key, parsed[1].cells[i]]));
    expect(first.ringkasan).toBe(`'=HYPERLINK("https://evil.example")`);
    expect(first.url).toBe('https://ppid.demakkab.go.id/opd/bpbd/informasi/rencana-kontinjensi/');
    expect(parsed[2].cells[DIP_COLUMNS.findIndex((c) => c.key === 'ringkasan')]).toBe('Ringkasan "isi", dengan koma');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('csvCell leaves numbers and plain text alone; a string is text, so "-5" as a string is neutralised', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('+62 291')).toBe("'+62 291");
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });

  it('JSON rows use the column keys, and the date is the newest entry (stable between builds)', () => {
    const json = dipJson(dipRows(site), pemda.situs, pemda.nama);
    expect(json.kolom.map((k) => k.key)).toEqual(DIP_COLUMNS.map((c) => c.key));
    expect(Object.keys(json.data[0])).toEqual(DIP_COLUMNS.map((c) => c.key));
    expect(json.data[0].no).toBe(1);
    expect(json.diperbarui).toBe('2026-11-20');
  });
});

describe('updates and RSS items', () => {
  it('lists news, information and data newest first, without exempt information', () => {
    const updates = updatesOf(site);
    expect(updates[0].url).toBe('/opd/bpbd/berita/2026-11-25-banjir/');
    expect(updates.some((u) => u.slug === 'rekam-medis')).toBe(false);
    for (let i = 1; i < updates.length; i++) expect(updates[i - 1].tanggal.getTime()).toBeGreaterThanOrEqual(updates[i].tanggal.getTime());
    expect(updatesOf(site, 'dinkes').every((u) => u.opd === 'dinkes')).toBe(true);
  });

  it('keeps serta-merta on the home page for 30 days only', () => {
    expect(recentSertaMerta(site, new Date('2026-11-27T00:00:00+07:00')).map((u) => u.slug)).toEqual(['dbd']);
    expect(recentSertaMerta(site, new Date('2026-12-21T00:00:00+07:00'))).toEqual([]);
  });

  it('counts DIK entries as uploads of the OPD', () => {
    const last = lastUploadByOpd(site);
    expect(last.get('dinkes')?.toISOString()).toBe(new Date('2026-11-20T00:00:00+07:00').toISOString());
  });

  it('makes absolute links and flags serta-merta in the categories', () => {
    const dbd = updatesOf(site).find((u) => u.slug === 'dbd')!;
    const item = feedItem(dbd, site);
    expect(item.link).toBe('https://ppid.demakkab.go.id/opd/dinkes/informasi/dbd/');
    expect(item.categories).toEqual(['informasi', 'serta-merta', 'Dinas Kesehatan']);
    const options = feedOptions(site, updatesOf(site), 'judul', 'deskripsi', '/rss.xml');
    expect(options.customData).toContain('<language>id</language>');
  });
});

describe('home page: latest updates of every kind', () => {
  const update = (kind: UpdateKind, slug: string, tanggal: string): Update => ({
    kind, opd: 'dinkes', slug, judul: slug, ringkasan: '', tanggal: new Date(tanggal), url: `/${kind}/${slug}/`,
  });

  it('ranks a date without a time as the end of its WIB day, above the timed news of that day', () => {
    const lra = update('informasi', 'lra', '2026-11-25T00:00:00+07:00');
    const pagi = update('berita', 'pagi', '2026-11-25T08:00:00+07:00');
    const besok = update('berita', 'besok', '2026-11-26T00:30:00+07:00');
    expect(rankTime(lra.tanggal)).toBeGreaterThan(rankTime(pagi.tanggal));
    expect(rankTime(lra.tanggal)).toBeLessThan(rankTime(besok.tanggal));
    expect(latestMixed([pagi, lra, besok], 3, {}).map((u) => u.slug)).toEqual(['besok', 'lra', 'pagi']);
  });

  it('keeps places for the newest information and data even when news of later days fills the list', () => {
    // 20 articles, all newer than any information or data: "newest first" alone would show only news.
    const news = Array.from({ length: 20 }, (_, i) => update('berita', `b${i}`, `2026-11-${String(30 - i).padStart(2, '0')}T09:00:00+07:00`));
    const info = ['i1', 'i2', 'i3', 'i4'].map((slug, i) => update('informasi', slug, `2026-10-0${i + 1}`));
    const data = [update('data', 'd1', '2026-09-01')];
    const dokumen = [update('dokumen', 'x1', '2026-11-30T10:00:00+07:00')];
    const latest = latestMixed([...news, ...info, ...data, ...dokumen], HOME_LATEST.total, HOME_LATEST.reserved);
    expect(latest).toHaveLength(12);
    const count = (kind: UpdateKind) => latest.filter((u) => u.kind === kind).length;
    // 3 reserved for information (the newest three), 1 for data (all there is), the rest by date: news and the document.
    expect(latest.filter((u) => u.kind === 'informasi').map((u) => u.slug)).toEqual(['i4', 'i3', 'i2']);
    expect(count('data')).toBe(1);
    expect(count('dokumen')).toBe(1);
    expect(count('berita')).toBe(7);
    expect(latest[0].slug).toBe('x1');
    // Shown newest first.
    for (let i = 1; i < latest.length; i++) expect(rankTime(latest[i - 1].tanggal)).toBeGreaterThanOrEqual(rankTime(latest[i].tanggal));
  });

  it('fills the places of a kind without updates with the newest of the others', () => {
    const news = Array.from({ length: 15 }, (_, i) => update('berita', `b${i}`, `2026-11-${String(25 - i).padStart(2, '0')}T09:00:00+07:00`));
    expect(latestMixed(news, 12, HOME_LATEST.reserved).map((u) => u.slug)).toEqual(news.slice(0, 12).map((u) => u.slug));
  });

  it('shows information and data on the home page of the sample-like model', () => {
    const kinds = new Set(latestMixed(updatesOf(site), HOME_LATEST.total, HOME_LATEST.reserved).map((u) => u.kind));
    expect([...kinds].sort()).toEqual(['berita', 'informasi']);
  });
});

describe('OpenSearch short name', () => {
  it('never cuts a word in half', () => {
    expect(truncateWords('PPID Pemkab Demak', 16)).toBe('PPID Pemkab');
    expect(truncateWords('Pemberdayaanmasyarakat', 16)).toBe('Pemberdayaanmasy');
    expect(truncateWords('PPID Demak', 16)).toBe('PPID Demak');
  });

  it('drops the kind of government before dropping the place', () => {
    expect(placeName('Pemkab Demak')).toBe('Demak');
    expect(placeName('Pemkot Semarang')).toBe('Semarang');
    expect(fitShortName(['PPID Pemkab Demak', 'PPID Demak'])).toBe('PPID Demak');
    expect(fitShortName(['PPID Demak', 'PPID Demak'])).toBe('PPID Demak');
    expect(fitShortName(['PPID Pemkab Kotawaringin Barat', 'PPID Kotawaringin Barat'])).toBe('PPID');
    expect(fitShortName(['PPID Kab Demak', 'PPID Demak'])).toBe('PPID Kab Demak');
    expect(fitShortName(['PPID Kab Grobogan', 'PPID Grobogan'])).toBe('PPID Grobogan');
  });

  it('writes at most 16 characters into the description, escaped', () => {
    expect(openSearchXml('https://ppid.demakkab.go.id', 'PPID Pemkab Demak', 'Cari')).toContain('<ShortName>PPID Pemkab</ShortName>');
    expect(openSearchXml('https://ppid.demakkab.go.id', 'PPID A&B', 'Cari')).toContain('<ShortName>PPID A&#38;B</ShortName>');
  });
});

describe('dataset summary and JSON', () => {
  const meta = DatasetSchema.parse({
    judul: 'Curah hujan harian', deskripsi: 'Curah hujan harian per stasiun pengamatan di Kabupaten Demak.', topik: 'iklim', periode: 2026,
    frekuensi: 'harian', tingkat_penyajian: 'kecamatan', pemisah: ';', desimal: ',', diperbarui: '2026-11-01',
    kolom: [
      { nama: 'tanggal', judul: 'Tanggal', tipe: 'tanggal' },
      { nama: 'stasiun', judul: 'Stasiun', tipe: 'teks' },
      { nama: 'curah_hujan', judul: 'Curah hujan', tipe: 'bilangan', satuan: 'mm', wajib: false },
      { nama: 'banjir', judul: 'Banjir', tipe: 'ya-tidak' },
    ],
  });
  const rows = parseCsvRows('tanggal;stasiun;curah_hujan;banjir\n2026-10-01;Demak;12,5;tidak\n2026-10-02;Demak;;ya\n2026-10-03;Mijen;0,4;tidak\n', ';');

  it('counts filled and empty cells and the numeric range', () => {
    const summary = summarizeColumns(meta, rows.slice(1));
    expect(summary.map((s) => [s.nama, s.terisi, s.kosong, s.min, s.max])).toEqual([
      ['tanggal', 3, 0, undefined, undefined],
      ['stasiun', 3, 0, undefined, undefined],
      ['curah_hujan', 2, 1, 0.4, 12.5],
      ['banjir', 3, 0, undefined, undefined],
    ]);
  });

  it('shows numbers of the preview the Indonesian way, keeping their decimals; years and other text as written', () => {
    const [tanggal, , curah] = meta.kolom;
    expect(displayCell('12,5', curah, ',')).toBe('12,5');
    expect(displayCell('4529,90', curah, ',')).toBe('4.529,90');
    expect(displayCell('4529.94', curah, '.')).toBe('4.529,94');
    expect(displayCell('60.52', curah, '.')).toBe('60,52');
    // A cell the validator would reject is shown as written, never as a wrong number.
    expect(displayCell('12.5', curah, ',')).toBe('12.5');
    expect(displayCell('', curah, ',')).toBe('');
    expect(displayCell('2026-10-01', tanggal, ',')).toBe('2026-10-01');
    const jumlah = { nama: 'jumlah_penduduk', judul: 'Jumlah penduduk', tipe: 'bilangan-bulat' as const, wajib: true };
    const tahun = { nama: 'tahun_berdiri', judul: 'Tahun berdiri', tipe: 'bilangan-bulat' as const, wajib: true };
    expect(displayCell('1234567', jumlah, '.')).toBe('1.234.567');
    expect(displayCell('2018', tahun, '.')).toBe('2018');
    expect(formatColumnNumber(2018, tahun)).toBe('2018');
    expect(formatColumnNumber(3461.2, curah)).toBe('3.461,2');
  });

  it('types the records of the JSON download by the column dictionary', () => {
    const entry = { opd: 'bpbd', slug: 'curah-hujan', path: 'content/opd/bpbd/data/curah-hujan.yaml', data: meta, body: '' };
    const json = datasetJson(entry, bpbd, [{ tanggal: '2026-10-01', stasiun: 'Demak', curah_hujan: 12.5, banjir: false }], pemda);
    expect(json.csv).toBe('https://ppid.demakkab.go.id/opd/bpbd/data/curah-hujan.csv');
    expect(json.produsen_data).toEqual({ kode: 'bpbd', nama: 'Badan Penanggulangan Bencana Daerah' });
    expect(json.kolom[2]).toMatchObject({ nama: 'curah_hujan', tipe: 'bilangan', satuan: 'mm', wajib: false });
    expect(json.jumlah_baris).toBe(1);
  });
});
