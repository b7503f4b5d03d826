/**
 * The decrees adopting the DIP and DIK (`penetapan_dip` in pemda.yaml and in OPD profiles, src/schemas/penetapan.ts)
 * against the calendar and the tree: one decree per year and list, dated within its year (or from 1 October of the
 * year before, when next year's list is adopted ahead), its file present and published from `dokumen/`, and the
 * frozen DIP of the newest decree made with `npm run dip:tetapkan`. A frozen DIP (content/…/arsip/dip-<tahun>.json)
 * must be one the command wrote, for a year that has a DIP decree.
 */
import { locate } from '../../content/locate.ts';
import { dipArchivePath } from '../../content/paths.ts';
import type { SourceFile } from '../../content/source.ts';
import { wibParts } from '../../lib/wib.ts';
import { parseDipArchive } from '../../penetapan/adoption.ts';
import { WibDateSchema } from '../../schemas/common.ts';
import { metaOf } from '../../schemas/introspect.ts';
import { MENETAPKAN, PenetapanSchema } from '../../schemas/penetapan.ts';
import { findOpdFile, fileAt } from '../../site/files.ts';
import type { RuleContext } from '../context.ts';
import type { Rule } from '../rule.ts';
import { shown } from '../text.ts';

const label = (key: keyof typeof PenetapanSchema.shape) => `${metaOf(PenetapanSchema.shape[key]).title} (\`${key}\`)`;
const LISTS = { dip: 'DIP', dik: 'DIK' } as const;

interface Decree {
  index: number;
  tahun: number;
  lists: (keyof typeof LISTS)[];
}

/** The decrees of a pemda.yaml or profile source, as written (the schema reports wrong shapes). */
function decreesOf(source: SourceFile): { item: Record<string, unknown>; index: number }[] {
  const list = (source.data as { penetapan_dip?: unknown } | undefined)?.penetapan_dip;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => (item && typeof item === 'object' ? [{ item: item as Record<string, unknown>, index }] : []));
}

function listsOf(value: unknown): (keyof typeof LISTS)[] {
  const kind = value === undefined ? 'dip-dik' : value;
  if (!MENETAPKAN.includes(kind as never)) return [];
  return kind === 'dip-dik' ? ['dip', 'dik'] : [kind as keyof typeof LISTS];
}

function checkSource(ctx: RuleContext, source: SourceFile, folder: string | undefined, opd: string | undefined): void {
  const seen: Decree[] = [];
  const at = (index: number, key: string) => locate(source, ['penetapan_dip', index, key]);
  for (const { item, index } of decreesOf(source)) {
    if (typeof item.tahun !== 'number' || !Number.isInteger(item.tahun)) continue;
    const tahun = item.tahun;
    const lists = listsOf(item.menetapkan);
    for (const list of lists) {
      const earlier = seen.find((d) => d.tahun === tahun && d.lists.includes(list));
      if (!earlier) continue;
      ctx.report({
        file: source.path, ...at(index, 'tahun'), rule: 'penetapan/ganda',
        message: `${LISTS[list]} tahun ${tahun} ditetapkan dua kali (butir ${earlier.index + 1} dan ${index + 1} \`penetapan_dip\`)`,
        hint: `Satu keputusan per tahun untuk setiap daftar: hapus butir yang salah, atau bila keputusan kedua mengubah yang pertama, catat yang berlaku saja (\`menetapkan: dip\`, \`dik\` atau \`dip-dik\`).`,
      });
    }
    seen.push({ index, tahun, lists });
    const tanggal = WibDateSchema.safeParse(item.tanggal);
    if (tanggal.success) {
      const { year, month } = wibParts(tanggal.data);
      if (!(year === tahun || (year === tahun - 1 && month >= 10))) {
        ctx.report({
          file: source.path, ...at(index, 'tanggal'), rule: 'penetapan/tanggal',
          message: `${label('tanggal')} ${shown(String(item.tanggal))} bukan dalam tahun ${tahun} yang ditetapkan`,
          hint: `Tulis tanggal keputusan antara ${tahun - 1}-10-01 dan ${tahun}-12-31, atau perbaiki ${label('tahun')} menjadi tahun daftar yang ditetapkan.`,
        });
      }
    }
    if (typeof item.berkas === 'string' && folder) checkBerkas(ctx, source, folder, item.berkas, at(index, 'berkas'));
  }
  // The frozen list of the newest DIP decree: older years may predate the portal.
  const newest = seen.filter((d) => d.lists.includes('dip')).sort((a, b) => b.tahun - a.tahun)[0];
  if (newest && !fileAt(ctx.tree, dipArchivePath(newest.tahun, opd))) {
    ctx.report({
      file: source.path, ...at(newest.index, 'tahun'), severity: 'warning', rule: 'penetapan/arsip-belum-dibuat',
      message: `DIP tahun ${newest.tahun} sudah ditetapkan, tetapi daftarnya belum dibekukan (${dipArchivePath(newest.tahun, opd)} tidak ada)`,
      hint: `Jalankan \`npm run dip:tetapkan -- --tahun ${newest.tahun}${opd ? ` --opd ${opd}` : ''}\` dan commit berkas yang ditulisnya, agar portal menandai informasi yang ditambahkan setelah penetapan.`,
    });
  }
}

