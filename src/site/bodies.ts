/**
 * Markdown bodies as sanitized HTML, rendered once per build and entry (src/lib/render.ts does the rendering and
 * the sanitizing). Pages ask for an entry's body by its path and never render markdown themselves, so a body shown
 * on several pages is parsed once.
 *
 * In `npm run build` the bodies are rendered ahead, outside the pages: as soon as the model is loaded, a worker
 * thread (render-worker.ts) renders every body on the second core while Astro's main thread still prepares the
 * routes (tens of seconds at five years of content); a page then finds its body done, or waits for it.
 * Without the worker (tests, `astro dev`) a body is rendered when first asked for.
 */
import { Worker } from 'node:worker_threads';
import type { ContentModel, Entry } from '../content/model.ts';
import { renderMarkdown, type RenderOptions } from '../lib/render.ts';

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

const rendered = new Map<string, string>();
const pending = new Map<string, { body: string; options: RenderOptions; done: (html: string) => void; promise: Promise<string> }>();
let renderCount = 0;

function keyOf(path: string, options: RenderOptions): string {
  return `${path}\u0000${options.opd ?? ''}\u0000${options.headingOffset ?? 0}`;
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
  return rendered.get(key) ?? pending.get(key)?.promise ?? renderNow(key, entry.body, options);
}

/** Number of bodies rendered so far in this thread (tests). */
export function renderedCount(): number {
  return renderCount;
}

/** Every body the pages show, with the options the pages pass (a mismatch only costs a render on the page). */
export function bodyRequestsOf(model: ContentModel): { entry: Entry<unknown>; options: RenderOptions }[] {
  const withOpd = (e: Entry<unknown>) => ({ entry: e, options: { opd: e.opd } });
  return [
    ...model.berita.map(withOpd),
    ...model.informasi.filter((e) => e.data.kategori !== 'dikecualikan').map(withOpd),
    ...model.dokumen.map(withOpd),
    ...model.halaman.map((e) => ({ entry: e, options: {} })),
    // An OPD's "tugas dan fungsi" sits under an <h3> of its page.
    ...[...model.opds.values()].map((e) => ({ entry: e, options: { opd: e.opd, headingOffset: 2 } })),
  ];
}

/** Starts rendering the model's bodies in a worker thread when the build asked for it (BODY_WORKER_ENV) and they are many. */
export function prerenderBodies(model: ContentModel, minBodies = WORKER_MIN_BODIES): void {
  const script = process.env[BODY_WORKER_ENV];
  if (!script) return;
  const wanted = bodyRequestsOf(model);
  if (wanted.length < minBodies) return;
  const requests: BodyRequest[] = [];
  for (const { entry, options } of wanted) {
    const key = keyOf(entry.path, options);
    if (!entry.body.trim() || rendered.has(key) || pending.has(key)) continue;
    let done!: (html: string) => void;
    const promise = new Promise<string>((resolve) => (done = resolve));
    pending.set(key, { body: entry.body, options, done, promise });
    requests.push({ key, body: entry.body, options });
  }
  const worker = new Worker(script, { workerData: { requests } });
  worker.on('message', (batch: [string, string][]) => {
    for (const [key, html] of batch) {
      rendered.set(key, html);
      pending.get(key)?.done(html);
      pending.delete(key);
    }
  });
  // A worker that fails leaves nothing unrendered: what it did not deliver is rendered here.
  const finish = () => {
    for (const [key, p] of pending) p.done(renderNow(key, p.body, p.options));
    pending.clear();
  };
  worker.on('error', finish);
  worker.on('exit', finish);
  // Never unref the worker: a page awaiting a body it has not delivered yet holds no other handle, and an unref'd
  // worker would let the event loop drain and the process exit mid-build (exit 13, "unsettled top-level await").
  // The thread ends by itself once its list is rendered.
}
