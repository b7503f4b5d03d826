/**
 * Time to the first usable screen of the CMS (`/admin/<opd>/` until its "Masuk" button shows) on a slow line:
 * 10 Mbit/s down and up, 60 ms latency (Chromium's network emulation through CDP), cache off, JavaScript served
 * gzip-compressed as a static host would. Also the JavaScript transferred and the page's JS weight (admin-weight.ts).
 * `npm run bench-admin -- [dist...] [--opd dinkominfo] [--runs 3]`; Chromium from CHROMIUM_PATH or /usr/bin/chromium.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.css': 'text/css' };
const MBIT = 1_000_000 / 8;

/** `dir` over HTTP on 127.0.0.1, JavaScript and JSON gzip-compressed (what gzip_static serves). */
async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    let path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(dir)) return void res.writeHead(403).end();
    if ((await stat(path).catch(() => undefined))?.isDirectory()) path = join(path, 'index.html');
    if (!(await stat(path).catch(() => undefined))) return void res.writeHead(404).end();
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (/\.(js|json|html)$/.test(path)) {
      let body = gzipped.get(path);
      if (!body) gzipped.set(path, (body = gzipSync(await readFile(path), { level: 9 })));
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' }).end(body);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export interface LoadRun {
  /** Milliseconds from navigation to the visible "Masuk" button. */
  usableMs: number;
  /** JavaScript bytes over the wire until then. */
  jsTransferred: number;
}

export async function measureAdminLoad(dist: string, opd: string, runs: number): Promise<LoadRun[]> {
  const { url, server } = await serve(dist);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const results: LoadRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 60, downloadThroughput: 10 * MBIT, uploadThroughput: 10 * MBIT });
      let jsTransferred = 0;
      const js = new Set<string>();
      cdp.on('Network.responseReceived', (event: { requestId: string; response: { url: string } }) => {
        if (event.response.url.endsWith('.js')) js.add(event.requestId);
      });
      cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
        if (js.has(event.requestId)) jsTransferred += event.encodedDataLength;
      });
      const started = Date.now();
      await page.goto(`${url}/admin/${opd}/`, { waitUntil: 'commit' });
      await page.getByRole('button', { name: /^Masuk/ }).waitFor({ timeout: 120_000 });
      results.push({ usableMs: Date.now() - started, jsTransferred });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

