/**
 * What the markdown rules need from a parsed body, extracted in one walk of the tree: raw HTML tags, link targets,
 * headings and images, each with its position. Small and structured-cloneable, unlike the syntax tree: a worker
 * sends these back cheaply, and the content cache keeps them by body hash, so an unchanged body is never parsed
 * again. The rules (markdown-html, -links, -structure) judge the facts; this module only collects them.
 */
import type { Definition, Heading, Html, Image, Link } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { parseMarkdownSafely, type ParsedMarkdown } from './markdown-guard.ts';

/** Position of a node, relative to the body (line 1 is the body's first line). */
interface At {
  line: number;
  column: number;
}

/** An opening tag in raw HTML; `script`: it carries an event attribute (`on...=`). */
export interface HtmlTag extends At {
  tag: string;
  script: boolean;
}

/** The target of a link, an image or a link definition. */
export interface LinkTarget extends At {
  url: string;
}

/** Headings and images, in document order (the structure rule follows heading levels through both). */
export type OutlineItem = ({ type: 'heading'; depth: number } | { type: 'image'; alt: boolean }) & At;

export type MarkdownFacts =
  | { ok: false; line: number; reason: 'nesting' | 'slow' }
  | {
      ok: true;
      html: HtmlTag[];
      links: LinkTarget[];
      outline: OutlineItem[];
      error?: string;
      /**
       * The body as page HTML, from the same parse, when the build's validation asked for it (markdown-render.ts):
       * only on the way from the worker pool to validateRepo, which files it for Astro and never caches it here.
       */
      page?: string;
    };

const TAG = /<\/?([a-zA-Z][\w-]*)([^>]*)>/g;
const SCRIPT_ATTRIBUTE = /\son\w+\s*=/i;

const at = (node: Node): At => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

function htmlTags(node: Html): HtmlTag[] {
  const tags: HtmlTag[] = [];
  // Cut after the last `>`: a `<x` with no `>` after it would make every later start scan to the end.
  for (const match of node.value.slice(0, node.value.lastIndexOf('>') + 1).matchAll(TAG)) {
    if (match[0].startsWith('</')) continue; // a closing tag repeats its opening tag
    tags.push({ ...at(node), tag: match[1].toLowerCase(), script: SCRIPT_ATTRIBUTE.test(match[2]) });
  }
  return tags;
}

/** The facts of a parsed body; a failure to walk it is kept as `error`, for the rules to report as their own crash. */
export function factsOf(parsed: ParsedMarkdown): MarkdownFacts {
  if (!parsed.ok) return parsed;
  const facts = { ok: true as const, html: [] as HtmlTag[], links: [] as LinkTarget[], outline: [] as OutlineItem[] };
  try {
    visit(parsed.root, (node) => {
      if (node.type === 'html') facts.html.push(...htmlTags(node as Html));
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') facts.links.push({ ...at(node), url: (node as Link | Image | Definition).url });
      if (node.type === 'heading') facts.outline.push({ ...at(node), type: 'heading', depth: (node as Heading).depth });
      if (node.type === 'image') facts.outline.push({ ...at(node), type: 'image', alt: !!(node as Image).alt?.trim() });
    });
    return facts;
  } catch (error) {
    return { ok: true, html: [], links: [], outline: [], error: String((error as Error)?.message ?? error) };
  }
}

/** Parses a body under the nesting guard and extracts its facts. */
export function markdownFacts(body: string): MarkdownFacts {
  return factsOf(parseMarkdownSafely(body));
}

/** Throws the failure recorded while walking the body, so the rule reporting on it fails for this file only. */
export function usable(facts: MarkdownFacts & { ok: true }): typeof facts {
  if (facts.error !== undefined) throw new Error(facts.error);
  return facts;
}
