/**
 * Worker thread of src/site/bodies.ts: renders the markdown bodies it is given with the site's one sanitizing
 * renderer (src/lib/render.ts), in batches, while the build's main thread is busy preparing routes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderMarkdown } from '../lib/render.ts';
import type { BodyRequest } from './bodies.ts';

/** Results per message: small enough that the first pages need not wait, large enough to keep messages few. */
const BATCH = 100;

const { requests } = workerData as { requests: BodyRequest[] };
let batch: [string, string][] = [];
for (const r of requests) {
  batch.push([r.key, renderMarkdown(r.body, r.options)]);
  if (batch.length === BATCH) {
    parentPort!.postMessage(batch);
    batch = [];
  }
}
parentPort!.postMessage(batch);
