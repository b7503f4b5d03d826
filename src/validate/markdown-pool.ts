/**
 * Parses long markdown bodies in worker threads, each under a time budget. micromark has quadratic paths
 * that no pre-scan foresees (measured: 30,000 `*a` pairs take ~20 s, a 100,000-row table ~20 s); a worker
 * can be stopped, the main thread cannot. A body over budget is refused (`slow`), its worker replaced, and
 * the rest goes on, so one file delays CI by its budget at most. Short bodies are parsed inline (see
 * INLINE_MAX_CHARS). Used by validateRepo (the CLI, CI); callers inside Astro (the compliance pages)
 * validate content CI has already passed and parse everything inline.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../content/source.ts';
import { parseMarkdownSafely, type ParsedMarkdown } from './markdown-guard.ts';

/** Honest prose parses at ~2 ms per KB; the budget leaves 5x headroom for a busy CI runner. */
export interface Budget {
  baseMs: number;
  perKbMs: number;
}
export const DEFAULT_BUDGET: Budget = { baseMs: 3000, perKbMs: 10 };

interface Slot {
  worker?: Worker;
  /** Resolves false when the worker cannot start (then bodies are parsed inline, without a budget). */
  ready: Promise<boolean>;
}

function spawn(): Slot {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./markdown-worker.ts', import.meta.url));
  } catch {
    return { ready: Promise.resolve(false) };
  }
  // Kept between calls (tests validate hundreds of trees) but never keeps the process alive.
  worker.unref();
  // An idle worker's error must not become an uncaught exception of the validator.
  worker.on('error', () => undefined);
  const ready = new Promise<boolean>((resolve) => {
    worker.once('message', () => resolve(true));
    worker.once('error', () => resolve(false));
  });
  return { worker, ready };
}

const slots: Slot[] = [];
/** Each slot's last job (kept across replaced workers): one body at a time, or a queued one would be timed while another is parsed. */
const chains: Promise<unknown>[] = [];

/** One core is left to the main thread (it runs the other rules meanwhile); each worker holds its own parser. */
const MAX_WORKERS = Math.max(1, Math.min(2, availableParallelism() - 1));
/** A second worker starts only when this many long bodies wait (a large tree), not for a handful. */
const BACKLOG_FOR_SECOND = 8;

async function parseNow(index: number, body: string, budgetMs: number): Promise<ParsedMarkdown> {
  const { worker, ready } = slots[index];
  if (!worker || !(await ready)) return parseMarkdownSafely(body);
  return new Promise((resolve) => {
    const done = (result: ParsedMarkdown, replace: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError);
      if (replace) {
        void worker.terminate();
        slots[index] = spawn();
      }
      resolve(result);
    };
    const onMessage = (result: ParsedMarkdown) => done(result, false);
    const onError = () => done({ ok: false, line: 1, reason: 'slow' }, true);
    // The timer also keeps the event loop alive while the unref'd worker works.
    const timer = setTimeout(onError, budgetMs);
    worker.on('message', onMessage).on('error', onError);
    worker.postMessage(body);
  });
}

function parseIn(index: number, body: string, budgetMs: number): Promise<ParsedMarkdown> {
  const job = (chains[index] ?? Promise.resolve()).then(() => parseNow(index, body, budgetMs));
  chains[index] = job;
  return job;
}

export interface ParseStream {
  /** Queues a source (ignored unless it is markdown with a long body); a free worker starts on it at once. */
  add(source: SourceFile): void;
  /** Resolves with every added body parsed, by path. */
  done(): Promise<Map<string, ParsedMarkdown>>;
}

/**
 * Bodies up to this many characters are parsed inline, on first use: the worst cases measured at this size
 * (runs of `*` or `_`, setext headings, all quadratic) stay under 0.5 s, far below a worker's budget, and a
 * regency's pages are shorter, so the usual run never pays the ~0.3 s of CPU a worker costs to start.
 */
export const INLINE_MAX_CHARS = 4096;

/** Parses the long bodies as they are added, overlapping the reading of the tree and the other rules. */
export function parseStream(budget: Budget = DEFAULT_BUDGET): ParseStream {
  const queue: SourceFile[] = [];
  const waiting: (() => void)[] = [];
  const results = new Map<string, ParsedMarkdown>();
  const loops: Promise<void>[] = [];
  let closed = false;
  const next = async (): Promise<SourceFile | undefined> => {
    while (queue.length === 0 && !closed) await new Promise<void>((wake) => waiting.push(wake));
    return queue.shift();
  };
  const work = async (index: number) => {
    for (let source = await next(); source; source = await next()) {
      results.set(source.path, await parseIn(index, source.body, budget.baseMs + (budget.perKbMs * source.body.length) / 1024));
    }
  };
  const workers = (count: number) => {
    while (loops.length < count) {
      if (slots.length <= loops.length) slots.push(spawn());
      loops.push(work(loops.length));
    }
  };
  return {
    add(source) {
      if (!source.path.endsWith('.md') || source.body.length <= INLINE_MAX_CHARS || source.body.trim() === '') return;
      queue.push(source);
      // Started by the first long body only: a tree of short pages never pays for a worker.
      workers(queue.length >= BACKLOG_FOR_SECOND ? MAX_WORKERS : 1);
      waiting.shift()?.();
    },
    async done() {
      closed = true;
      for (const wake of waiting.splice(0)) wake();
      await Promise.all(loops);
      return results;
    },
  };
}

/** Parses every long markdown body of `sources` in the workers, by path (short ones are left to ctx.markdown). */
export function parseBodies(sources: Iterable<SourceFile>, budget: Budget = DEFAULT_BUDGET): Promise<Map<string, ParsedMarkdown>> {
  const stream = parseStream(budget);
  for (const source of sources) stream.add(source);
  return stream.done();
}
