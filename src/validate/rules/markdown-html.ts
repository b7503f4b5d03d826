/** Raw HTML in markdown: only a few harmless inline tags, never event attributes (the renderer strips the rest too). */
import { ALLOWED_HTML_TAGS } from '../../lib/markdown.ts';
import { usable } from '../markdown-facts.ts';
import type { Rule } from '../rule.ts';

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
      for (const { line, column, tag, script } of usable(parsed).html) {
        const allowed = (ALLOWED_HTML_TAGS as readonly string[]).includes(tag);
        if (allowed && !script) continue;
        ctx.report({
          file: source.path, line: line + source.bodyLine - 1, column, rule: 'markdown/raw-html',
          message: allowed ? `tag <${tag}> memuat atribut skrip (on...=)` : `HTML mentah <${tag}> tidak diizinkan`,
          hint: `Tulis dengan format markdown biasa (judul ##, **tebal**, daftar -, tabel |); tag yang boleh hanya ${ALLOWED_HTML_TAGS.map((t) => `<${t}>`).join(', ')}. Video atau peta: tulis tautannya saja.`,
        });
      }
    });
  },
};
