/**
 * The Kemendagri region list as data, free of Node modules: the validator reads src/data/wilayah-demak.csv from disk
 * (wilayah.ts), the CMS bundles the same file and parses it here, in the browser.
 */
export interface Wilayah {
  kode: string;
  nama: string;
  tingkat: 'kabupaten' | 'kecamatan' | 'desa' | 'kelurahan';
}

/** The rows of src/data/wilayah-demak.csv (`kode,nama,tingkat`, header first) by code. */
export function parseWilayah(text: string): Map<string, Wilayah> {
  const map = new Map<string, Wilayah>();
  for (const row of text.trim().split(/\r?\n/).slice(1)) {
    const [kode, nama, tingkat] = row.split(',');
    map.set(kode, { kode, nama, tingkat: tingkat as Wilayah['tingkat'] });
  }
  return map;
}
