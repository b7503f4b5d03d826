/**
 * Runs one command and measures it: wall time, CPU of the whole process tree, peak RSS of the tree (sampled
 * every 100 ms). The command runs in its own process group so that a timeout ends exactly the processes it
 * started, nothing else on the machine.
 */
import { spawn } from 'node:child_process';
import { CLK_TCK, readProcTable, reapedChildrenTicks, treeOf } from './proc.ts';

export interface Measurement {
  wallMs: number;
  /** user + sys of the tree, from the reaped children's times (what /usr/bin/time reports). */
  cpuMs: number;
  /** user + sys summed over every process seen while sampling (a check on cpuMs: orphans are not reaped by us). */
  cpuSampledMs: number;
  peakRssBytes: number;
  exitCode: number | null;
  timedOut: boolean;
  /** Last lines of output, for error messages. */
  tail: string;
}

export interface MeasureOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Print the command's output while it runs. */
  echo?: boolean;
}

const SAMPLE_MS = 100;

export async function measure(command: string, args: string[], options: MeasureOptions): Promise<Measurement> {
  const ticksBefore = reapedChildrenTicks();
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk: Buffer) => {
    if (options.echo) process.stdout.write(chunk);
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let peak = 0;
  const lastTicks = new Map<number, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    const table = readProcTable();
    let rss = 0;
    for (const pid of treeOf(table, child.pid)) {
      const entry = table.get(pid)!;
      rss += entry.rssBytes;
      lastTicks.set(pid, entry.ticks);
    }
    peak = Math.max(peak, rss);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  let timedOut = false;
  const killer = options.timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        // Negative pid: the command's own process group (detached above), i.e. only what this run started.
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      }, options.timeoutMs)
    : undefined;
  const exitCode = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done(code));
  });
  clearInterval(timer);
  if (killer) clearTimeout(killer);
  const wallMs = performance.now() - started;
  const ticks = reapedChildrenTicks() - ticksBefore;
  const sampled = [...lastTicks.values()].reduce((a, b) => a + b, 0);
  return { wallMs, cpuMs: (ticks * 1000) / CLK_TCK, cpuSampledMs: (sampled * 1000) / CLK_TCK, peakRssBytes: peak, exitCode, timedOut, tail };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Summary {
  runs: number;
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  wallMsAll: number[];
  ok: boolean;
  /** Exit code of the last run (validate: 0 no errors, 1 content errors). */
  exitCode: number | null;
  error?: string;
}

/** `runs` measurements of the same command; medians of each figure (peak memory: the median of the peaks). */
export async function measureRuns(runs: number, command: string, args: string[], options: MeasureOptions, okCodes = [0]): Promise<Summary> {
  const all: Measurement[] = [];
  for (let i = 0; i < runs; i++) {
    const m = await measure(command, args, options);
    all.push(m);
    if (m.timedOut || !okCodes.includes(m.exitCode ?? -1)) {
      return { runs: all.length, wallMs: m.wallMs, cpuMs: m.cpuMs, peakRssBytes: m.peakRssBytes, wallMsAll: all.map((x) => x.wallMs), ok: false, exitCode: m.exitCode, error: m.timedOut ? `timeout after ${Math.round(m.wallMs / 1000)} s` : `exit ${m.exitCode}: ${m.tail.slice(-800)}` };
    }
  }
  return {
    runs, ok: true, exitCode: all.at(-1)!.exitCode,
    wallMs: median(all.map((m) => m.wallMs)),
    cpuMs: median(all.map((m) => Math.max(m.cpuMs, m.cpuSampledMs))),
    peakRssBytes: median(all.map((m) => m.peakRssBytes)),
    wallMsAll: all.map((m) => m.wallMs),
  };
}
