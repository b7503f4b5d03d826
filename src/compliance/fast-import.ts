/**
 * Writing a git history with chosen commit times in one `git fast-import` process: used by the sample
 * history replay (scripts/replay-history.ts) and the benchmark (scripts/bench-report.ts), where thousands
 * of `git commit` processes would be too slow. Never used on the real repository.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';

export interface Person {
  name: string;
  email: string;
}

export type FileOp =
  | { op: 'write'; path: string; content: string | Uint8Array }
  | { op: 'delete'; path: string }
  | { op: 'rename'; from: string; path: string };

export interface CommitSpec {
  /** Committer (and author) time, epoch ms. */
  time: number;
  author: Person;
  message: string;
  ops: FileOp[];
  /** Branch to commit on (default `main`). */
  branch?: string;
  /** Mark of the parent commit (default: the branch's previous commit). */
  from?: number;
  /** Mark of a second parent: makes a merge commit. */
  merge?: number;
}

/** A repository path as a C-style quoted fast-import path (handles spaces, quotes, brackets). */
function quotePath(path: string): string {
  if (path.startsWith('/') || path.split('/').includes('..') || /[\0\n]/.test(path)) throw new Error(`unsupported path for fast-import: ${path}`);
  return `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A running `git fast-import` into the repository at `dir` (which must already be `git init`-ed). */
export class FastImport {
  private child: ChildProcessWithoutNullStreams;
  private nextMark = 1;
  private exit: Promise<unknown>;
  private stderr = '';

  constructor(dir: string) {
    this.child = spawn('git', ['-C', dir, 'fast-import', '--quiet', '--done'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
    this.exit = once(this.child, 'close');
  }

  private async write(data: string | Uint8Array): Promise<void> {
    if (!this.child.stdin.write(data)) await once(this.child.stdin, 'drain');
  }

  private async writeData(content: string | Uint8Array): Promise<void> {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    await this.write(`data ${bytes.length}\n`);
    await this.write(bytes);
    await this.write('\n');
  }

  /** Adds a commit and returns its mark (usable as `from`/`merge` of later commits). */
  async commit(spec: CommitSpec): Promise<number> {
    const mark = this.nextMark++;
    const seconds = Math.floor(spec.time / 1000);
    const who = `${spec.author.name} <${spec.author.email}> ${seconds} +0700`;
    await this.write(`commit refs/heads/${spec.branch ?? 'main'}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\n`);
    await this.writeData(spec.message);
    if (spec.from !== undefined) await this.write(`from :${spec.from}\n`);
    if (spec.merge !== undefined) await this.write(`merge :${spec.merge}\n`);
    for (const op of spec.ops) {
      if (op.op === 'delete') await this.write(`D ${quotePath(op.path)}\n`);
      else if (op.op === 'rename') await this.write(`R ${quotePath(op.from)} ${quotePath(op.path)}\n`);
      else {
        await this.write(`M 100644 inline ${quotePath(op.path)}\n`);
        await this.writeData(op.content);
      }
    }
    await this.write('\n');
    return mark;
  }

  /** Stops the import without finishing it (after an error on our side). */
  abort(): void {
    this.child.kill();
  }

  /** Finishes the import; rejects with git's message when it failed. */
  async done(): Promise<void> {
    await this.write('done\n');
    this.child.stdin.end();
    const [code] = (await this.exit) as [number | null];
    if (code !== 0) throw new Error(`git fast-import gagal (${code}): ${this.stderr.trim()}`);
  }
}
