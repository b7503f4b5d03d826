/**
 * When each content file changed, read from git with ONE `git log` process. Uploads are taken from commit
 * times, never from dates an editor types into frontmatter (issue 4).
 *
 * Choices (docs/kepatuhan.md):
 * - `--first-parent --diff-merges=first-parent`: walk main's own line only. A PR merged with a merge commit
 *   counts once, at the merge commit's time (when it landed on main), with the merge's whole diff; the PR's
 *   branch commits are not walked, so nothing is counted twice. Squash and rebase merges are plain commits.
 * - Committer time, not author time: a rebased or cherry-picked commit lands when it is committed.
 * - `-M`: renames are one change `R<similarity> old new`, not a deletion plus an addition.
 * Without usable history (no git, not a repository, a shallow clone, or no commit under content/opd/) the
 * reader falls back to the dates written in the files (else their modification times) and marks everything
 * derived from it as estimated.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { wibIso } from '../lib/wib.ts';

const run = promisify(execFile);

export type ChangeStatus = 'A' | 'M' | 'D' | 'R';

export interface FileChange {
  /** Commit (committer) time, epoch milliseconds. */
  time: number;
  status: ChangeStatus;
  /** Repository-relative path after the change (for deletions: the deleted path). */
  path: string;
  /** Path before a rename. */
  from?: string;
  /** Rename similarity 0–100 (100: content unchanged). */
  similarity?: number;
}

/** `berkas`: estimated from the files themselves (their content dates, else modification times). */
export type HistorySource = 'git' | 'berkas';

export interface History {
  source: HistorySource;
  /** True when figures are estimated from file dates instead of git history. */
  perkiraan: boolean;
  /** Why the history is estimated, in Indonesian (printed loudly by every output). */
  warning?: string;
  /** Changes oldest first. */
  changes: FileChange[];
  /** Number of commits read (0 for the fallback). */
  commits: number;
}

/** Folder whose history matters: everything an OPD owns. */
export const HISTORY_SCOPE = 'content/opd/';

const RECORD = '\x1e';

/**
 * Parses `git log -z --name-status --format=%x1e%ct` output (any order) into changes sorted oldest first.
 * Pure, so the format handling is tested without git.
 */
export function parseGitLog(output: string): { changes: FileChange[]; commits: number } {
  const changes: FileChange[] = [];
  let commits = 0;
  for (const record of output.split(RECORD)) {
    if (record === '') continue;
    const headerEnd = record.indexOf('\0');
    const header = headerEnd < 0 ? record : record.slice(0, headerEnd);
    const time = Number(header.trim()) * 1000;
    if (!Number.isFinite(time)) continue;
    commits++;
    const tokens = headerEnd < 0 ? [] : record.slice(headerEnd + 1).replace(/^\n/, '').split('\0');
    for (let i = 0; i < tokens.length; i++) {
      const status = tokens[i];
      if (status === '') continue;
      const letter = status[0];
      if (letter === 'R' || letter === 'C') {
        const from = tokens[++i];
        const path = tokens[++i];
        // A copy leaves the source in place: for uploads it is an addition of the new path.
        if (letter === 'C') changes.push({ time, status: 'A', path });
        else changes.push({ time, status: 'R', path, from, similarity: Number(status.slice(1)) || 0 });
      } else {
        const path = tokens[++i];
        changes.push({ time, status: letter === 'A' ? 'A' : letter === 'D' ? 'D' : 'M', path });
      }
    }
  }
  // Stable sort keeps git's order inside a commit; `--reverse` output is already sorted.
  changes.sort((a, b) => a.time - b.time);
  return { changes, commits };
}

async function git(root: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', root, ...args], { maxBuffer: 1 << 30, encoding: 'utf8' });
  return stdout;
}

/** Why git history cannot be used at `root`, or null when it can. */
async function gitUnavailable(root: string): Promise<string | null> {
  let inside: string;
  try {
    inside = (await git(root, ['rev-parse', '--is-inside-work-tree'])).trim();
  } catch {
    return 'folder ini bukan repositori git (atau git tidak terpasang)';
  }
  if (inside !== 'true') return 'folder ini bukan repositori git';
  const shallow = (await git(root, ['rev-parse', '--is-shallow-repository'])).trim();
  if (shallow === 'true') {
    return 'repositori ini hasil shallow clone (riwayat git terpotong); jalankan `git fetch --unshallow` atau checkout dengan `fetch-depth: 0`';
  }
  return null;
}

/** Reads the changes under content/opd/ from git, or null with the reason when history is unusable. */
async function readGitHistory(root: string): Promise<{ changes: FileChange[]; commits: number } | string> {
  const reason = await gitUnavailable(root);
  if (reason) return reason;
  let output: string;
  try {
    output = await git(root, [
      '-c', 'core.quotePath=false',
      'log', '--first-parent', '--diff-merges=first-parent', '-M', '--name-status', '-z', '--relative',
      `--format=${RECORD}%ct`, '--', HISTORY_SCOPE,
    ]);
  } catch (error) {
    // A repository without any commit yet makes `git log` fail.
    return `riwayat git tidak dapat dibaca (${(error as Error).message.split('\n')[0]})`;
  }
  const parsed = parseGitLog(output);
  if (parsed.commits === 0) return `belum ada commit yang menyentuh ${HISTORY_SCOPE} (isi belum pernah di-commit)`;
  return parsed;
}

/** The fallback: every file counts as changed at the date written in it, else at its modification time. */
async function readFileDateHistory(root: string, paths: string[], contentDates: Map<string, number>): Promise<FileChange[]> {
  const changes = await Promise.all(
    paths.filter((p) => p.startsWith(HISTORY_SCOPE)).map(async (path) => {
      const time = contentDates.get(path) ?? (await stat(join(root, path))).mtimeMs;
      return { time, status: 'A' as const, path };
    }),
  );
  return changes.sort((a, b) => a.time - b.time);
}

/**
 * History of the content files at `root`. `paths` are the repository paths of the files in the tree now and
 * `contentDates` the dates written in them (src/compliance/content-dates.ts); both are used only by the fallback. When the git history only begins at or after `reportEnd` it says nothing
 * about the report week (e.g. the content was imported this week), so the fallback is used as well.
 */
export async function readHistory(root: string, paths: string[], reportEnd = Infinity, contentDates = new Map<string, number>()): Promise<History> {
  let gitHistory = await readGitHistory(root);
  if (typeof gitHistory !== 'string' && gitHistory.changes[0].time >= reportEnd) {
    gitHistory = `riwayat git di ${HISTORY_SCOPE} baru dimulai ${wibIso(new Date(gitHistory.changes[0].time))}, sesudah minggu laporan`;
  }
  if (typeof gitHistory !== 'string') return { source: 'git', perkiraan: false, ...gitHistory };
  return {
    source: 'berkas',
    perkiraan: true,
    warning: `Riwayat git tidak tersedia: ${gitHistory}. Angka unggahan dan kebaruan DIPERKIRAKAN dari tanggal yang ditulis di berkas (tanggal/diperbarui, atau tanggal modifikasi) dan tidak dapat dipercaya sepenuhnya.`,
    changes: await readFileDateHistory(root, paths, contentDates),
    commits: 0,
  };
}
