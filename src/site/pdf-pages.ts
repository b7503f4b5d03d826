/**
 * Number of pages of a published PDF, for its document page. PDF.js (through unpdf) opens the document without
 * reading its text or fonts; results are kept per file stamp (size, times, inode) in .cache/pdf-pages.json, so a
 * rebuild opens only new or changed PDFs. A file that PDF.js cannot open (broken, password-locked) has no count:
 * the page shows none and the build goes on.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getResolvedPDFJS } from 'unpdf';
import type { TreeFile } from '../content/tree.ts';

type Counts = Record<string, number | null>;

const CACHE_FILE = join('.cache', 'pdf-pages.json');
let cache: Counts | undefined;
const pending = new Map<string, Promise<number | undefined>>();

function loadCache(root: string): Counts {
  if (cache) return cache;
  try {
    cache = JSON.parse(readFileSync(join(root, CACHE_FILE), 'utf8')) as Counts;
  } catch {
    cache = {};
  }
  return cache;
}

function saveCache(root: string): void {
  try {
    mkdirSync(join(root, '.cache'), { recursive: true });
    writeFileSync(join(root, CACHE_FILE), JSON.stringify(cache));
  } catch {
    // A read-only checkout still builds; it only counts again next time.
  }
}

/** Pages of a PDF's bytes, or undefined when PDF.js cannot open it. Never throws. */
export async function countPdfPages(bytes: Uint8Array): Promise<number | undefined> {
  const { getDocument } = await getResolvedPDFJS();
  // A copy: PDF.js may take over (detach) the buffer it is given.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: true, disableFontFace: true, stopAtErrors: false });
  try {
    return (await task.promise).numPages;
  } catch {
    return undefined;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** Pages of a PDF of the content tree (undefined for another kind of file or an unreadable PDF). */
export function pdfPages(root: string, file: TreeFile): Promise<number | undefined> {
  if (!file.path.toLowerCase().endsWith('.pdf')) return Promise.resolve(undefined);
  const key = `${file.path}|${file.stamp ?? file.size}`;
  const counts = loadCache(root);
  if (key in counts) return Promise.resolve(counts[key] ?? undefined);
  let job = pending.get(key);
  if (!job) {
    job = readFile(join(root, file.path))
      .then((bytes) => countPdfPages(bytes))
      .catch(() => undefined)
      .then((pages) => {
        counts[key] = pages ?? null;
        saveCache(root);
        return pages;
      });
    pending.set(key, job);
  }
  return job;
}
