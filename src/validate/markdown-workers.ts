/**
 * The worker threads of markdown-pool.ts, each parsing one body at a time under a time budget. Parsers have
 * quadratic paths that no pre-scan foresees (measured with micromark, which the workers used before satteri: 30,000
 * `*a` pairs took ~20 s, a 100,000-row table ~20 s; satteri's is character references, markdown-parser-native.ts); a
 * worker can be stopped, the main thread cannot. A body over budget is refused (`slow`) and its worker replaced.
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

interface Slot {
  worker?: Worker;
  /** Resolves false when the worker cannot start (then bodies are parsed inline, without a budget). */
  ready: Promise<boolean>;
}

export function spawn(): Slot {
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

export const slots: Slot[] = [];
/** Each slot's last job (kept across replaced workers): one body at a time, or a queued one would be timed while another is parsed. */
const chains: Promise<unknown>[] = [];

/** One core is left to the main thread (it runs the other rules meanwhile); each worker holds its own parser. */
export const MAX_WORKERS = Math.max(1, Math.min(2, availableParallelism() - 1));
/** A second worker starts only when this many long bodies wait (a large tree), not for a handful. */
export const BACKLOG_FOR_SECOND = 8;

async function parseNow(index: number, body: string, budgetMs: number, render?: RenderOptions): Promise<MarkdownFacts> {
  const { worker, ready } = slots[index];
  if (!worker || !(await ready)) return factsAndPage(body, render);
  return new Promise((resolve) => {
    const done = (result: MarkdownFacts, replace: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError);
      if (replace) {
        void worker.terminate();
        slots[index] = spawn();
      }
      resolve(result);
    };
    const onMessage = (result: MarkdownFacts) => done(result, false);
    const onError = () => done({ ok: false, line: 1, reason: 'slow' }, true);
    // The timer also keeps the event loop alive while the unref'd worker works.
    const timer = setTimeout(onError, budgetMs);
    worker.on('message', onMessage).on('error', onError);
    worker.postMessage({ body, render });
  });
}

/** Parses (and with `render`, renders) in worker `index` once its previous job is done (the budget runs from when the worker gets the body). */
export function parseIn(index: number, body: string, budgetMs: number, render?: RenderOptions): Promise<MarkdownFacts> {
  const job = (chains[index] ?? Promise.resolve()).then(() => parseNow(index, body, budgetMs, render));
  chains[index] = job;
  return job;
}