function checkBerkas(ctx: RuleContext, source: SourceFile, folder: string, written: string, where: { line: number; column: number }): void {
  if (/^https?:/.test(written) || written.startsWith('/') || written.split('/').includes('..')) return; // the schema's files/path-outside
  const target = `content/opd/${folder}/${written.replace(/^\.\//, '')}`;
  if (!fileAt(ctx.tree, target)) {
    ctx.report({
      file: source.path, ...where, rule: 'penetapan/berkas-tidak-ada',
      message: `${label('berkas')} "${shown(written)}" tidak ditemukan di folder ${folder}`,
      hint: `Unggah PDF keputusan ke ${shown(target)}, atau perbaiki jalurnya (relatif terhadap content/opd/${folder}/, huruf besar/kecil berpengaruh).`,
    });
  } else if (!findOpdFile(ctx.tree, folder, written)) {
    ctx.report({
      file: source.path, ...where, rule: 'penetapan/berkas-tidak-publik',
      message: `${label('berkas')} "${shown(written)}" tidak diterbitkan portal, sehingga warga tidak dapat membaca keputusannya`,
      hint: `Simpan PDF keputusan di folder dokumen/ (misalnya dokumen/sk-dip-2026.pdf) dan tulis jalur itu; berkas di luar dokumen/ atau berkas teks tidak diterbitkan.`,
    });
  }
}

export const penetapan: Rule = {
  id: 'penetapan',
  description: 'Penetapan DIP dan DIK: satu keputusan per tahun, tanggal dalam tahunnya, berkas keputusan terbit, daftar dibekukan',
  checks: [
    { id: 'penetapan/ganda', severity: 'error', description: 'Dua keputusan menetapkan DIP (atau DIK) tahun yang sama' },
    { id: 'penetapan/tanggal', severity: 'error', description: 'Tanggal keputusan di luar tahun yang ditetapkan (atau sebelum 1 Oktober tahun sebelumnya)' },
    { id: 'penetapan/berkas-tidak-ada', severity: 'error', description: 'Berkas keputusan penetapan DIP/DIK tidak ada' },
    { id: 'penetapan/berkas-tidak-publik', severity: 'error', description: 'Berkas keputusan penetapan DIP/DIK tidak diterbitkan (bukan di folder dokumen/ atau berkas teks)' },
    { id: 'penetapan/arsip-belum-dibuat', severity: 'warning', description: 'DIP tahun terbaru sudah ditetapkan tetapi belum dibekukan dengan `npm run dip:tetapkan`' },
    { id: 'penetapan/arsip-rusak', severity: 'error', description: 'Arsip DIP (`arsip/dip-<tahun>.json`) bukan hasil `npm run dip:tetapkan` atau tahunnya tidak sesuai nama berkas' },
    { id: 'penetapan/arsip-tanpa-penetapan', severity: 'error', description: 'Arsip DIP untuk tahun tanpa keputusan penetapan DIP' },
  ],
  async check(ctx) {
    ctx.eachSource((source) => {
      if (source.kind === 'pemda') {
        const utama = (source.data as { ppid_utama?: unknown } | undefined)?.ppid_utama;
        checkSource(ctx, source, typeof utama === 'string' ? utama : undefined, undefined);
      } else if (source.kind === 'profil' && source.opd) checkSource(ctx, source, source.opd, source.opd);
    });
    await ctx.eachFile(async (file) => {
      if (file.kind !== 'arsip-dip' || !file.regular || file.symlink || file.size > ctx.tree.limits.csv * 1024) return;
      const tahun = Number(file.slug.slice('dip-'.length));
      const facts = parseDipArchive((await ctx.readBytes(file)).toString('utf8'));
      if (!facts || facts.tahun !== tahun) {
        return void ctx.report({
          file: file.path, line: 1, rule: 'penetapan/arsip-rusak',
          message: facts ? `arsip DIP berisi tahun ${facts.tahun}, bukan ${tahun} seperti nama berkasnya` : 'arsip DIP ini bukan daftar yang ditulis `npm run dip:tetapkan` (JSON tidak terbaca atau tanpa `tahun` dan `data`)',
          hint: `Kembalikan berkas ini ke isi saat dibekukan (git checkout/revert); arsip penetapan tidak boleh diubah dengan tangan.`,
        });
      }
      const owner = file.opd ? `content/opd/${file.opd}/profil.md` : 'content/pemda.yaml';
      const decrees = ctx.tree.sources.get(owner);
      if (!decrees) return; // no owner file (reported elsewhere), or not read in a scoped run
      const has = decreesOf(decrees).some(({ item }) => item.tahun === tahun && listsOf(item.menetapkan).includes('dip'));
      if (!has) {
        ctx.report({
          file: file.path, line: 1, rule: 'penetapan/arsip-tanpa-penetapan',
          message: `arsip DIP tahun ${tahun} tidak punya keputusan penetapan DIP tahun ${tahun} di ${owner}`,
          hint: `Isi \`penetapan_dip\` tahun ${tahun} (nomor, tanggal, berkas) di ${owner}, atau hapus arsip yang dibuat tanpa keputusan.`,
        });
      }
    });
  },
};
