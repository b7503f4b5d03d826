/**
 * A content tree held in memory, for property tests, benchmarks, candidates about to be written (candidate.ts) and
 * the CMS's check before a save (in the browser): the same builder as the disk walk (buildContentTree: pemda.yaml
 * first, size limits, parsing), without the cost of writing files. Free of Node modules (`Buffer` is a global,
 * polyfilled in the CMS bundle).
 */
import { classifyPath } from '../content/paths.ts';
import { buildContentTree, type ContentTree, type ReadFile, type TreeFile } from '../content/tree-build.ts';

export type MemoryEntry = string | Buffer | { symlinkTo: string };

/** The order of the disk walk: per folder, its files by name, then its subfolders. */
function walkOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    const xFile = i === x.length - 1;
    const yFile = i === y.length - 1;
    if (xFile !== yFile) return xFile ? -1 : 1;
    return x[i].localeCompare(y[i]);
  }
  return x.length - y.length;
}

/** `entries` by repository path (`content/...`); `read` may be wrapped to observe what is read. */
export function memoryTree(entries: Record<string, MemoryEntry>, wrap: (read: ReadFile) => ReadFile = (r) => r): Promise<ContentTree> {
  const root = '/memory';
  const bytes = new Map<string, Buffer>();
  const files: TreeFile[] = Object.keys(entries).sort(walkOrder).map((path) => {
    const entry = entries[path];
    const abs = `${root}/${path}`;
    if (typeof entry === 'object' && !Buffer.isBuffer(entry)) return { ...classifyPath(path), abs, size: entry.symlinkTo.length, symlink: true, regular: false };
    const content = typeof entry === 'string' ? Buffer.from(entry) : entry;
    bytes.set(path, content);
    return { ...classifyPath(path), abs, size: content.length, symlink: false, regular: true };
  });
  const read: ReadFile = async (file, maxBytes) => (bytes.get(file.path) ?? Buffer.alloc(0)).subarray(0, maxBytes);
  return buildContentTree(root, files, wrap(read));
}
