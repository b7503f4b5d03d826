/**
 * Markdown bodies as sanitized HTML, rendered once per build and entry (src/lib/render.ts does the rendering and
 * the sanitizing). Pages ask for an entry's body by its path and never render markdown themselves, so a body shown
 * on several pages is parsed once.
 *
 * In `npm run build` most bodies come ready: the build's validation renders each body it parses from that same parse
 * and files the HTML in the content cache (src/validate/markdown-render.ts), so a body is parsed once per build, not
 * once for its checks and again for its page. The rest (all of them when the cache is off) are rendered ahead,
 * outside the pages: as soon as the model is loaded, a worker
 * thread (render-worker.ts) renders them on the second core, pulling small batches from a queue kept here in the
 * order Astro generates the routes. A page whose body the worker has not taken yet renders it on Astro's thread
 * instead of waiting behind thousands of others (a five-years build spent 33 s with /halaman/ waiting for the
 * news bodies), so both cores render, and no body is rendered twice.
 * Without the worker (tests, `astro dev`) a body is rendered when first asked for.
 */
import { Worker } from 'node:worker_threads';
import type { ContentModel, Entry } from '../content/model.ts';
import { optionsKey, renderMarkdown, type RenderOptions } from '../lib/render.ts';
import { pageKey } from '../validate/markdown-render.ts';

export interface BodySource {
  /** Repository path of the entry: the cache key. */
  path: string;
  body: string;
}

/** What the worker renders: a body under its cache key. */
export interface BodyRequest {
  key: string;
  body: string;
  options: RenderOptions;
}

/** Set by scripts/build.ts for Astro's stage: the worker script (an absolute path to render-worker.ts). */
export const BODY_WORKER_ENV = 'PPID_BODY_WORKER';

/** Below this many bodies, starting a thread (and loading the renderer twice) costs more than it saves. */
const WORKER_MIN_BODIES = 1000;
/**
 * Bodies per batch handed to the worker: small, so that a page finds its body still in the queue rather than
 * in a batch it must wait for; two batches are handed ahead so that the worker never idles while Astro's thread
 * is busy with a page and cannot answer.
 */
const BATCH = 20;
const BATCHES_AHEAD = 2;

const rendered = new Map<string, string>();
/** Bodies waiting for the worker, by key, in queue order (a Map keeps insertion order). */
const queued = new Map<string, BodyRequest>();
/** Bodies in a batch the worker has taken. */
const inWorker = new Map<string, { request: BodyRequest; promise: Promise<string>; done: (html: string) => void }>();
let renderCount = 0;

function keyOf(path: string, options: RenderOptions): string {
  return `${path}\u0000${optionsKey(options)}`;
}

function renderNow(key: string, body: string, options: RenderOptions): string {
  const html = renderMarkdown(body, options);
  renderCount++;
  rendered.set(key, html);
  return html;
}

/** The HTML of an entry's body ('' for an empty body); `options` are part of the key (a heading offset changes the HTML). */
export async function bodyHtml(entry: BodySource, options: RenderOptions = {}): Promise<string> {
  const key = keyOf(entry.path, options);
  const done = rendered.get(key) ?? inWorker.get(key)?.promise;
  if (done !== undefined) return done;
  // Still queued (or never asked for): this thread renders it now and the worker will not.
  queued.delete(key);
  return renderNow(key, entry.body, options);
}

/** Number of bodies rendered so far in this thread (tests). */
export function renderedCount(): number {
  return renderCount;
}

/**
 * Every body the pages show, with the options the pages pass (a mismatch only costs a render on the page), in
 * the order Astro generates their routes (alphabetical: /halaman/, then /opd/<opd>/berita, dokumen, informasi
 * and the OPD profile pages).
 */
export function bodyRequestsOf(model: ContentModel): { entry: Entry<unknown>; options: RenderOptions }[] {
  const withOpd = (e: Entry<unknown>) => ({ entry: e, options: { opd: e.opd } });
  return [
    ...model.halaman.map((e) => ({ entry: e, options: {} })),
    ...model.berita.map(withOpd),
    ...model.dokumen.map(withOpd),
    ...model.informasi.filter((e) => e.data.kategori !== 'dikecualikan').map(withOpd),
    // An OPD's "tugas dan fungsi" sits under an <h3> of its page.
    ...[...model.opds.values()].map((e) => ({ entry: e, options: { opd: e.opd, headingOffset: 2 } })),
  ];
}

/** Moves the next batch of still-queued bodies to `inWorker` and returns it (empty: the queue is done). */
function takeBatch(): BodyRequest[] {
  const batch: BodyRequest[] = [];
  for (const [key, request] of queued) {
    queued.delete(key);
    let done!: (html: string) => void;
    const promise = new Promise<string>((resolve) => (done = resolve));
    inWorker.set(key, { request, promise, done });
    batch.push(request);
    if (batch.length === BATCH) break;
  }
  return batch;
}

/** Takes the page HTML the build's validation filed in the content cache; returns how many bodies it had. */
async function takeValidatedPages(model: ContentModel, wanted: ReturnType<typeof bodyRequestsOf>): Promise<number> {
  const pack = await model.tree.cache?.pack<string>('html');
  if (!pack) return 0;
  let count = 0;
  for (const { entry, options } of wanted) {
    const hash = model.tree.hashes.get(entry.path);
    const html = hash === undefined ? undefined : pack.get(pageKey(hash, options));
    if (html === undefined) continue;
    rendered.set(keyOf(entry.path, options), html);
    count++;
  }
  return count;
}

/**
 * Readies the model's bodies: those the validation rendered come from the cache; the others are rendered ahead in
 * a worker thread when the build asked for it (BODY_WORKER_ENV) and they are many. Returns the number taken from the cache.
 */
export async function prerenderBodies(model: ContentModel, minBodies = WORKER_MIN_BODIES): Promise<number> {
  const wanted = bodyRequestsOf(model);
  const fromCache = await takeValidatedPages(model, wanted);
  const script = process.env[BODY_WORKER_ENV];
  if (!script) return fromCache;
  for (const { entry, options } of wanted) {
    const key = keyOf(entry.path, options);
    if (entry.body.trim() && !rendered.has(key) && !inWorker.has(key)) queued.set(key, { key, body: entry.body, options });
  }
  if (queued.size < minBodies) {
    queued.clear(); // rendered by the pages that ask for them
    return fromCache;
  }
  const worker = new Worker(script);
  // Each delivered batch asks for the next one; an empty batch tells the worker to end.
  worker.on('message', (batch: [string, string][]) => {
    for (const [key, html] of batch) {
      rendered.set(key, html);
      inWorker.get(key)?.done(html);
      inWorker.delete(key);
    }
    worker.postMessage(takeBatch());
  });
  for (let i = 0; i < BATCHES_AHEAD; i++) worker.postMessage(takeBatch());
  // A worker that fails leaves nothing unrendered: what it took and did not deliver is rendered here (what is
  // still queued is rendered by the page that asks for it).
  const finish = () => {
    for (const [key, { request, done }] of inWorker) done(renderNow(key, request.body, request.options));
    inWorker.clear();
  };
  worker.on('error', finish);
  worker.on('exit', finish);
  // Never unref the worker: a page awaiting a body it has not delivered yet holds no other handle, and an unref'd
  // worker would let the event loop drain and the process exit mid-build (exit 13, "unsettled top-level await").
  // The thread ends by itself once it is handed an empty batch.
  return fromCache;
}
