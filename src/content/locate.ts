/** Where a key of a source's YAML is: the line and column problems are reported at. */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { yamlDocument, type SourceFile } from './source.ts';

/** The YAML Document of a source, parsed again from its text when it came from the cache (only to locate a problem). */
export function documentOf(source: SourceFile): Required<Pick<SourceFile, 'doc' | 'lineCounter'>> {
  if (!source.doc || !source.lineCounter) Object.assign(source, yamlDocument(source, source.text));
  return { doc: source.doc!, lineCounter: source.lineCounter! };
}

/**
 * 1-based line and column of the key (or item) at `path` in the file; falls back to the deepest existing
 * parent, then to the first line of the frontmatter. Parses the YAML again for a cached source (documentOf):
 * call it only for a problem that is reported.
 */
export function locate(source: SourceFile, path: readonly PropertyKey[]): { line: number; column: number } {
  const fallback = { line: Math.max(1, source.yamlLineOffset), column: 1 };
  const { doc, lineCounter } = documentOf(source);
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  if (offset === undefined) return fallback;
  const pos = lineCounter.linePos(offset);
  return { line: pos.line + source.yamlLineOffset, column: pos.col };
}
