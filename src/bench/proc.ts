/**
 * Process-tree figures from Linux /proc: resident memory of a process and all its descendants, and CPU time.
 * `/usr/bin/time` reports only the largest single process's RSS, but a build is a tree (npm → node → Astro,
 * the validator, the Pagefind binary), so the peak is sampled as the sum over the tree.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux defaults (getconf CLK_TCK, PAGESIZE) on the x86-64 and arm64 machines this runs on. */
export const CLK_TCK = 100;
export const PAGE_SIZE = 4096;

export interface ProcEntry {
  ppid: number;
  rssBytes: number;
  /** utime + stime of the process itself, in clock ticks. */
  ticks: number;
}

/** Fields after the command name (which may contain spaces and parentheses). */
function statFields(text: string): string[] {
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/** Every process visible now, by pid; processes that vanish while reading are skipped. */
export function readProcTable(): Map<number, ProcEntry> {
  const table = new Map<number, ProcEntry>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const f = statFields(readFileSync(`/proc/${name}/stat`, 'utf8'));
      // f[1] ppid, f[11] utime, f[12] stime, f[21] rss (pages): proc(5) fields 4, 14, 15, 24.
      table.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), rssBytes: Number(f[21]) * PAGE_SIZE });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table;
}

/** `root` and all its descendants present in the table. */
export function treeOf(table: Map<number, ProcEntry>, root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, entry] of table) children.set(entry.ppid, [...(children.get(entry.ppid) ?? []), pid]);
  const out: number[] = [];
  const stack = table.has(root) ? [root] : [];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * CPU ticks (user + system) of this process's reaped children and their reaped descendants (cutime + cstime):
 * the difference around one command is the CPU of its whole tree, as `/usr/bin/time` would report it.
 */
export function reapedChildrenTicks(): number {
  const f = statFields(readFileSync('/proc/self/stat', 'utf8'));
  return Number(f[13]) + Number(f[14]);
}
