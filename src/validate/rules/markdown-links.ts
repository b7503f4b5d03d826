/** Links and images in markdown: no script/data URLs; internal pages and OPD files must exist. */
import type { Definition, Image, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { resolveOpdFile } from '../../content/paths.ts';
import { UNSAFE_URL } from '../../lib/markdown.ts';
import type { SourceFile } from '../../content/source.ts';
import type { RuleContext } from '../context.ts';
import type { Rule } from '../rule.ts';

type LinkNode = Link | Image | Definition;

/** Checks one URL written in content; returns nothing when fine. */
export function checkUrl(ctx: RuleContext, source: SourceFile, url: string): { rule: string; message: string; hint: string; severity?: 'warning' } | undefined {
  const trimmed = url.trim();
  if (UNSAFE_URL.test(trimmed)) {
    return { rule: 'markdown/unsafe-link', message: `tautan "${trimmed.slice(0, 40)}" memakai skema yang berbahaya`, hint: 'Hapus tautan ini; hanya tautan https://, mailto:, tel: atau halaman portal (/...) yang diizinkan.' };
  }
  if (/^(https:|mailto:|tel:|#)/i.test(trimmed)) return undefined;
  if (/^http:/i.test(trimmed)) {
    return { rule: 'markdown/unsafe-link', severity: 'warning', message: `tautan "${trimmed}" tidak aman (http)`, hint: 'Ganti awalan `http://` menjadi `https://` bila situs tujuan mendukungnya.' };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    return { rule: 'markdown/unsafe-link', message: `skema tautan "${trimmed.split(':')[0]}:" tidak diizinkan`, hint: 'Pakai tautan https://, mailto:, tel: atau halaman portal (/...).' };
  }
  if (trimmed.startsWith('/')) {
    const path = decodeURI(trimmed.split(/[?#]/)[0]);
    if (ctx.routes.has(path) || ctx.routes.has(`${path}/`)) return undefined;
    return { rule: 'markdown/broken-link', message: `halaman "${path}" tidak ada di portal`, hint: 'Periksa ejaan alamat; alamat halaman OPD berbentuk /opd/<nama-opd>/..., dan berkas lampiran ditulis relatif, misalnya dokumen/nama.pdf.' };
  }
  if (!source.opd) {
    return { rule: 'markdown/broken-link', message: `tautan relatif "${trimmed}" tidak bisa dipakai di halaman umum`, hint: 'Tulis alamat lengkap yang diawali /, misalnya /opd/dinkominfo/dokumen/formulir.pdf.' };
  }
  const target = resolveOpdFile(source.opd, decodeURI(trimmed.split(/[?#]/)[0]));
  if (!target) {
    return { rule: 'markdown/path-outside', message: `tautan "${trimmed}" keluar dari folder OPD`, hint: 'Berkas harus berada di folder OPD sendiri; tulis jalur seperti dokumen/nama-berkas.pdf tanpa `..`.' };
  }
  if (!ctx.tree.files.some((f) => f.path === target)) {
    return { rule: 'markdown/broken-link', message: `berkas "${trimmed}" tidak ditemukan`, hint: `Unggah berkasnya ke ${target.slice(0, target.lastIndexOf('/') + 1)} atau perbaiki nama berkas di tautan (huruf besar/kecil berpengaruh).` };
  }
  return undefined;
}

export const markdownLinks: Rule = {
  id: 'markdown-links',
  description: 'Tautan dan gambar: tanpa javascript:/data:, tautan internal dan berkas harus ada',
  checks: [
    { id: 'markdown/unsafe-link', severity: 'error', description: 'Tautan javascript:, data: atau skema lain yang tidak diizinkan (http: sebagai peringatan)' },
    { id: 'markdown/broken-link', severity: 'error', description: 'Tautan ke halaman atau berkas portal yang tidak ada' },
    { id: 'markdown/path-outside', severity: 'error', description: 'Tautan relatif yang keluar dari folder OPD' },
  ],
  check(ctx) {
    for (const source of ctx.tree.sources.values()) {
      if (!source.path.endsWith('.md') || !source.body.trim()) continue;
      visit(ctx.markdown(source), ['link', 'image', 'definition'], (node) => {
        const n = node as LinkNode;
        const problem = checkUrl(ctx, source, n.url);
        if (!problem) return;
        ctx.report({ file: source.path, line: (n.position?.start.line ?? 1) + source.bodyLine - 1, column: n.position?.start.column ?? 1, ...problem });
      });
    }
  },
};
