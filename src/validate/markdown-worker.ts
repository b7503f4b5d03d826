/**
 * The worker side of markdown-workers.ts: parses one body per message and answers its facts. Before each body it
 * marks in shared memory which one and since when, for the watchdog that may stop it at any time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RenderOptions } from '../lib/render.ts';
import { factsAndPage } from './markdown-render.ts';
import type { Progress } from './markdown-workers.ts';

const { ids, base } = workerData as Progress;

parentPort?.on('message', ({ id, body, render }: { id: number; body: string; render?: RenderOptions }) => {
  const started = Date.now();
  Atomics.store(ids, 1, started - base);
  Atomics.store(ids, 0, id);
  const facts = factsAndPage(body, render);
  Atomics.store(ids, 0, -1);
  parentPort?.postMessage({ id, facts, ms: Date.now() - started });
});
parentPort?.postMessage('ready');
