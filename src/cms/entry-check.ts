/**
 * The CMS's check before a save, with every rule of the validator (src/validate/engine.ts): the entry's file as it
 * will be written, its new uploads (a dataset's CSV too) and what they are judged against (pemda.yaml, the OPD's
 * profile, the names of the files already in its folders) go into an in-memory tree, and the problems come back as
 * Indonesian sentences naming form fields by their labels. No rule is copied here.
 *
 * Pure (no Decap, no DOM, no Node): the browser loads it on the first save (main.ts), and tests run it in Node.
 * The browser platform differs from CI's in three ways (src/validate/platform.ts): messages name labels, PDFs and
 * office documents are not opened (CI does), and links to portal pages are not judged (the CMS does not know them all).
 */
import type { z } from 'zod';
import { parseWilayah } from '../lib/wilayah-list.ts';
import { keyLabels } from '../schemas/introspect.ts';
import { candidateContextPaths, validateCandidateOn } from '../validate/engine.ts';
import type { MemoryEntry } from '../validate/memory-tree.ts';
import type { Platform } from '../validate/platform.ts';
import type { Problem } from '../validate/problem.ts';

export { candidateContextPaths };

/**
 * The OPD's other collections an entry of `kind` is judged against, read whole (as scoped.ts reads them for
 * `validate -- <file>`): an application names the OPD's datasets (rules/aplikasi.ts), a register number is unique
 * in the OPD's register (rules/permohonan.ts).
 */
export const CONTEXT_COLLECTIONS: Partial<Record<string, readonly string[]>> = {
  aplikasi: ['dataset'],
  permohonan: ['permohonan'],
};

/** The validator as the CMS runs it in the browser (`wilayahCsv`: the text of src/data/wilayah-demak.csv). */
export function cmsPlatform(wilayahCsv: string): Platform {
  return { audience: 'cms', wilayah: parseWilayah(wilayahCsv), knowsAllPages: false };
}

export interface EntryFiles {
  /** Repository path of the entry's file (`content/opd/<opd>/berita/<slug>.md`). */
  path: string;
  /** The file as Decap will write it (frontmatter and body, or YAML). */
  text: string;
  /** Files saved with the entry: new uploads, and a dataset's CSV (new or the published one), by path. */
  attachments: Record<string, Uint8Array>;
  /** pemda.yaml, the OPD profile (candidateContextPaths) and the entries of CONTEXT_COLLECTIONS, by path. */
  context: Record<string, Uint8Array | string>;
  /** Files known to exist that are not read (the OPD's media folder as Decap lists it): attachments and links may name them. */
  existing: readonly string[];
}

export interface EntryLabels {
  /** The schema of the entry's kind: field labels come from it. */
  schema: z.ZodType;
  /** The label of the markdown body field (`Isi berita`), for problems found in the body. */
  body?: string;
}

export interface EntryVerdict {
  /** Sentences that refuse the save (empty: the entry may be saved). */
  errors: string[];
  /** Sentences worth showing after the save (an unlisted phone number, a PDF without text). */
  warnings: string[];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The top-level key whose block holds `line` of a YAML text (Decap writes block style: `key:` at column 1). */
function keyAtLine(yamlLines: readonly string[], line: number): string | undefined {
  for (let i = Math.min(line, yamlLines.length) - 1; i >= 0; i--) {
    const key = /^([A-Za-z_][\w-]*):/.exec(yamlLines[i])?.[1];
    if (key) return key;
  }
  return undefined;
}

/** Where a problem is, as the form shows it: a field's label, the body, an uploaded file, a row of the CSV. */
function whereOf(problem: Problem, files: EntryFiles, labels: EntryLabels, fieldLabels: Map<string, string>): string | undefined {
  if (problem.file !== files.path) {
    const name = problem.file.slice(problem.file.lastIndexOf('/') + 1);
    const csv = problem.file.endsWith('.csv');
    const cell = csv && problem.line > 1 ? `, baris ${problem.line}${problem.column > 1 ? ` kolom ${problem.column}` : ''}` : '';
    return `${csv ? 'Berkas CSV' : 'Berkas'} ${name}${cell}`;
  }
  const markdown = files.path.endsWith('.md');
  const lines = files.text.split('\n');
  // The frontmatter of a markdown file runs from line 2 to the closing `---`.
  const close = markdown ? lines.indexOf('---', 1) : lines.length;
  if (markdown && close > 0 && problem.line > close + 1) return labels.body ?? 'Isi';
  const key = keyAtLine(markdown ? lines.slice(0, close) : lines, problem.line);
  return key ? fieldLabels.get(key) ?? key : undefined;
}

/** One problem as the sentence the CMS shows: where (unless the message already names it), what, and the fix. */
export function problemSentence(problem: Problem, files: EntryFiles, labels: EntryLabels): string {
  const fieldLabels = keyLabels(labels.schema);
  const where = whereOf(problem, files, labels, fieldLabels);
  const message = where && !problem.message.startsWith(where) ? `${where}: ${problem.message}` : capitalise(problem.message);
  return `${message}. ${problem.hint}`.replace(/\.\. /g, '. ');
}

/** Every rule of the validator over the entry's files; the sentences that refuse the save, and the warnings. */
export async function checkEntryFiles(platform: Platform, files: EntryFiles, labels: EntryLabels): Promise<EntryVerdict> {
  const own: Record<string, MemoryEntry> = { [files.path]: files.text };
  for (const [path, bytes] of Object.entries(files.attachments)) own[path] = Buffer.from(bytes);
  const context: Record<string, MemoryEntry> = {};
  for (const path of files.existing) context[path] = '';
  for (const [path, content] of Object.entries(files.context)) context[path] = typeof content === 'string' ? content : Buffer.from(content);
  const result = await validateCandidateOn(platform, context, own);
  return {
    errors: result.errors.map((p) => problemSentence(p, files, labels)),
    warnings: result.warnings.map((p) => problemSentence(p, files, labels)),
  };
}
