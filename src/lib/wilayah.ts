/** The Kemendagri region codes of Demak (src/data/wilayah-demak.csv, from Kepmendagri 300.2.2-2138/2025). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Wilayah {
  kode: string;
  nama: string;
  tingkat: 'kabupaten' | 'kecamatan' | 'desa' | 'kelurahan';
}

export const WILAYAH_FILE = 'src/data/wilayah-demak.csv';

let cache: Map<string, Wilayah> | undefined;

/**
 * The project folder (holding package.json), found from this module's location: reference data belongs to
 * the product, not to the content tree being validated, and this works both in plain Node and in Astro's bundle.
 */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, WILAYAH_FILE))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${WILAYAH_FILE} tidak ditemukan`);
    dir = parent;
  }
  return dir;
}

/** Reads the region list (cached). */
export function loadWilayah(): Map<string, Wilayah> {
  if (cache) return cache;
  const rows = readFileSync(join(projectRoot(), WILAYAH_FILE), 'utf8').trim().split(/\r?\n/).slice(1);
  const map = new Map<string, Wilayah>();
  for (const row of rows) {
    const [kode, nama, tingkat] = row.split(',');
    map.set(kode, { kode, nama, tingkat: tingkat as Wilayah['tingkat'] });
  }
  cache = map;
  return map;
}
