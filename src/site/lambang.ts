/**
 * The regency's emblem (`lambang` of content/pemda.yaml): a bare image file name in public/. The schema admits no
 * folder, so the name cannot point outside public/; the file itself must exist, or the build stops with the fix.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Pemda } from '../schemas/index.ts';

/** Site path of the emblem, or undefined when pemda.yaml names none. Throws (in Indonesian) when the file is missing. */
export function lambangUrl(pemda: Pick<Pemda, 'lambang'>, root = process.cwd()): string | undefined {
  if (!pemda.lambang) return undefined;
  if (!existsSync(join(root, 'public', pemda.lambang))) {
    throw new Error(
      `content/pemda.yaml, isian \`lambang\`: berkas public/${pemda.lambang} tidak ditemukan. ` +
        'Letakkan gambar lambang (svg, png atau webp) di folder public/ dengan nama itu, atau hapus isian `lambang`.',
    );
  }
  return `/${pemda.lambang}`;
}
