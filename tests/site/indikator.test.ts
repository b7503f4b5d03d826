/**
 * The dashboard indicators (src/site/indikator.ts, src/site/dasbor.ts) and the kecamatan tile map (tile-map.ts) on
 * small datasets: the period chosen, the aggregate, the change in words, good or bad news by `arah_baik`, and the
 * map's value per kecamatan and its classes.
 */
import { describe, expect, it } from 'vitest';
import { DatasetSchema, IndikatorItemSchema, PetakSchema, type IndikatorItem } from '../../src/schemas/index.ts';
import { CLASS_COLOURS } from '../../src/site/charts/palette.ts';
import { kecamatanColumn, mapValueOf, tileMapLayout, tileValues } from '../../src/site/charts/tile-map.ts';
import { datasetMap } from '../../src/site/charts/dataset-visuals.ts';
import type { WeeklyReport } from '../../src/compliance/types.ts';
import { changeText, complianceSummary, headlineNumber } from '../../src/site/dasbor.ts';
import { aggregate, assess, computeIndicator, trendOf } from '../../src/site/indikator.ts';
import { DBD_ROWS, dbdDataset, rowsOf } from './chart-fixture.ts';

const item = (fields: Partial<Record<keyof IndikatorItem, unknown>>): IndikatorItem =>
  IndikatorItemSchema.parse({ judul: 'Kasus DBD', dataset: 'dinkes/kasus-dbd', kolom: 'kasus', agregasi: 'jumlah', satuan: 'kasus', arah_baik: 'turun', ...fields });

const PETAK = [
  { kode: '33.21.01', nama: 'Mranggen', baris: 1, kolom: 0 },
  { kode: '33.21.02', nama: 'Karangawen', singkat: 'K.awen', baris: 1, kolom: 1 },
  { kode: '33.21.03', nama: 'Guntur', baris: 0, kolom: 1 },
  { kode: '33.21.04', nama: 'Sayung', baris: 0, kolom: 0 },
].map((p) => PetakSchema.parse(p));

describe('indicators', () => {
  it('aggregates the latest period and compares it with the one before', () => {
    const result = computeIndicator(dbdDataset(), DBD_ROWS, item({ periode: { kolom: 'bulan' } }));
    expect(result.current).toEqual({ key: '2026-02-01', label: 'Februari 2026', value: 14 });
    expect(result.previous).toEqual({ key: '2026-01-01', label: 'Januari 2026', value: 16 });
    expect(result.history.map((p) => p.value)).toEqual([16, 14]);
  });

  it('shows the period before the latest with `pilih: sebelumnya`, and filters rows with `saring`', () => {
    const earlier = computeIndicator(dbdDataset(), DBD_ROWS, item({ periode: { kolom: 'bulan', pilih: 'sebelumnya' } }));
    expect([earlier.current?.value, earlier.previous]).toEqual([16, undefined]);
    const guntur = computeIndicator(dbdDataset(), DBD_ROWS, item({ periode: { kolom: 'bulan' }, saring: { kolom: 'kecamatan', nilai: 'Guntur' } }));
    expect([guntur.current?.value, guntur.previous?.value]).toEqual([4, 3]);
  });

  it('without a period, aggregates every row and labels the value with the dataset period', () => {
    const result = computeIndicator(dbdDataset(), DBD_ROWS, item({ agregasi: 'maksimum' }));
    expect(result.current).toEqual({ key: '', label: '2026', value: 10 });
    expect(result.previous).toBeUndefined();
  });

  it('skips empty cells in every aggregate', () => {
    expect(aggregate([2, 4, 9], 'rata-rata')).toBe(5);
    expect(aggregate([2, 4, 9], 'terakhir')).toBe(9);
    expect(aggregate([2, 4, 9], 'minimum')).toBe(2);
    expect(aggregate([], 'jumlah')).toBeUndefined();
    // Karangawen's empty February cell: the February total is 14, not NaN.
    expect(computeIndicator(dbdDataset(), DBD_ROWS, item({ periode: { kolom: 'bulan' }, agregasi: 'rata-rata' })).current?.value).toBe(7);
  });

  it('calls a change good or bad news only by `arah_baik`, and says it in words with the arrow', () => {
    expect(assess(trendOf(11, 9), 'turun')).toBe('buruk');
    expect(assess(trendOf(9, 11), 'turun')).toBe('baik');
    expect(assess(trendOf(12, 9), 'naik')).toBe('baik');
    expect(assess(trendOf(12, 9), 'netral')).toBe('netral');
    expect(assess(trendOf(9, 9), 'naik')).toBe('netral');
    expect(changeText(11, 9, 'September 2026', 'kasus')).toBe('Naik 2 kasus (22,2%) dari September 2026');
    expect(changeText(6.85, 0, '30 Oktober 2026', 'mm')).toBe('Naik 6,85 mm dari 30 Oktober 2026');
    expect(changeText(13_800, 13_800, '16 November 2026', 'rupiah/kg')).toBe('Sama dengan 16 November 2026');
  });

  it('writes headline numbers whole from a thousand and compact from ten million', () => {
    expect([headlineNumber(6.853), headlineNumber(586_252.13), headlineNumber(467_707_647_682).replace(/\u00a0/g, ' ')]).toEqual(['6,85', '586.252', '467,7 M']);
  });
});

