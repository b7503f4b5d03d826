/**
 * Every file under content/: a regular file (no symlinks), an allowed extension, content that matches the
 * extension, within the size limits of pemda.yaml; every attachment referenced from content exists.
 */
import { fileClassOf, extensionOf, resolveOpdFile, EXTENSIONS, type FileClass } from '../../content/paths.ts';
import { locate } from '../../content/locate.ts';
import type { SourceFile } from '../../content/source.ts';
import type { TreeFile } from '../../content/tree.ts';
import type { RuleContext } from '../context.ts';
import type { Rule } from '../rule.ts';
import { shown } from '../text.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const MAGIC: Record<string, (b: Buffer) => boolean> = {
  pdf: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  webp: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  docx: (b) => ZIP.every((x, i) => b[i] === x),
  xlsx: (b) => ZIP.every((x, i) => b[i] === x),
  pptx: (b) => ZIP.every((x, i) => b[i] === x),
  odt: (b) => ZIP.every((x, i) => b[i] === x),
  ods: (b) => ZIP.every((x, i) => b[i] === x),
};

const TEXT_CLASSES: FileClass[] = ['teks', 'csv'];
/** Enough for every magic number above (WebP's is at bytes 8-11). */
const MAGIC_BYTES = 16;

/** Paths to files referenced from one source: `[yaml path, written value]`. */
function referencedFiles(source: SourceFile): [PropertyKey[], string][] {
  const data = source.data as Record<string, unknown> | undefined;
  if (!data || typeof data !== 'object') return [];
  const out: [PropertyKey[], string][] = [];
  if (source.kind === 'berita' && typeof data.gambar === 'string') out.push([['gambar'], data.gambar]);
  if (source.kind === 'dokumen' && typeof data.berkas === 'string') out.push([['berkas'], data.berkas]);
  if (source.kind === 'informasi' && Array.isArray(data.lampiran)) {
    data.lampiran.forEach((l, i) => {
      const berkas = (l as { berkas?: unknown } | null)?.berkas;
      if (typeof berkas === 'string' && !/^https:\/\//.test(berkas)) out.push([['lampiran', i, 'berkas'], berkas]);
    });
  }
  // The decision of a DIK entry's consequence test is a public file (the exempt content never is).
  const penetapan = (data.pengecualian as { penetapan?: { berkas?: unknown } } | undefined)?.penetapan?.berkas;
  if (source.kind === 'informasi' && typeof penetapan === 'string' && !/^https:\/\//.test(penetapan)) out.push([['pengecualian', 'penetapan', 'berkas'], penetapan]);
  return out;
}

function checkReferences(ctx: RuleContext, source: SourceFile, existing: Set<string>): void {
  if (!source.opd) return;
  for (const [path, written] of referencedFiles(source)) {
    const target = resolveOpdFile(source.opd, written);
    if (!target) continue; // reported by the schema as files/path-outside
    // Located only when reported: a cached source parses its YAML again for it (src/content/locate.ts).
    if (!existing.has(target)) {
      const { line, column } = locate(source, path);
      ctx.report({
        file: source.path, line, column, rule: 'files/attachment-missing',
        message: `berkas "${shown(written)}" tidak ditemukan di folder OPD`,
        hint: `Unggah berkasnya ke ${shown(target)} atau perbaiki nama berkas (huruf besar/kecil berpengaruh).`,
      });
    } else if (path[0] === 'gambar' && fileClassOf(target) !== 'gambar') {
      ctx.report({ file: source.path, ...locate(source, path), rule: 'files/extension', message: `\`gambar\` harus berupa foto (${EXTENSIONS.gambar.join(', ')})`, hint: 'Pilih berkas gambar jpg, png atau webp.' });
    }
  }
}

/** Sniffs only what it needs: NUL bytes in text (already read as a source, or a CSV within its limit), a magic number otherwise. */
async function contentMatches(ctx: RuleContext, file: TreeFile, cls: FileClass, ext: string): Promise<boolean> {
  if (!TEXT_CLASSES.includes(cls)) return MAGIC[ext]?.(await ctx.readBytes(file, MAGIC_BYTES)) ?? true;
  const source = ctx.tree.sources.get(file.path);
  return source ? !source.text.includes('\0') : !(await ctx.readBytes(file)).includes(0);
}

export const files: Rule = {
  id: 'files',
  description: 'Berkas: bukan symlink, ekstensi diizinkan, isi sesuai ekstensi, ukuran dalam batas, lampiran ada',
  checks: [
    { id: 'files/symlink', severity: 'error', description: 'Symlink atau bukan berkas biasa' },
    { id: 'files/extension', severity: 'error', description: 'Jenis berkas tidak diizinkan' },
    { id: 'files/size', severity: 'error', description: 'Ukuran berkas melebihi batas pemda.yaml' },
    { id: 'files/content-mismatch', severity: 'error', description: 'Isi berkas tidak sesuai ekstensinya' },
    { id: 'files/attachment-missing', severity: 'error', description: 'Lampiran yang dirujuk tidak ada' },
  ],
  async check(ctx) {
    const limits = ctx.tree.limits;
    await ctx.eachFile(async (file) => {
      if (file.symlink || !file.regular) {
        return void ctx.report({
          file: file.path, line: 1, rule: 'files/symlink',
          message: file.symlink ? 'berkas ini adalah symlink (tautan ke berkas lain)' : 'ini bukan berkas biasa',
          hint: 'Ganti dengan salinan berkas yang sebenarnya; portal tidak menerbitkan tautan ke luar folder OPD.',
        });
      }
      const cls = fileClassOf(file.path);
      if (!cls) {
        return void ctx.report({
          file: file.path, line: 1, rule: 'files/extension',
          message: `jenis berkas ".${shown(extensionOf(file.path), 20) || '?'}" tidak diizinkan`,
          hint: `Jenis yang diterima: ${Object.values(EXTENSIONS).flat().join(', ')}. Ubah ke PDF bila ragu.`,
        });
      }
      const limitKb = limits[cls];
      // Decided by the lstat size alone: an oversized file is never read, by this rule or any other.
      if (file.size > limitKb * 1024) {
        return void ctx.report({
          file: file.path, line: 1, rule: 'files/size',
          message: `ukuran berkas ${Math.ceil(file.size / 1024)} KB melebihi batas ${limitKb} KB`,
          hint: cls === 'gambar' ? 'Perkecil foto (lebar 1600 piksel sudah cukup) atau simpan sebagai JPG/WebP.' : cls === 'pdf' ? 'Kompres PDF (misalnya "Reduce file size") atau pecah menjadi beberapa berkas.' : 'Perkecil berkas atau pecah menjadi beberapa berkas.',
        });
      }
      const ext = extensionOf(file.path);
      if (!(await contentMatches(ctx, file, cls, ext))) {
        ctx.report({
          file: file.path, line: 1, rule: 'files/content-mismatch',
          message: `isi berkas tidak sesuai dengan ekstensi .${ext}`,
          hint: `Berkas ini bukan ${ext.toUpperCase()} yang sebenarnya (mungkin hanya diganti namanya). Simpan ulang dari aplikasinya sebagai ${ext.toUpperCase()}.`,
        });
      }
    });
    const existing = new Set(ctx.tree.files.filter((f) => f.regular).map((f) => f.path));
    ctx.eachSource((source) => checkReferences(ctx, source, existing));
  },
};
