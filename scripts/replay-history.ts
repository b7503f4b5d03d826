/**
 * `npm run replay-history -- <target folder> [--source DIR] [--force]`
 * Copies this repository into a NEW git repository at <target> whose history replays the sample content
 * with commits dated by the content's own dates (news `tanggal`, informasi/dataset/profile `diperbarui`,
 * document `tanggal`), so the compliance report and the demo site have a realistic history without faking
 * dates in the real repository (docs/kepatuhan.md). Then: `npm run report -- --root <target>`, or build
 * the site there (`cd <target> && npm run build`; node_modules is linked to the source's).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { FastImport, type FileOp, type Person } from '../src/compliance/fast-import.ts';
import { classifyPath, resolveOpdFile } from '../src/content/paths.ts';
import { readContentTree } from '../src/content/tree.ts';
import { parseWib, wibDateString } from '../src/lib/wib.ts';

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

function dateOf(value: unknown): { ms: number; hasTime: boolean } | undefined {
  if (value instanceof Date) return { ms: value.getTime(), hasTime: false };
  if (typeof value !== 'string') return undefined;
  const parsed = parseWib(value);
  return parsed.ok ? { ms: parsed.date.getTime(), hasTime: parsed.hasTime } : undefined;
}

/** A stable pseudo-random office hour (08:00–15:59 WIB) for a date-only value, so commits look like workdays. */
function officeTime(dayMs: number, path: string): number {
  let h = 0;
  for (const c of path) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return dayMs + 8 * HOUR + (h % (8 * 60)) * 60_000;
}

/** Commit time of every content file of an OPD: its own date, its referrer's date, or the OPD's earliest. */
async function contentTimes(source: string): Promise<Map<string, number>> {
  const tree = await readContentTree(source);
  const times = new Map<string, number>();
  const set = (path: string, when: { ms: number; hasTime: boolean } | undefined) => {
    if (!when) return;
    const ms = when.hasTime ? when.ms : officeTime(when.ms, path);
    const before = times.get(path);
    if (before === undefined || ms < before) times.set(path, ms);
  };
  for (const src of tree.sources.values()) {
    if (!src.opd) continue;
    const data = (src.data ?? {}) as Record<string, unknown>;
    const own = src.kind === 'berita' || src.kind === 'dokumen' ? dateOf(data.tanggal) : dateOf(data.diperbarui);
    set(src.path, own);
    if (src.kind === 'dataset') set(src.path.replace(/\.ya?ml$/, '.csv'), own);
    // Attachments arrive with the entry that refers to them.
    const refs = [data.gambar, data.berkas, ...(Array.isArray(data.lampiran) ? data.lampiran.map((l) => (l as { berkas?: unknown })?.berkas) : [])];
    for (const ref of refs) {
      const path = typeof ref === 'string' ? resolveOpdFile(src.opd, ref) : null;
      if (path) set(path, own);
    }
  }
  const earliest = new Map<string, number>();
  for (const [path, ms] of times) {
    const opd = classifyPath(path).opd!;
    earliest.set(opd, Math.min(earliest.get(opd) ?? Infinity, ms));
  }
  for (const file of tree.files) {
    if (!file.opd || times.has(file.path)) continue;
    times.set(file.path, earliest.get(file.opd) ?? Date.now());
  }
  return times;
}

async function editorsOf(source: string): Promise<Map<string, Person>> {
  const tree = await readContentTree(source);
  const people = new Map<string, Person>();
  for (const src of tree.sources.values()) {
    if (src.kind !== 'profil' || !src.opd) continue;
    const editors = (src.data as { editor?: unknown } | undefined)?.editor;
    const name = Array.isArray(editors) && typeof editors[0] === 'string' ? editors[0] : `editor-${src.opd}`;
    people.set(src.opd, { name, email: `${name}@contoh.demakkab.go.id` });
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

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { source: { type: 'string', default: '.' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length !== 1) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const source = resolve(values.source);
  const target = resolve(positionals[0]);
  if (target === source || target.startsWith(`${source}/`)) throw new Error('folder tujuan tidak boleh berada di dalam repositori sumber');
  await prepareTarget(target, values.force);

  const files = await listFiles(source);
  const times = await contentTimes(source);
  const editors = await editorsOf(source);
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

  process.stdout.write(
    `Riwayat contoh dibuat di ${target}: ${commits.length + 1} commit, ${contentFiles.length} berkas konten, ` +
      `${wibDateString(new Date(firstContent))} s.d. ${wibDateString(new Date(commits.at(-1)?.time ?? firstContent))}.\n` +
      `Laporan: npm run report -- --root ${target}\nSitus:   cd ${target} && npm run build\n`,
  );
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`replay-history gagal: ${(error as Error).message}\n`);
    process.exitCode = 2;
  },
);
