/**
 * The worker threads of markdown-pool.ts, parsing bodies under a time budget each. Parsers have quadratic paths that
 * no pre-scan foresees (measured with micromark, which the workers used before satteri: 30,000 `*a` pairs took
 * ~20 s, a 100,000-row table ~20 s; satteri's is character references, markdown-parser-native.ts); a worker can be
 * stopped, the main thread cannot. A body over budget is refused (`slow`) and its worker replaced.
 *
 * A worker holds a few bodies at a time (WINDOW), so that it never waits for the main thread, busy reading the tree,
 * to hand it the next one: one body per round trip left the worker idle 80% of a cold run over five years. The budget
 * therefore runs from when the worker starts a body, which it marks in shared memory; a watchdog on the main thread
 * reads that mark, so a stuck worker is stopped however late the main thread answers messages.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderOptions } from '../lib/render.ts';
import type { MarkdownFacts } from './markdown-facts.ts';
import { factsAndPage } from './markdown-render.ts';

/** Honest prose parses and renders at ~0.1 ms per KB (micromark: ~1 ms); the budget leaves wide headroom for a busy CI runner. */
export interface Budget {
  baseMs: number;
  perKbMs: number;
}
export const DEFAULT_BUDGET: Budget = { baseMs: 3000, perKbMs: 10 };

/** Bodies a worker holds at once: enough for ~20 ms of work while the main thread is busy. */
export const WINDOW = 16;
/** How often the watchdog looks at the workers' marks. */
const WATCH_MS = 50;

/** What a worker is doing, in shared memory: the job's id (-1: none) and when it started (ms since `base`). */
export interface Progress {
  ids: Int32Array;
  base: number;
}

interface Job {
  id: number;
  body: string;
  render?: RenderOptions;
  budgetMs: number;
  settle(facts: MarkdownFacts): void;
}

interface Slot {
  worker?: Worker;
  /** Resolves false when the worker cannot start (then bodies are parsed inline, without a budget). */
  ready: Promise<boolean>;
  progress: Progress;
  /** Jobs posted to this worker and not answered yet. */
  jobs: Map<number, Job>;
}

export const slots: Slot[] = [];
let nextId = 0;
/** Jobs not settled yet, including those waiting for a worker to start: the watchdog keeps the process alive for them. */
let unsettled = 0;
let watchdog: ReturnType<typeof setInterval> | undefined;

const SLOW: MarkdownFacts = { ok: false, line: 1, reason: 'slow' };

export function spawn(): Slot {
  const progress: Progress = { ids: new Int32Array(new SharedArrayBuffer(8)), base: Date.now() };
  progress.ids[0] = -1;
  const slot: Slot = { ready: Promise.resolve(false), progress, jobs: new Map() };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./markdown-worker.ts', import.meta.url), { workerData: progress });
  } catch {
    return slot;
  }
  slot.worker = worker;
  let started = false;
  slot.ready = new Promise<boolean>((resolve) => {
    worker.once('message', () => resolve((started = true)));
    worker.once('error', () => resolve(false));
  });
  worker.on('message', (message: { id: number; facts: MarkdownFacts; ms: number } | 'ready') => {
    if (message === 'ready') return;
    const job = slot.jobs.get(message.id);
    // Over budget but finished between two looks of the watchdog: refused all the same, so that the verdict never
    // depends on when the watchdog looked.
    if (job) settle(slot, job, message.ms > job.budgetMs ? SLOW : message.facts);
  });
  // A crash must not become an uncaught exception of the validator. A worker that crashed at work is replaced; one
  // that never started is not (another would fail the same way): its slot parses inline (post).
  worker.on('error', () => {
    if (started) replace(slot);
  });
  // Kept between calls (tests validate hundreds of trees) but never keeps the process alive: the watchdog does, while
  // jobs wait. After the listeners: adding a 'message' listener refs the worker again.
  worker.unref();
  return slot;
}

function settle(slot: Slot, job: Job, facts: MarkdownFacts): void {
  slot.jobs.delete(job.id);
  job.settle(facts);
}

/** Stops the slot's worker: its current job is refused as slow, the others go to a new worker. */
function replace(slot: Slot): void {
  const index = slots.indexOf(slot);
  if (index < 0) return;
  const current = slot.jobs.get(Atomics.load(slot.progress.ids, 0));
  if (current) settle(slot, current, SLOW);
  void slot.worker?.terminate();
  slots[index] = spawn();
  for (const job of slot.jobs.values()) void post(slots[index], job);
  slot.jobs.clear();
}

function watch(): void {
  const now = Date.now();
  for (const slot of [...slots]) {
    const job = slot.jobs.get(Atomics.load(slot.progress.ids, 0));
    if (job && now - slot.progress.base - Atomics.load(slot.progress.ids, 1) > job.budgetMs) replace(slot);
  }
}

async function post(slot: Slot, job: Job): Promise<void> {
  if (!slot.worker || !(await slot.ready)) {
    job.settle(factsAndPage(job.body, job.render));
    return;
  }
  slot.jobs.set(job.id, job);
  slot.worker.postMessage({ id: job.id, body: job.body, render: job.render });
}

/** One core is left to the main thread (it runs the other rules meanwhile); each worker holds its own parser. */
export const MAX_WORKERS = Math.max(1, Math.min(2, availableParallelism() - 1));
/** A second worker starts only when this many long bodies wait (a large tree), not for a handful. */
export const BACKLOG_FOR_SECOND = 8;

/** Parses (and with `render`, renders) `body` in worker `index`; the budget runs from when the worker starts it. */
export function parseIn(index: number, body: string, budgetMs: number, render?: RenderOptions): Promise<MarkdownFacts> {
  // The workers are unref'd: without a ref'd timer from here on, the process would exit while a worker starts.
  unsettled++;
  watchdog ??= setInterval(watch, WATCH_MS);
  return new Promise<MarkdownFacts>((resolve) => {
    const settle = (facts: MarkdownFacts) => {
      if (--unsettled === 0) {
        clearInterval(watchdog);
        watchdog = undefined;
      }
      resolve(facts);
    };
    void post(slots[index], { id: nextId++, body, render, budgetMs, settle });
  });
}
