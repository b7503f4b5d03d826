/**
 * Worker thread of src/site/bodies.ts: renders the batches of markdown bodies it is handed with the site's one
 * sanitizing renderer (src/lib/render.ts) and answers each with the HTML; an empty batch means the queue is done.
 */
import { parentPort } from 'node:worker_threads';
import { renderMarkdown } from '../lib/render.ts';
import type { BodyRequest } from './bodies.ts';

parentPort!.on('message', (batch: BodyRequest[]) => {
  if (batch.length === 0) parentPort!.close();
  else parentPort!.postMessage(batch.map((r): [string, string] => [r.key, renderMarkdown(r.body, r.options)]));
});
