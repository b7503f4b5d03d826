/**
 * Replaying the sample content into a NEW git repository whose history is dated by the content's own dates
 * (each type's `date` in the content-type registry), so the compliance report and the demo site have a
 * realistic history without faking dates in the real repository (docs/kepatuhan.md). Used by
 * `npm run replay-history`.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadContent, modelEntries, type ContentModel } from '../content/model.ts';
import { classifyPath, resolveOpdFile } from '../content/paths.ts';
import { entryDate, entryFiles } from '../content/types/index.ts';
import { wibDateString } from '../lib/wib.ts';
import { isDateOnly } from '../site/format.ts';
import { FastImport, type FileOp, type Person } from './fast-import.ts';

const run = promisify(execFile);
const USAGE = 'Pemakaian: npm run replay-history -- <folder tujuan> [--source FOLDER] [--force]';
/** Marks a folder made by this script, so `--force` never deletes anything else. */
const MARKER = '.ppid-replay';
const SKIP = new Set(['.git', 'node_modules', 'dist', '.astro', '.cache', 'test-results', 'screenshots']);
const HOUR = 3600_000;

/** The repository's files (tracked and untracked, honouring .gitignore), or a walk when it is not a git checkout. */
async function listFiles(source: string): Promise<string[]> {
  try {
    const { stdout } = await run('git', ['-C', source, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { maxBuffer: 1 << 28 });
    return [...new Set(stdout.split('\0').filter(Boolean))].filter((p) => existsSync(join(source, p)) && !SKIP.has(p.split('/')[0]));
  } catch {
    const out: string[] = [];
    const walk = async (rel: string) => {
      for (const entry of await readdir(join(source, rel), { withFileTypes: true })) {
        const path = rel ? `${rel}/${entry.name}` : entry.name;
        if (SKIP.has(entry.name)) continue;
        if (entry.isDirectory()) await walk(path);
        else if (entry.isFile()) out.push(path);
      }
    };
    await walk('');
    return out;
  }
}

/** A stable pseudo-random office hour (08:00–15:59 WIB) for a date-only value, so commits look like workdays. */
function officeTime(dayMs: number, path: string): number {
  let h = 0;
  for (const c of path) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return dayMs + 8 * HOUR + (h % (8 * 60)) * 60_000;
}

/** Commit time of every content file of an OPD: its entry's date (attachments arrive with their entry), or the OPD's earliest. */
function contentTimes(model: ContentModel): Map<string, number> {
  const times = new Map<string, number>();
  const set = (path: string | null, date: Date) => {
    if (!path) return;
    const ms = isDateOnly(date) ? officeTime(date.getTime(), path) : date.getTime();
    const before = times.get(path);
    if (before === undefined || ms < before) times.set(path, ms);
  };
  for (const { kind, entry } of modelEntries(model)) {
    const date = entryDate(kind, entry.data);
    if (!entry.opd || !date) continue;
    set(entry.path, date);
    for (const relative of entryFiles(kind, entry.data, entry.slug)) set(resolveOpdFile(entry.opd, relative), date);
  }
  const earliest = new Map<string, number>();
  for (const [path, ms] of times) {
    const opd = classifyPath(path).opd!;
    earliest.set(opd, Math.min(earliest.get(opd) ?? Infinity, ms));
  }
  for (const file of model.tree.files) {
    if (!file.opd || times.has(file.path)) continue;
    times.set(file.path, earliest.get(file.opd) ?? Date.now());
  }
  return times;
}

function editorsOf(model: ContentModel): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const [opd, profile] of model.opds) {
    const name = profile.data.editor[0] ?? `editor-${opd}`;
    people.set(opd, { name, email: `${name}@contoh.demakkab.go.id` });
  }
  return people;
}

async function prepareTarget(target: string, force: boolean): Promise<void> {
  if (existsSync(target)) {
    const entries = await readdir(target);
    if (entries.length > 0) {
      if (!force || !entries.includes(MARKER)) {
        throw new Error(`${target} sudah ada dan tidak kosong. Pakai folder baru, atau --force untuk menimpa hasil replay sebelumnya.`);
      }
      await rm(target, { recursive: true });
    }
  }
  await mkdir(target, { recursive: true });
  // Written first, so that a failed run can be replaced with --force.
  await writeFile(join(target, MARKER), 'Dibuat oleh scripts/replay-history.ts (npm run replay-history).\n');
}

export interface ReplayResult {
  commits: number;
  contentFiles: number;
  first: number;
  last: number;
}

/** Writes the replayed repository into `target` (a new or `--force`-replaceable folder). */
export async function replayHistory(source: string, target: string, force: boolean): Promise<ReplayResult> {
  if (target === source || target.startsWith(`${source}/`)) throw new Error('folder tujuan tidak boleh berada di dalam repositori sumber');
  await prepareTarget(target, force);
  const files = await listFiles(source);
  const model = await loadContent(source);
  const times = contentTimes(model);
  const editors = editorsOf(model);
  const contentFiles = files.filter((p) => p.startsWith('content/opd/'));
  const baseFiles = files.filter((p) => !p.startsWith('content/opd/'));
  const firstContent = Math.min(...contentFiles.map((p) => times.get(p) ?? Infinity));

  // One commit per OPD per WIB day, in time order: what an editor's day of uploads looks like.
  const groups = new Map<string, { time: number; opd: string; paths: string[] }>();
  for (const path of contentFiles) {
    const time = times.get(path) ?? firstContent;
    const opd = classifyPath(path).opd!;
    const key = `${wibDateString(new Date(time))} ${opd}`;
    const group = groups.get(key);
    if (group) {
      group.paths.push(path);
      group.time = Math.max(group.time, time);
    } else groups.set(key, { time, opd, paths: [path] });
  }
  const commits = [...groups.values()].sort((a, b) => a.time - b.time || a.opd.localeCompare(b.opd));

  await run('git', ['init', '-q', '-b', 'main', target]);
  const importer = new FastImport(target);
  const admin = { name: 'admin-dinkominfo', email: 'admin-dinkominfo@contoh.demakkab.go.id' };
  const read = async (paths: string[]): Promise<FileOp[]> =>
    Promise.all(paths.map(async (path) => ({ op: 'write' as const, path, content: await readFile(join(source, path)) })));
  try {
    await importer.commit({ time: firstContent - 24 * HOUR, author: admin, message: 'Portal PPID: kode, konfigurasi dan halaman (replay data contoh)', ops: await read(baseFiles) });
    for (const c of commits) {
      const author = editors.get(c.opd) ?? { name: `editor-${c.opd}`, email: `editor-${c.opd}@contoh.demakkab.go.id` };
      await importer.commit({ time: c.time, author, message: `${c.opd}: unggah ${c.paths.length} berkas (replay data contoh)`, ops: await read(c.paths.sort()) });
    }
    await importer.done();
  } catch (error) {
    importer.abort();
    throw error;
  }
  await run('git', ['-C', target, 'reset', '-q', '--hard']);
  await writeFile(join(target, '.git', 'info', 'exclude'), `${MARKER}\nnode_modules\n`);
  if (existsSync(join(source, 'node_modules'))) await symlink(join(source, 'node_modules'), join(target, 'node_modules'), 'dir');

  return { commits: commits.length + 1, contentFiles: contentFiles.length, first: firstContent, last: commits.at(-1)?.time ?? firstContent };
}
