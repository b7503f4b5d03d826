/** Links and images in markdown: no script/data URLs; internal pages and OPD files must exist. */
import { resolveOpdFile } from '../../content/paths.ts';
import { UNSAFE_URL } from '../../lib/markdown.ts';
import type { SourceFile } from '../../content/source.ts';
import type { RuleContext } from '../context.ts';
import { usable } from '../markdown-facts.ts';
import type { Rule } from '../rule.ts';
import { shown } from '../text.ts';

type UrlProblem = { rule: string; message: string; hint: string; severity?: 'warning' };

/** The path part of a link, decoded; undefined when its percent-encoding is malformed (`%E0%A4%A`). */
function pathOf(url: string): string | undefined {
  try {
    return decodeURI(url.split(/[?#]/)[0]);
  } catch {
    return undefined;
  }
}

const BAD_ENCODING = (url: string): UrlProblem => ({
  rule: 'markdown/broken-link',
  message: `tautan "${shown(url)}" memuat kode persen (%) yang rusak`,
  hint: 'Tulis alamat dengan huruf biasa (tanpa %XX), atau salin ulang alamatnya dari bilah alamat peramban.',
});

/** Checks one URL written in content; returns nothing when fine. `paths` are the tree's file paths. */
export function checkUrl(ctx: RuleContext, source: SourceFile, url: string, paths = new Set(ctx.tree.files.map((f) => f.path))): UrlProblem | undefined {
  const trimmed = url.trim();
  if (UNSAFE_URL.test(trimmed)) {
    return { rule: 'markdown/unsafe-link', message: `tautan "${shown(trimmed, 40)}" memakai skema yang berbahaya`, hint: 'Hapus tautan ini; hanya tautan https://, mailto:, tel: atau halaman portal (/...) yang diizinkan.' };
  }
  if (/^(https:|mailto:|tel:|#)/i.test(trimmed)) return undefined;
  if (/^http:/i.test(trimmed)) {
    return { rule: 'markdown/unsafe-link', severity: 'warning', message: `tautan "${shown(trimmed)}" tidak aman (http)`, hint: 'Ganti awalan `http://` menjadi `https://` bila situs tujuan mendukungnya.' };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    return { rule: 'markdown/unsafe-link', message: `skema tautan "${shown(trimmed.split(':')[0], 40)}:" tidak diizinkan`, hint: 'Pakai tautan https://, mailto:, tel: atau halaman portal (/...).' };
  }
  const path = pathOf(trimmed);
  if (path === undefined) return BAD_ENCODING(trimmed);
  if (trimmed.startsWith('/')) {
    if (ctx.routes.has(path) || ctx.routes.has(`${path}/`)) return undefined;
    return { rule: 'markdown/broken-link', message: `halaman "${shown(path)}" tidak ada di portal`, hint: 'Periksa ejaan alamat; alamat halaman OPD berbentuk /opd/<nama-opd>/..., dan berkas lampiran ditulis relatif, misalnya dokumen/nama.pdf.' };
  }
  if (!source.opd) {
    return { rule: 'markdown/broken-link', message: `tautan relatif "${shown(trimmed)}" tidak bisa dipakai di halaman umum`, hint: 'Tulis alamat lengkap yang diawali /, misalnya /opd/dinkominfo/dokumen/formulir.pdf.' };
  }
  const target = resolveOpdFile(source.opd, path);
  if (!target) {
    return { rule: 'markdown/path-outside', message: `tautan "${shown(trimmed)}" keluar dari folder OPD`, hint: 'Berkas harus berada di folder OPD sendiri; tulis jalur seperti dokumen/nama-berkas.pdf tanpa `..`.' };
  }
  if (!paths.has(target)) {
    return { rule: 'markdown/broken-link', message: `berkas "${shown(trimmed)}" tidak ditemukan`, hint: `Unggah berkasnya ke ${shown(target.slice(0, target.lastIndexOf('/') + 1))} atau perbaiki nama berkas di tautan (huruf besar/kecil berpengaruh).` };
  }
  return undefined;
}

export const markdownLinks: Rule = {
  id: 'markdown-links',
  description: 'Tautan dan gambar: tanpa javascript:/data:, tautan internal dan berkas harus ada',
  usesMarkdown: true,
  checks: [
    { id: 'markdown/unsafe-link', severity: 'error', description: 'Tautan javascript:, data: atau skema lain yang tidak diizinkan (http: sebagai peringatan)' },
    { id: 'markdown/broken-link', severity: 'error', description: 'Tautan ke halaman atau berkas portal yang tidak ada' },
    { id: 'markdown/path-outside', severity: 'error', description: 'Tautan relatif yang keluar dari folder OPD' },
  ],
  check(ctx) {
    const paths = new Set(ctx.tree.files.map((f) => f.path));
    ctx.eachSource((source) => {
      if (!source.path.endsWith('.md') || !source.body.trim()) return;
      const parsed = ctx.markdown(source);
      if (!parsed.ok) return; // reported by markdown-structure
      for (const link of usable(parsed).links) {
        const problem = checkUrl(ctx, source, link.url, paths);
        if (problem) ctx.report({ file: source.path, line: link.line + source.bodyLine - 1, column: link.column, ...problem });
      }
    });
  },
};
