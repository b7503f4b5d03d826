/**
 * Parses markdown bodies while the tree is read and the other rules run: long bodies in worker threads under a
 * time budget (markdown-workers.ts), so one hostile file delays CI by its budget at most. A worker sends back the
 * facts the rules need (markdown-facts.ts), not the syntax tree: a few hundred bytes to copy instead of the tree.
 * Used by validateRepo (the CLI, CI) for the bodies the content cache does not know; callers inside Astro (the
 * compliance pages) usually reuse the stored result (stored.ts), and otherwise parse inline.
 *
 * On a cold cache a large tree's short bodies are shared too: the worker takes them from the front of the queue
 * when it has no long body, and the main thread, once it needs the results, takes them from the back, so both
 * cores finish together instead of one idling (a five-year tree: ~25 s of parsing).
 */
import type { SourceFile } from '../content/source.ts';
import { renderOptionsFor } from '../lib/render.ts';
import type { MarkdownFacts } from './markdown-facts.ts';
import { factsAndPage } from './markdown-render.ts';
import { BACKLOG_FOR_SECOND, DEFAULT_BUDGET, MAX_WORKERS, WINDOW, parseIn, slots, spawn, type Budget } from './markdown-workers.ts';

export { DEFAULT_BUDGET, type Budget };

export interface ParseStream {
  /** Queues a markdown source (a short body only when shared); a free worker starts on it at once. */
  add(source: SourceFile): void;
  /** Resolves with every added body parsed, by path; the calling thread helps with the shared short bodies. */
  done(): Promise<Map<string, MarkdownFacts>>;
}

/**
 * Bodies up to this many characters are parsed inline, on first use: the worst cases measured at this size
 * (runs of `*` or `_`, setext headings, all quadratic) stay under 0.5 s, far below a worker's budget, and a
 * regency's pages are shorter, so the usual run never pays the ~0.3 s of CPU a worker costs to start.
 */
export const INLINE_MAX_CHARS = 4096;
/** Short bodies are worth a worker only by the hundreds (a cold cache of a large tree). */
const SHARED_BACKLOG = 256;

/**
 * `share`: also queue short bodies, for the worker to help with (validateRepo); else they are left to ctx.markdown.
 * `render`: also render each body for its page from the same parse (facts' `page`, markdown-render.ts).
 */
export function parseStream(budget: Budget = DEFAULT_BUDGET, share = false, render = false): ParseStream {
  const renderOf = (source: SourceFile) => (render ? renderOptionsFor(source.path) : undefined);
  const long: SourceFile[] = [];
  const short: SourceFile[] = [];
  const waiting: (() => void)[] = [];
  const results = new Map<string, MarkdownFacts>();
  const loops: Promise<void>[] = [];
  let closed = false;
  const next = async (): Promise<SourceFile | undefined> => {
    while (long.length === 0 && short.length === 0 && !closed) await new Promise<void>((wake) => waiting.push(wake));
    return long.shift() ?? short.shift();
  };
  // Each worker holds up to WINDOW bodies, so that it never waits for this thread to hand it the next one.
  const work = async (index: number) => {
    const held = new Set<Promise<void>>();
    for (let source = await next(); source; source = await next()) {
      const { path, body } = source;
      const job: Promise<void> = parseIn(index, body, budget.baseMs + (budget.perKbMs * body.length) / 1024, renderOf(source)).then((facts) => {
        results.set(path, facts);
        held.delete(job);
      });
      held.add(job);
      if (held.size >= WINDOW) await Promise.race(held);
    }
    await Promise.all(held);
  };
  const workers = (count: number) => {
    while (loops.length < count) {
      if (slots.length <= loops.length) slots.push(spawn());
      loops.push(work(loops.length));
    }
  };
  return {
    add(source) {
      if (!source.path.endsWith('.md') || source.body.trim() === '') return;
      if (source.body.length > INLINE_MAX_CHARS) {
        long.push(source);
        // Started by the first long body: a tree of short pages never pays for a worker.
        workers(long.length >= BACKLOG_FOR_SECOND ? MAX_WORKERS : 1);
      } else if (share) {
        short.push(source);
        if (short.length >= SHARED_BACKLOG) workers(1);
      } else return;
      waiting.shift()?.();
    },
    async done() {
      closed = true;
      for (const wake of waiting.splice(0)) wake();
      // The main thread's share: short bodies from the back, yielding between them so that the workers get
      // their next bodies meanwhile (this thread hands them over).
      for (let source = short.pop(); source; source = short.pop()) {
        results.set(source.path, factsAndPage(source.body, renderOf(source)));
        await new Promise((resume) => setImmediate(resume));
      }
      await Promise.all(loops);
      return results;
    },
  };
}

/** Parses every long markdown body of `sources` in the workers, by path (short ones are left to ctx.markdown). */
export function parseBodies(sources: Iterable<SourceFile>, budget: Budget = DEFAULT_BUDGET): Promise<Map<string, MarkdownFacts>> {
  const stream = parseStream(budget);
  for (const source of sources) stream.add(source);
  return stream.done();
}
