/**
 * `peta_petak` of `content/pemda.yaml`: the tile map (grid cartogram) of the regency's kecamatan, one square per
 * kecamatan at its approximate place, defined once and drawn on dataset pages (src/site/charts/tile-map.ts). The
 * schema keeps codes and cells unique; that each code is a real kecamatan of the Kemendagri list is checked by the
 * validator (rules/grafik.ts), because the schema also runs in the CMS, where that list is not available.
 */
import { z } from 'zod';
import { field } from './common.ts';

export const PetakSchema = z.strictObject({
  kode: field(z.string().regex(/^33\.21\.\d{2}$/, { message: 'kode kecamatan Kemendagri, misalnya `33.21.01`' }), 'Kode kecamatan', 'Kode Kemendagri kecamatan, misalnya 33.21.01 untuk Mranggen.'),
  nama: field(z.string().min(2), 'Nama kecamatan', 'Nama kecamatan seperti di src/data/wilayah-demak.csv.'),
  singkat: field(z.string().min(2).max(10).optional(), 'Label petak', 'Label pendek di petak bila nama lebih dari 9 huruf (petak di layar ponsel hanya memuat sekitar 9 huruf), misalnya K.tengah; paling banyak 10 karakter.'),
  baris: field(z.number().int().min(0).max(11), 'Baris', 'Baris petak, 0 untuk baris paling utara.'),
  kolom: field(z.number().int().min(0).max(11), 'Kolom', 'Kolom petak, 0 untuk kolom paling barat.'),
});
export type Petak = z.output<typeof PetakSchema>;

export const PetaPetakSchema = z.array(PetakSchema).superRefine((tiles, ctx) => {
  const byCode = new Map<string, number>();
  const byCell = new Map<string, number>();
  tiles.forEach((tile, index) => {
    const first = byCode.get(tile.kode);
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: [index, 'kode'], message: `kode ${tile.kode} sudah dipakai petak ke-${first + 1}; setiap kecamatan hanya satu petak` });
    else byCode.set(tile.kode, index);
    const cell = `${tile.baris},${tile.kolom}`;
    const taken = byCell.get(cell);
    if (taken !== undefined) ctx.addIssue({ code: 'custom', path: [index, 'kolom'], message: `baris ${tile.baris} kolom ${tile.kolom} sudah ditempati ${tiles[taken].nama}; pindahkan petak ini ke sel yang kosong` });
    else byCell.set(cell, index);
  });
});
