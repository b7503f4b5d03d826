/**
 * The adoption of the DIP in the weekly report: the DIP is adopted every year (src/schemas/penetapan.ts), so a report
 * week in a year without the regency's decree warns, with the fix, and so does an OPD whose PPID Pelaksana keeps its
 * own decrees but has none for that year. An OPD that never adopted its own list is covered by the regency's decree.
 */
import type { ContentModel } from '../content/model.ts';
import { penetapanOf, type Penetapan } from '../schemas/penetapan.ts';

const FIX = (tahun: number, where: string, opd?: string) =>
  `isi \`penetapan_dip\` tahun ${tahun} (nomor, tanggal, berkas PDF keputusan di dokumen/) di ${where}, lalu jalankan \`npm run dip:tetapkan -- --tahun ${tahun}${opd ? ` --opd ${opd}` : ''}\``;

const missing = (decrees: readonly Penetapan[], tahun: number) => !penetapanOf(decrees, 'dip', tahun);

/** The report-level warning when the regency has no decree adopting the DIP of `tahun` (the report week's year, WIB). */
export function penetapanWarning(model: ContentModel, tahun: number): string | undefined {
  if (!missing(model.pemda.penetapan_dip, tahun)) return undefined;
  return `Daftar Informasi Publik ${model.pemda.nama} tahun ${tahun} belum ditetapkan dengan keputusan: ${FIX(tahun, 'content/pemda.yaml')}.`;
}

/** The OPD's to-do when its PPID Pelaksana adopts its own DIP but has no decree for `tahun`. */
export function penetapanTodo(model: ContentModel, opd: string, tahun: number): string | undefined {
  const decrees = model.opds.get(opd)?.data.penetapan_dip ?? [];
  if (decrees.length === 0 || !missing(decrees, tahun)) return undefined;
  const where = `content/opd/${opd}/profil.md`;
  return `Tetapkan Daftar Informasi Publik tahun ${tahun} dengan keputusan PPID Pelaksana: ${FIX(tahun, where, opd)}`;
}
