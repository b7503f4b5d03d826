/**
 * `npm run import:wordpress`: an OPD's old WordPress site into its portal folder. Posts become berita (with their
 * images and documents in `dokumen/`), and with `pages` the documents linked from pages become dokumen entries.
 * Every file is checked by the validator before it is written and written only if new (`wx`: never over a file).
 * Idempotent: a post imported before is found by `asal.url` and left as it is (sealed-file.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { opdDir } from '../../content/paths.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { PpidError } from '../../validate/problem.ts';
import { CandidateCheck, describeProblem } from './candidate-check.ts';
import { HostPolicy } from './host-policy.ts';
import { MediaStore } from './media-store.ts';
import { pageDocuments, publishedBerkas } from './page-documents.ts';
import { postToBerita, publishedAt, type Candidate, type PostContext } from './post-to-berita.ts';
import { importedBerita, type ImportedFile } from './sealed-file.ts';
import { Progress, type ImportSummary, type Outcome, type ProgressStream } from './summary.ts';
import { WpApi } from './wp-api.ts';
import type { WpItem } from './wp-types.ts';

export interface ImportOptions {
  /** Repository root (the folder holding content/). */
  root: string;
  /** The WordPress site, e.g. `https://dinkes.demakkab.go.id`. */
  url: string;
  opd: string;
  /** `YYYY-MM-DD`: only posts published after this date. */
  since?: string;
  dryRun?: boolean;
  pages?: boolean;
  /** The import time (`asal.diimpor`); tests fix it. */
  now?: Date;
  progress?: ProgressStream;
}

function siteUrl(url: string): URL {
  if (!URL.canParse(url)) throw new PpidError(`Alamat situs "${url}" tidak valid; tulis lengkap, misalnya https://dinkes.demakkab.go.id`);
  const site = new URL(url);
  if (site.protocol !== 'http:' && site.protocol !== 'https:') throw new PpidError(`Alamat situs harus diawali https:// atau http:// ("${url}").`);
  site.search = '';
  site.hash = '';
  return site;
}

/** Runs the import; throws SiteUnreadable when the site cannot be read at all, PpidError on misuse. */
export async function importWordpress(options: ImportOptions): Promise<ImportSummary> {
  const { root, opd, dryRun = false } = options;
  if (!SLUG_PATTERN.test(opd)) throw new PpidError(`Nama OPD "${opd}" tidak valid (huruf kecil, angka, tanda hubung).`);
  if (options.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.since)) throw new PpidError(`--since harus berbentuk TAHUN-BULAN-TANGGAL, misalnya 2024-01-31 ("${options.since}").`);
  const site = siteUrl(options.url);
  const check = await CandidateCheck.open(root, opd);
  const policy = new HostPolicy(site);
  const api = new WpApi(policy);
  const media = await MediaStore.open(root, opd, policy, check.limits);
  const imported = await importedBerita(root, opd);
  const written = new Set<string>();
  const taken = (path: string) => written.has(path) || existsSync(join(root, path));
  const ctx: PostContext = { opd, api, policy, media, now: options.now ?? new Date(), taken };
  const summary: ImportSummary = { site: site.href, opd, dryRun, outcomes: [], notes: [] };
  const progress = new Progress(options.progress ?? { write: () => undefined });

  /** Validates a candidate with its files and writes what is new; the outcome says which. */
  const writeCandidate = async (url: string, candidate: Candidate): Promise<Outcome> => {
    const files = Object.fromEntries(candidate.files.map((f) => [`${opdDir(opd)}/${f.relative}`, f.bytes] as const));
    const { errors, warnings } = await check.check({ ...files, [candidate.path]: candidate.text });
    if (errors.length > 0) {
      return { kind: 'dilewati', url, reason: describeProblem(errors[0]) + (errors.length > 1 ? ` (dan ${errors.length - 1} masalah lain)` : '') };
    }
    if (!dryRun) {
      for (const file of candidate.files.filter((f) => f.isNew)) await writeNew(join(root, opdDir(opd), file.relative), file.bytes);
      await writeNew(join(root, candidate.path), candidate.text);
    }
    media.commit();
    written.add(candidate.path);
    return { kind: 'diimpor', url, path: candidate.path, notes: [...candidate.notes, ...warnings.map((w) => `peringatan: ${describeProblem(w)}`)] };
  };

  const importPost = async (item: WpItem): Promise<Outcome> => {
    const before: ImportedFile | undefined = imported.get(item.link);
    if (before) return before.untouched ? { kind: 'sudah-ada', url: item.link, path: before.path } : { kind: 'dilewati', url: item.link, reason: `diubah editor, dilewati (${before.path})` };
    if (item.content.protected) return { kind: 'dilewati', url: item.link, reason: 'berita dilindungi kata sandi; isinya tidak dapat dibaca' };
    const date = publishedAt(item);
    if (!date) return { kind: 'dilewati', url: item.link, reason: `tanggal terbit "${item.date}" tidak terbaca` };
    const outcome = await writeCandidate(item.link, await postToBerita(item, date, ctx));
    // The same post twice in one run (the listing shifted while paging) is then "sudah ada", not a second file.
    if (outcome.kind === 'diimpor') imported.set(item.link, { path: outcome.path, untouched: true });
    return outcome;
  };

  for await (const page of api.list('posts', options.since)) {
    if (page.page === 1) progress.grow(page.total);
    if (page.error) summary.notes.push(`halaman API berita ${page.page} dari ${page.totalPages} gagal dibaca: ${page.error}`);
    if (page.unreadable) summary.notes.push(`${page.unreadable} entri berita di halaman API ${page.page} tidak terbaca`);
    for (const item of page.items) {
      progress.step(item.link);
      summary.outcomes.push(await guarded(item.link, () => importPost(item)));
    }
  }
  if (options.pages) {
    const published = await publishedBerkas(root, opd);
    for await (const page of api.list('pages', options.since)) {
      if (page.page === 1) progress.grow(page.total);
      if (page.error) summary.notes.push(`halaman API laman ${page.page} dari ${page.totalPages} gagal dibaca: ${page.error}`);
      for (const item of page.items) {
        progress.step(item.link);
        summary.notes.push(`${item.link} — teks laman tidak diimpor; salin ke profil.md bila perlu`);
        const documents = await pageDocuments(item, ctx, published).catch((error: unknown) => {
          summary.notes.push(`${item.link} — dokumen laman tidak terbaca: ${error instanceof Error ? error.message : String(error)}`);
          return [];
        });
        for (const doc of documents) {
          if (doc.status === 'existing') summary.outcomes.push({ kind: 'sudah-ada', url: doc.url, path: `${opdDir(opd)}/${doc.berkas}` });
          else if (doc.status === 'failed') summary.outcomes.push({ kind: 'dilewati', url: doc.url, reason: doc.notes.join('; ') });
          else {
            const outcome = await guarded(doc.url, () => writeCandidate(doc.url, doc.candidate));
            if (outcome.kind === 'diimpor') for (const f of doc.candidate.files) published.add(f.relative);
            summary.outcomes.push(outcome);
          }
        }
      }
    }
  }
  progress.end();
  return summary;
}

/** One post that breaks the importer is reported, not the end of the run. */
async function guarded(url: string, task: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await task();
  } catch (error) {
    return { kind: 'dilewati', url, reason: `kesalahan saat mengimpor: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Writes a file that must not exist yet (`wx`): an import never replaces a file. */
async function writeNew(path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content, { flag: 'wx' });
}
