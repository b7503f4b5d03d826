/**
 * What the site shows of an exempt entry: the reasons for withholding it, never the information itself (UU 14/2008
 * Pasal 17). The grounds in plain words, the harm, the public-interest balance and the decision with its public file,
 * and whether the period had ended on the day of the build. One reader for the DIK table and the entry page.
 */
import type { Entry } from '../content/model.ts';
import { t } from '../i18n/id.ts';
import { urls } from '../lib/urls.ts';
import { wibDateString } from '../lib/wib.ts';
import type { Informasi } from '../schemas/informasi.ts';
import { pasal17Citation, pasal17Label, pengecualianBerakhir, type Pengecualian } from '../schemas/pengecualian.ts';
import { fileTypeLabel, findOpdFile } from './files.ts';
import { formatSize } from './format.ts';
import type { SiteModel } from './model.ts';

export interface DikView {
  /** `UU 14/2008 Pasal 17 huruf h angka 2` and what that ground protects. */
  dasar: { pasal: string; arti: string }[];
  undangUndang?: string;
  alasan: string;
  konsekuensi: string;
  kepentinganPublik: string;
  penetapan: Pengecualian['penetapan'];
  /** The decision file, when it is published (a file of the OPD folder or an https link). */
  berkas?: { href: string; info: string };
  /** The period had ended on the day of the build (WIB): the PPID owes a review. */
  berakhir: boolean;
}

/** The DIK elements of an exempt entry, or undefined for any other entry. */
export function dikView(site: SiteModel, entry: Entry<Informasi>, today = wibDateString(new Date())): DikView | undefined {
  const p = entry.data.pengecualian;
  if (entry.data.kategori !== 'dikecualikan' || !p) return undefined;
  const written = p.penetapan.berkas;
  let berkas: DikView['berkas'];
  if (written && /^https:\/\//i.test(written)) berkas = { href: written, info: t('informasi.external') };
  else if (written) {
    const file = findOpdFile(site.tree, entry.opd, written);
    if (file) berkas = { href: urls.opdFile(entry.opd, file.relative), info: `${fileTypeLabel(file.relative)}, ${formatSize(file.file.size)}` };
  }
  return {
    dasar: p.pasal.map((code) => ({ pasal: `UU 14/2008 ${pasal17Citation(code)}`, arti: pasal17Label(code) })),
    undangUndang: p.undang_undang,
    alasan: p.alasan,
    konsekuensi: p.konsekuensi,
    kepentinganPublik: p.kepentingan_publik,
    penetapan: p.penetapan,
    berkas,
    berakhir: !!entry.data.berlaku_hingga && pengecualianBerakhir(entry.data.berlaku_hingga, today),
  };
}
