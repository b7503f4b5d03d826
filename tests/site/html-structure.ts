/**
 * A small HTML structure check for built pages, standing in for the W3C checker (Java, not available here): the
 * HTML tokenizer's errors (parse5 through rehype-parse: a duplicate attribute, a missing doctype, …; parse5 reports
 * no tree-construction errors), an empty attribute-less <p> (what the parser makes of the stray </p> that follows
 * a block element inside a <p>), plus the content-model rules our components have broken or could break: a
 * <figure>'s <figcaption> first or last and no <details> in a <figure>, unique ids, id references that exist, no
 * interactive element inside another, and list, table, definition-list and <details> children in their place.
 */
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';

const INTERACTIVE = new Set(['a', 'button', 'details', 'input', 'select', 'textarea', 'label', 'iframe', 'embed']);
const PARENTS: Record<string, string[]> = {
  li: ['ul', 'ol', 'menu'],
  tr: ['table', 'thead', 'tbody', 'tfoot'],
  td: ['tr'],
  th: ['tr'],
  dt: ['dl', 'div'],
  dd: ['dl', 'div'],
  figcaption: ['figure'],
  summary: ['details'],
  legend: ['fieldset'],
  caption: ['table'],
};
const IDREF_ATTRIBUTES = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'htmlFor', 'headers'];

const elementsOf = (node: Element | Root) => (node.children as RootContent[]).filter((c): c is Element => c.type === 'element');

function describe(el: Element): string {
  const id = el.properties.id ? `#${String(el.properties.id)}` : '';
  const cls = Array.isArray(el.properties.className) ? `.${el.properties.className.join('.')}` : '';
  return `<${el.tagName}${id}${cls}>`;
}

/** Every structure problem of one HTML document, as readable lines (empty when none). */
export function htmlStructureProblems(html: string): string[] {
  const file = new VFile({ value: html, path: 'page.html' });
  const tree = unified().use(rehypeParse, { emitParseErrors: true }).parse(file) as Root;
  const problems = file.messages.map((m) => `parse: ${m.ruleId ?? m.reason} at line ${m.line ?? '?'}`);
  const ids = new Map<string, number>();
  const refs: [string, string][] = [];

  const visit = (node: Element | Root, ancestors: Element[]) => {
    const children = elementsOf(node);
    if (node.type === 'element') {
      const el = node;
      const id = el.properties.id;
      if (id !== undefined) ids.set(String(id), (ids.get(String(id)) ?? 0) + 1);
      for (const attribute of IDREF_ATTRIBUTES) {
        const value = el.properties[attribute];
        const list = Array.isArray(value) ? value.map(String) : value !== undefined ? String(value).split(/\s+/) : [];
        for (const ref of list.filter(Boolean)) refs.push([ref, describe(el)]);
      }
      const parent = ancestors.at(-1);
      const allowed = PARENTS[el.tagName];
      if (allowed && parent && !allowed.includes(parent.tagName)) problems.push(`${describe(el)} inside ${describe(parent)}`);
      if (INTERACTIVE.has(el.tagName) && el.tagName !== 'label') {
        const outer = ancestors.find((a) => (a.tagName === 'a' || a.tagName === 'button') && a !== el);
        if (outer && !(el.tagName === 'details' && outer.tagName !== 'a')) problems.push(`interactive ${describe(el)} inside ${describe(outer)}`);
      }
      if (el.tagName === 'figure') {
        const captions = children.filter((c) => c.tagName === 'figcaption');
        if (captions.length > 1) problems.push(`${describe(el)} with ${captions.length} <figcaption>`);
        if (captions.length === 1 && children[0] !== captions[0] && children.at(-1) !== captions[0]) problems.push(`${describe(el)}: <figcaption> neither first nor last child`);
        const details = findDescendant(el, 'details');
        if (details) problems.push(`${describe(details)} inside ${describe(el)}`);
      }
      if (el.tagName === 'p' && el.children.length === 0 && Object.keys(el.properties).length === 0) problems.push('empty <p>: a block element inside <p>?');
      if (el.tagName === 'details' && children[0]?.tagName !== 'summary') problems.push(`${describe(el)} without <summary> as its first child`);
      if (el.tagName === 'fieldset' && children.some((c, i) => c.tagName === 'legend' && i > 0)) problems.push(`${describe(el)}: <legend> not first`);
      if (el.tagName === 'table' && children.some((c, i) => c.tagName === 'caption' && i > 0)) problems.push(`${describe(el)}: <caption> not first`);
    }
    for (const child of children) visit(child, node.type === 'element' ? [...ancestors, node] : ancestors);
  };
  visit(tree, []);
  for (const [id, count] of ids) if (count > 1) problems.push(`id "${id}" used ${count} times`);
  for (const [ref, where] of refs) if (!ids.has(ref)) problems.push(`${where} refers to missing id "${ref}"`);
  return problems;
}

function findDescendant(node: Element, tagName: string): Element | undefined {
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const found = findDescendant(child, tagName);
    if (found) return found;
  }
  return undefined;
}
