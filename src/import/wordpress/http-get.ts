/**
 * One GET with every limit an import needs against a server it does not control: a deadline for the whole
 * exchange (a server that drips one byte a second cannot hold the import), a byte cap checked while reading,
 * redirects followed by hand (each hop judged again by the host policy) and the connected address checked in the
 * DNS lookup itself, so a name cannot resolve to a public address for the check and a private one for the request.
 */
import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { HostPolicy } from './host-policy.ts';

export interface Fetched {
  url: URL;
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface GetLimits {
  maxBytes: number;
  timeoutMs: number;
}

/** A request that failed: refused by policy, HTTP error status (`status`), too big, too slow, or a network error. */
export class FetchError extends Error {
  override name = 'FetchError';
  readonly status?: number;
  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}

const MAX_REDIRECTS = 3;

/** The refusal of a file over the byte cap, whether its Content-Length said so or its bytes did. */
const tooBig = (maxBytes: number) =>
  new FetchError(`berkas lebih dari ${maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${Math.ceil(maxBytes / 1024)} KB`}`);

function guardedLookup(policy: HostPolicy): LookupFunction {
  return ((hostname: string, options: object, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error);
      const refused = addresses.find((a) => !policy.allowsAddress(hostname, a.address));
      if (refused) return callback(new FetchError(`${hostname} mengarah ke alamat jaringan internal (${refused.address})`));
      const all = (options as { all?: boolean }).all;
      return all ? callback(null, addresses) : callback(null, addresses[0].address, addresses[0].family);
    });
  }) as LookupFunction;
}

function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        reject(tooBig(maxBytes));
      } else chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', reject);
  });
}

function once(url: URL, policy: HostPolicy, limits: GetLimits, signal: AbortSignal): Promise<Fetched> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', signal, lookup: guardedLookup(policy), headers: { 'user-agent': 'ppid-demak-import/1.0', accept: '*/*' } }, (response) => {
      const status = response.statusCode ?? 0;
      const length = Number(response.headers['content-length'] ?? 0);
      // Redirects and errors are decided by status and headers: their body (an HTML error page) is not read.
      if (status < 200 || status >= 300) {
        response.resume();
        return resolve({ url, status, headers: response.headers, body: Buffer.alloc(0) });
      }
      if (length > limits.maxBytes) {
        response.destroy();
        return reject(tooBig(limits.maxBytes));
      }
      readBody(response, limits.maxBytes).then(
        (body) => resolve({ url, status, headers: response.headers, body }),
        (error: unknown) => reject(error instanceof FetchError ? error : new FetchError(signal.aborted ? 'waktu habis' : 'koneksi terputus')),
      );
    });
    req.on('error', (error) => reject(error instanceof FetchError ? error : new FetchError(signal.aborted ? 'waktu habis' : `gagal terhubung (${(error as NodeJS.ErrnoException).code ?? error.message})`)));
    req.end();
  });
}

/** GETs `url` under the host policy; resolves only for a 2xx answer, rejects with a FetchError otherwise. */
export async function httpGet(url: URL, policy: HostPolicy, limits: GetLimits): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const refusal = policy.refusal(current);
    if (refusal) throw new FetchError(hop === 0 ? refusal : `dialihkan, lalu ${refusal}`);
    const fetched = await once(current, policy, limits, signal);
    if (fetched.status >= 200 && fetched.status < 300) return fetched;
    const location = fetched.headers.location;
    if (fetched.status >= 300 && fetched.status < 400 && location) {
      if (!URL.canParse(location, current)) throw new FetchError('alamat pengalihan tidak valid');
      current = new URL(location, current);
      continue;
    }
    throw new FetchError(`HTTP ${fetched.status}`, fetched.status);
  }
  throw new FetchError('terlalu banyak pengalihan');
}
