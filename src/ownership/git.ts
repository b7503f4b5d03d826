/**
 * Reading the repository for the ownership check. Every listing uses `-z`: without it git quotes unusual
 * file names (`á` becomes `"\303\241"`, see core.quotePath in git-config(1)), and a quoted name no longer
 * starts with `content/opd/<opd>/`, so it would be judged as someone else's file.
 */
import { execFileSync } from 'node:child_process';
import { editorsOf, profilePath } from './ownership.ts';
import { holdsEditorList, sameEditors, type CommitChange } from './judge.ts';
import { harvestablePaths } from './harvest.ts';
import { classifyPath } from '../content/paths.ts';

export class Git {
  /** `cwd`: the repository; `remote`: where to fetch commits that are missing locally (force-pushed states). */
  readonly cwd: string;
  readonly remote: string;
  constructor(cwd: string = process.cwd(), remote = 'origin') {
    this.cwd = cwd;
    this.remote = remote;
  }

  run(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  }

  private tryRun(...args: string[]): string | undefined {
    try {
      return this.run(...args);
    } catch {
      return undefined;
    }
  }

  /** Full SHA of a commit-ish; throws when it does not name a commit. */
  commit(rev: string): string {
    return this.run('rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`).trim();
  }

  /** Makes sure a commit is present, fetching it by SHA from the remote when it is not (GitHub serves them). */
  ensure(sha: string): void {
    if (this.tryRun('cat-file', '-e', `${sha}^{commit}`) !== undefined) return;
    this.tryRun('fetch', '--no-tags', '--quiet', this.remote, sha);
    if (this.tryRun('cat-file', '-e', `${sha}^{commit}`) === undefined) throw new Error(`commit ${sha.slice(0, 10)} tidak tersedia`);
  }

  /** `ancestor` is reachable from `descendant` (or equal). */
  isAncestor(ancestor: string, descendant: string): boolean {
    this.ensure(descendant);
    try {
      execFileSync('git', ['merge-base', '--is-ancestor', ancestor, descendant], { cwd: this.cwd, stdio: 'ignore' });
      return true;
    } catch (error) {
      if ((error as { status?: number }).status === 1) return false;
      throw new Error(`git merge-base gagal untuk ${descendant.slice(0, 10)}`);
    }
  }

  /** Commits reachable from `head` but not from `base`, oldest first: everything the request adds. */
  commitsBetween(base: string, head: string): string[] {
    return this.run('rev-list', '--reverse', head, '--not', base).split('\n').filter(Boolean);
  }

  private parents(sha: string): string[] {
    return this.run('rev-list', '--parents', '-n', '1', sha).trim().split(' ').slice(1);
  }

  /** Text of a file at a revision, or undefined when the file does not exist there. */
  read(rev: string, path: string): string | undefined {
    const entry = this.run('ls-tree', '-z', rev, '--', path).split('\0').find(Boolean);
    if (!entry || !/^100\d{3} blob /.test(entry)) return undefined;
    return this.run('cat-file', 'blob', entry.split(/\s/)[2]);
  }

  /**
   * What one commit changes. `-c` lists, for a merge, only the paths that differ from every parent: a path
   * taken unchanged from one side was changed by a commit on that side, which is judged itself.
   * `--no-renames`: a rename counts for both the old and the new path.
   */
  change(sha: string): CommitChange {
    const files = this.run('diff-tree', '-r', '-c', '--root', '--no-commit-id', '--no-renames', '--name-only', '-z', sha).split('\0').filter(Boolean);
    const unique = [...new Set(files)];
    const parents = this.parents(sha);
    const editorChanges = unique.filter(holdsEditorList).filter((path) => {
      const list = (rev: string) => {
        const text = this.read(rev, path);
        return text === undefined ? [] : editorsOf(path, text);
      };
      const mine = list(sha);
      // Changed when it differs from every parent (a root commit compares with "no file": no editors).
      return parents.length === 0 ? !sameEditors(mine, []) : parents.every((p) => !sameEditors(mine, list(p)));
    });
    // A frozen archive may be added once; changing or deleting one a parent had is a rewrite.
    const archiveRewrites = unique.filter((path) => classifyPath(path).kind === 'arsip-dip' && parents.some((p) => this.read(p, path) !== undefined));
    return { sha, files: unique, editorChanges, harvestable: harvestablePaths(unique, sha, parents, (rev, path) => this.read(rev, path)), archiveRewrites };
  }

  /** Paths of gitlinks (mode 160000, i.e. submodules) under `dir` at a revision. */
  gitlinks(rev: string, dir = 'content/'): string[] {
    return this.run('ls-tree', '-r', '-z', '--full-tree', rev, '--', dir)
      .split('\0')
      .filter((entry) => entry.startsWith('160000 '))
      .map((entry) => entry.slice(entry.indexOf('\t') + 1));
  }

  /** `content/pemda.yaml` and every OPD profile at a revision: the rights as that revision grants them. */
  rightsSources(rev: string): { pemda: string; profiles: Map<string, string> } {
    const profiles = new Map<string, string>();
    for (const path of this.run('ls-tree', '-r', '-z', '--name-only', rev, '--', 'content/opd/').split('\0')) {
      const opd = /^content\/opd\/([^/]+)\/profil\.md$/.exec(path)?.[1];
      if (opd && path === profilePath(opd)) profiles.set(opd, this.read(rev, path) ?? '');
    }
    return { pemda: this.read(rev, 'content/pemda.yaml') ?? '', profiles };
  }
}
