/** Raw HTML in markdown: only a few harmless inline tags, never event attributes (the renderer strips the rest too). */
import { visit } from 'unist-util-visit';
import { ALLOWED_HTML_TAGS } from '../../lib/markdown.ts';
import type { Rule } from '../rule.ts';

const TAG = /<\/?([a-zA-Z][\w-]*)([^>]*)>/g;

export const markdownHtml: Rule = {
  id: 'markdown-html',
  description: 'Tidak ada HTML mentah selain daftar tag yang diizinkan',
  usesMarkdown: true,
  checks: [
    { id: 'markdown/raw-html', severity: 'error', description: 'HTML mentah selain tag yang diizinkan' },
  ],
  check(ctx) {
    ctx.eachSource((source) => {
      if (!source.path.endsWith('.md') || !source.body.trim()) return;
      const parsed = ctx.markdown(source);
      if (!parsed.ok) return; // reported by markdown-structure
      visit(parsed.root, 'html', (node) => {
        const line = (node.position?.start.line ?? 1) + source.bodyLine - 1;
        const column = node.position?.start.column ?? 1;
        // Cut after the last `>`: a `<x` with no `>` after it would make every later start scan to the end.
        for (const match of node.value.slice(0, node.value.lastIndexOf('>') + 1).matchAll(TAG)) {
          if (match[0].startsWith("</")) continue; // a closing tag repeats its opening tag
          const tag = match[1].toLowerCase();
          const allowed = (ALLOWED_HTML_TAGS as readonly string[]).includes(tag);
          if (allowed && !/\son\w+\s*=/i.test(match[2])) continue;
          ctx.report({
            file: source.path, line, column, rule: 'markdown/raw-html',
            message: allowed ? `tag <${tag}> memuat atribut skrip (on...=)` : `HTML mentah <${tag}> tidak diizinkan`,
            hint: `Tulis dengan format markdown biasa (judul ##, **tebal**, daftar -, tabel |); tag yang boleh hanya ${ALLOWED_HTML_TAGS.map((t) => `<${t}>`).join(', ')}. Video atau peta: tulis tautannya saja.`,
          });
        }
      });
    });
  },
};
