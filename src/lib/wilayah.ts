/** The Kemendagri region codes of Demak (src/data/wilayah-demak.csv, from Kepmendagri 300.2.2-2138/2025). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWilayah, type Wilayah } from './wilayah-list.ts';

export type { Wilayah };

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
  const map = parseWilayah(readFileSync(join(projectRoot(), WILAYAH_FILE), 'utf8'));
  cache = map;
  return map;
}
