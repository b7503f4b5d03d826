/**
 * Where the CMS looks for `decap-server` when opened on this machine. Decap itself only ever uses the local
 * backend on localhost/127.0.0.1; `?proxy_port=` lets `npm run cms` and the browser tests pick a free port.
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

export function localBackendUrl(location: { hostname: string; search: string }, configured: unknown): unknown {
  const port = new URLSearchParams(location.search).get('proxy_port');
  if (!port || !/^\d{2,5}$/.test(port) || !LOOPBACK.has(location.hostname)) return configured;
  return { url: `http://127.0.0.1:${port}/api/v1` };
}
