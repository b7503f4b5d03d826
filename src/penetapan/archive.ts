/**
 * `npm run dip:tetapkan`: freezes the DIP as adopted by a year's decree into a new committed file
 * (content/arsip/dip-<tahun>.json, or content/opd/<opd>/arsip/dip-<tahun>.json for an OPD's own decree). The file is
 * what the decree adopted, so it is never written twice: an existing archive is refused, not replaced, and the build
 * publishes it byte for byte (src/pages/informasi/arsip/). Later entries are then marked "ditambahkan setelah
 * penetapan" against it (adoption.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { dipArchivePath } from '../content/paths.ts';
import { dipJson, dipRows, dipRowsOfOpd } from '../exports/dip.ts';
import { wibIso } from '../lib/wib.ts';
import { penetapanOf } from '../schemas/penetapan.ts';
import type { SiteModel } from '../site/model.ts';
import { loadSiteModel } from '../site/model.ts';
import { PpidError } from '../validate/problem.ts';
import { dipAdoptionOf, dipEntryKey, type DipAdoption } from './adoption.ts';

/** A refusal of the command (no decree, archive already frozen): printed as is, exit 1. */
export class PenetapanError extends PpidError {
  override name = 'PenetapanError';
}

export interface FreezeOptions {
  tahun: number;
  /** The OPD whose own decree adopts its list; the regency's list without it. */
  opd?: string;
  /** When the list was frozen (recorded in the file). */
  now?: Date;
}

/** The text of the frozen DIP of `tahun`, as `npm run dip:tetapkan` writes it. */
export function dipArchiveText(site: SiteModel, { tahun, opd, now = new Date() }: FreezeOptions): string {
  const opdEntry = opd === undefined ? undefined : site.opds.get(opd);
  if (opd !== undefined && !opdEntry) throw new PenetapanError(`OPD "${opd}" tidak ada atau profilnya tidak valid: periksa content/opd/${opd}/profil.md (npm run validate).`);
  const decrees = opdEntry ? opdEntry.data.penetapan_dip : site.pemda.penetapan_dip;
  const decree = penetapanOf(decrees, 'dip', tahun);
  const where = opdEntry ? `content/opd/${opd}/profil.md` : 'content/pemda.yaml';
  if (!decree) {
    throw new PenetapanError(
      `Belum ada keputusan penetapan DIP tahun ${tahun} di ${where}. Isi dulu \`penetapan_dip\` (tahun, nomor, tanggal, berkas, menetapkan: dip atau dip-dik), lalu jalankan perintah ini lagi.`,
    );
  }
  // Every row is in the list being adopted: none was added after it.
  const base = dipAdoptionOf(site, opd);
  const current = opdEntry ? dipRowsOfOpd(site, opdEntry, { ...base, dip: decree, arsip: undefined }) : dipRows(site, { ...base, dip: decree, arsip: undefined });
  const adoption: DipAdoption = { ...base, dip: decree, arsip: { url: '', keys: new Set(current.map((r) => dipEntryKey(r.entry.opd, r.entry.slug))) } };
  const rows = opdEntry ? dipRowsOfOpd(site, opdEntry, adoption) : dipRows(site, adoption);
  const { judul, diperbarui, penetapan, kolom, data } = dipJson(rows, site.pemda.situs, opdEntry ? opdEntry.data.nama : site.pemda.nama, adoption);
  const archive = {
    judul: `${judul} Tahun ${tahun}`,
    tahun,
    opd: opd ?? null,
    penetapan: penetapan && { ...penetapan, arsip: undefined },
    dibekukan: wibIso(now),
    diperbarui,
    kolom,
    data,
  };
  return `${JSON.stringify(archive, null, 1)}\n`;
}

/** Writes the frozen DIP under `root`; refuses (PenetapanError) when that year's archive exists. Returns its path. */
export async function freezeDip(root: string, options: FreezeOptions): Promise<{ path: string; rows: number }> {
  const site = await loadSiteModel(root);
  const path = dipArchivePath(options.tahun, options.opd);
  const text = dipArchiveText(site, options);
  await mkdir(dirname(join(root, path)), { recursive: true });
  try {
    // `wx`: created only if absent, in one step, so two runs cannot both write it.
    await writeFile(join(root, path), text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new PenetapanError(
      `${path} sudah ada: DIP tahun ${options.tahun} sudah dibekukan dan tidak boleh ditimpa. Entri yang ditambahkan sesudahnya ditandai "ditambahkan setelah penetapan"; tetapkan DIP tahun berikutnya untuk daftar baru.`,
    );
  }
  return { path, rows: (JSON.parse(text) as { data: unknown[] }).data.length };
}
