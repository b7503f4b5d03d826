/**
 * What `validate -- <file>` needs to know of files it does not read. Most cross-file checks need only the file
 * list (paths, routes, pairs, attachments: the walk gives it); the one exception is the title of each news file
 * (duplicate-slug warns about the same news posted twice in one OPD). This index keeps those titles with the lstat
 * stamp of their file, so a scoped run reads only the news whose stamp changed. Written whole by a whole-tree
 * run, refreshed by scoped runs; an entry taken within two seconds of its file's last change is not trusted
 * (a change in the same clock tick would keep the stamp), as git does with its index.
 */
import { join } from 'node:path';
import { readRecord, writeRecord } from '../content/cache.ts';
import { readMoreSources, type ContentTree, type TreeFile } from '../content/tree.ts';

const FILE = 'judul.bin';
const RACY_MS = 2000;

interface Entry {
  stamp: string;
  judul: string | undefined;
  /** When the stamp was taken (the start of the walk that took it), epoch ms. */
  at: number;
}

const titleOf = (data: unknown) => {
  const judul = (data as { judul?: unknown } | undefined)?.judul;
  return typeof judul === 'string' ? judul : undefined;
};

function trusted(entry: Entry | undefined, file: TreeFile): entry is Entry {
  return !!entry && !!file.stamp && entry.stamp === file.stamp && (file.changedMs ?? Infinity) < entry.at - RACY_MS;
}

/** Records the title of every news file of a tree read whole at `walkedAt`. */
export async function writeTitleIndex(tree: ContentTree, walkedAt: number): Promise<void> {
  if (!tree.cache || !tree.complete) return;
  const entries = new Map<string, Entry>();
  for (const file of tree.files) {
    if (file.kind === 'berita' && file.stamp) entries.set(file.path, { stamp: file.stamp, judul: titleOf(tree.sources.get(file.path)?.data), at: walkedAt });
  }
  await writeRecord(join(tree.cache.dir, FILE), tree.cache.version, entries);
}

/**
 * Titles of the news files a scoped run did not read, in the OPDs of the news it checks (the only ones a title
 * can collide with), by path. Stale entries are read again (through the content cache) and the index updated.
 */
export async function newsTitles(tree: ContentTree, checked: (path: string) => boolean, walkedAt: number): Promise<Map<string, string | undefined>> {
  const opds = new Set(tree.files.filter((f) => f.kind === 'berita' && checked(f.path)).map((f) => f.opd));
  const needed = tree.files.filter((f) => f.kind === 'berita' && opds.has(f.opd) && !tree.sources.has(f.path));
  const titles = new Map<string, string | undefined>();
  if (needed.length === 0) return titles;
  const file = tree.cache ? join(tree.cache.dir, FILE) : undefined;
  const index = (file && (await readRecord<Map<string, Entry>>(file, tree.cache!.version))) || new Map<string, Entry>();
  const stale: TreeFile[] = [];
  for (const f of needed) {
    const entry = index instanceof Map ? index.get(f.path) : undefined;
    if (trusted(entry, f)) titles.set(f.path, entry.judul);
    else stale.push(f);
  }
  if (stale.length === 0) return titles;
  const read = await readMoreSources(tree, stale);
  for (const f of stale) {
    const judul = titleOf(read.get(f.path)?.data);
    titles.set(f.path, judul);
    if (f.stamp && index instanceof Map) index.set(f.path, { stamp: f.stamp, judul, at: walkedAt });
  }
  if (file && index instanceof Map) await writeRecord(file, tree.cache!.version, index);
  return titles;
}
