/**
 * The kecamatan tile map layout (`peta_petak` of content/pemda.yaml): the schema refuses two tiles on one cell and one
 * kecamatan twice, and the sample layout has one tile for each of Demak's 14 kecamatan (src/data/wilayah-demak.csv),
 * named as there, with the coast and the borders where they are (Sayung west, Mranggen and Karangawen south,
 * Wedung north).
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/model.ts';
import { loadWilayah } from '../../src/lib/wilayah.ts';
import { PetaPetakSchema } from '../../src/schemas/index.ts';
import { ROOT } from '../site/built-site.ts';

const tile = (kode: string, baris: number, kolom: number) => ({ kode, nama: `Kecamatan ${kode}`, baris, kolom });

describe('peta_petak schema', () => {
  it('accepts distinct tiles and refuses a taken cell or a repeated kecamatan, naming the other tile', () => {
    expect(PetaPetakSchema.safeParse([tile('33.21.01', 0, 0), tile('33.21.02', 0, 1)]).success).toBe(true);
    const cell = PetaPetakSchema.safeParse([tile('33.21.01', 0, 0), tile('33.21.02', 0, 0)]);
    expect(cell.error?.issues.map((i) => [i.path, i.message])).toEqual([[[1, 'kolom'], 'baris 0 kolom 0 sudah ditempati Kecamatan 33.21.01; pindahkan petak ini ke sel yang kosong']]);
    const twice = PetaPetakSchema.safeParse([tile('33.21.01', 0, 0), tile('33.21.01', 1, 0)]);
    expect(twice.error?.issues.map((i) => i.path)).toEqual([[1, 'kode']]);
  });

  it('refuses codes that are not kecamatan codes of Demak and labels longer than a tile holds', () => {
    expect(PetaPetakSchema.safeParse([tile('33.21.01.2001', 0, 0)]).success).toBe(false);
    expect(PetaPetakSchema.safeParse([{ ...tile('33.21.05', 0, 0), singkat: 'Karangtengah' }]).success).toBe(false);
  });
});

describe('the sample layout of Demak', async () => {
  const { pemda } = await loadContent(ROOT);
  const kecamatan = [...loadWilayah().values()].filter((w) => w.tingkat === 'kecamatan');
  const at = (nama: string) => pemda.peta_petak.find((p) => p.nama === nama)!;

  it('has one tile per kecamatan of the Kemendagri list, with its name', () => {
    expect(pemda.peta_petak.map((p) => p.kode).sort()).toEqual(kecamatan.map((w) => w.kode).sort());
    for (const p of pemda.peta_petak) expect(p.nama).toBe(loadWilayah().get(p.kode)!.nama);
  });

  it('keeps the geography: Sayung west, Mranggen and Karangawen south, Wedung and Bonang on the north coast, Demak in between', () => {
    const cols = pemda.peta_petak.map((p) => p.kolom);
    const rows = pemda.peta_petak.map((p) => p.baris);
    expect(at('Sayung').kolom).toBe(Math.min(...cols));
    expect(at('Mranggen').baris).toBe(Math.max(...rows));
    expect(at('Karangawen').baris).toBe(Math.max(...rows));
    expect(at('Wedung').baris).toBe(Math.min(...rows));
    expect(at('Bonang').baris).toBe(Math.min(...rows));
    expect(at('Demak').baris).toBeGreaterThan(at('Bonang').baris);
    expect(at('Demak').baris).toBeLessThan(at('Wonosalam').baris);
    expect(at('Karangtengah').kolom).toBeLessThan(at('Demak').kolom);
    expect(at('Gajah').kolom).toBeGreaterThan(at('Demak').kolom);
  });
});
