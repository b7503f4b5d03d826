/**
 * The tree of a scoped run (`npm run validate -- <file>`, every editor's pull request): the whole file list (a walk
 * with lstat, cheap), but only the sources of the files in scope, their companion metadata (a dataset CSV is
 * checked against its YAML), pemda.yaml (limits, official numbers) and the OPD profiles (official numbers). What
 * cross-file checks need of the other files comes from the walk and from the title index (scope-index.ts).
 * Per-file checks run on the scoped files only; the result equals the whole-tree run's problems of those files.
 */
import { cacheFor } from '../content/cache.ts';
import type { SourceFile } from '../content/source.ts';
import { buildContentTree, readFromDisk, walkContent, type ContentTree } from '../content/tree.ts';
import { newsTitles } from './scope-index.ts';

export interface ScopedTree {
  tree: ContentTree;
  checked: (path: string) => boolean;
  titles: Map<string, string | undefined>;
}

/** Repository paths in scope: one of `scopes` or inside one of them. */
function scopeTest(scopes: string[]): (path: string) => boolean {
  return (path) => scopes.some((s) => path === s || path.startsWith(s.endsWith('/') ? s : `${s}/`));
}

/** Reads the scoped tree; `onSource` sees the sources of the checked files (for the markdown workers). */
export async function readScopedTree(root: string, scopes: string[], onSource: (source: SourceFile, hash?: string) => void, walkedAt: number): Promise<ScopedTree> {
  const files = await walkContent(root);
  const checked = scopeTest(scopes);
  const needed = new Set<string>();
  // An inventory entry is judged against its OPD's dataset metadata (rules/aplikasi.ts: harvest contracts).
  const inventoryOpds = new Set<string>();
  const registerOpds = new Set<string>();
  // The dashboard indicators are judged against the metadata of the datasets they name (rules/indikator.ts).
  const indicatorsChecked = files.some((f) => f.kind === 'indikator' && checked(f.path));
  for (const f of files) {
    if (checked(f.path)) needed.add(f.path);
    if (f.kind === 'profil') needed.add(f.path);
    if (f.kind === 'dataset-csv' && checked(f.path)) needed.add(f.path.replace(/\.csv$/, '.yaml')).add(f.path.replace(/\.csv$/, '.yml'));
    if (f.kind === 'aplikasi' && f.opd && checked(f.path)) inventoryOpds.add(f.opd);
    if (f.kind === 'permohonan' && f.opd && checked(f.path)) registerOpds.add(f.opd);
  }
  // A register number is unique per OPD (rules/permohonan.ts): the OPD's whole register is read.
  for (const f of files) if (f.kind === 'permohonan' && f.opd && registerOpds.has(f.opd)) needed.add(f.path);
  for (const f of files) if (f.kind === 'dataset' && f.opd && (inventoryOpds.has(f.opd) || indicatorsChecked)) needed.add(f.path);
  const tree = await buildContentTree(root, files, readFromDisk, {
    cache: cacheFor(root),
    select: (f) => needed.has(f.path),
    onSource: (source, hash) => checked(source.path) && onSource(source, hash),
  });
  return { tree, checked, titles: await newsTitles(tree, checked, walkedAt) };
}