describe('compliance card', () => {
  const report = (mulai: string | null, perkiraan = false) => ({
    mulai: '2026-11-23T00:00:00+07:00', sampai: '2026-11-30T00:00:00+07:00',
    riwayat: { sumber: perkiraan ? 'berkas' : 'git', perkiraan, peringatan: [], commit: 1, mulai },
    ringkasan: { jumlah_opd: 42, opd_mengunggah: 30, opd_memenuhi_target: 28, rata_rata_skor: 61.66 },
  }) as unknown as WeeklyReport;

  it('gives the OPDs meeting the target and the average score', () => {
    expect(complianceSummary(report('2026-08-01T00:00:00+07:00'))).toEqual({ figure: '28 / 42', text: '30 dari 42 perangkat daerah mengunggah informasi pada minggu ini dan 28 memenuhi target unggahan. Rata-rata skor kepatuhan 61,7.' });
    expect(complianceSummary(report(null, true)).text).toMatch(/perkiraan dari tanggal berkas/);
  });

  it('gives no upload figure when the git history began inside the report week', () => {
    expect(complianceSummary(report('2026-11-24T10:00:00+07:00'))).toMatchObject({ figure: '–', text: expect.stringContaining('belum dapat dinilai') });
  });
});

describe('kecamatan tile map', () => {
  const kecamatan = DatasetSchema.parse({ ...dbdDataset(), grafik: [{ jenis: 'batang-bertumpuk', judul: 'Kasus dan kematian', kategori: 'kecamatan', nilai: ['kasus', 'meninggal'] }] });

  it('finds the kecamatan code column and follows the first chart (a stack adds up its columns)', () => {
    const codes = new Set(PETAK.map((p) => p.kode));
    const kode = kecamatanColumn(kecamatan, DBD_ROWS, codes)!;
    expect(kode.kolom.nama).toBe('kode_wilayah');
    const value = mapValueOf(kecamatan)!;
    expect(value.columns.map((c) => c.kolom.nama)).toEqual(['kasus', 'meninggal']);
    // Two months per kecamatan: added up, and the caption will say so.
    expect(tileValues(kecamatan, DBD_ROWS, kode, value)).toMatchObject({ values: new Map([['33.21.01', 18], ['33.21.02', 6], ['33.21.03', 7]]), summed: true });
    // Village codes are not kecamatan: no map.
    expect(kecamatanColumn(kecamatan, rowsOf(['2026-01-01,33.21.01.2001,Mranggen,1,0']), codes)).toBeUndefined();
  });

  it('places each tile at its row and column and shades it in one of five classes; a kecamatan without data is hatched', () => {
    const layout = tileMapLayout(PETAK, new Map([['33.21.01', 18], ['33.21.02', 6], ['33.21.03', 7]]), 200);
    expect(layout.classes).toHaveLength(5);
    expect(layout.classes[0].from).toBeLessThanOrEqual(6);
    expect(layout.classes.at(-1)!.to).toBeGreaterThanOrEqual(18);
    const byName = new Map(layout.tiles.map((t) => [t.nama, t]));
    expect(byName.get('Mranggen')).toMatchObject({ x: 0, klass: 4, fill: CLASS_COLOURS[4], text: '#ffffff' });
    expect(byName.get('Karangawen')).toMatchObject({ label: 'K.awen', klass: 0 });
    expect(byName.get('Sayung')).toMatchObject({ value: null, klass: -1, valueText: '–' });
    expect(byName.get('Guntur')!.y).toBe(0);
    expect(byName.get('Mranggen')!.y).toBeGreaterThan(0);
    expect(layout.missing).toBe(1);
  });

  it('is switched off with `peta: false`, and absent without tiles in pemda.yaml', () => {
    expect(datasetMap(kecamatan, DBD_ROWS, PETAK)).toMatchObject({ nilai: 'Jumlah kasus dan meninggal', dijumlahkan: '2026' });
    expect(datasetMap({ ...kecamatan, peta: false }, DBD_ROWS, PETAK)).toBeUndefined();
    expect(datasetMap(kecamatan, DBD_ROWS, [])).toBeUndefined();
  });
});
