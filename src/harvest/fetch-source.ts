/**
 * One GET of a harvest source with every limit a scheduled job needs against a server it does not control:
 * a deadline for the whole exchange (AbortSignal.timeout also stops a body that drips in), a byte cap from
 * Content-Length and again while streaming, and redirects followed by hand (at most MAX_REDIRECTS), each target
 * judged against `panen.host_diizinkan` of content/pemda.yaml. Request headers (secrets) go only to the host that
 * was asked first: a redirect elsewhere is followed without them.
 */
import { HarvestFailure } from './failure.ts';

export const MAX_REDIRECTS = 5;

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  /** The `batas_ukuran` named in messages, when `maxBytes` is what is left of it (later pages of a CKAN resource). */
  declaredMaxBytes?: number;
  /** Host names (lowercase, no port) the harvest may contact. */
  allowedHosts: ReadonlySet<string>;
  headers?: Record<string, string>;
}

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  /** The URL that answered (after redirects). */
  url: string;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10}`.replace('.', ',');
/** `12,5 MB`, or `700 KB` below one megabyte. */
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${`${Math.round(bytes / 104857.6) / 10}`.replace('.', ',')} MB`);

/** The URL when it is http(s) to an allowed host; a failure naming the host and the fix otherwise. */
export function allowedUrl(raw: string, allowedHosts: ReadonlySet<string>, redirected = false): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new HarvestFailure(`alamat ${redirected ? 'pengalihan' : 'sumber'} "${raw.slice(0, 120)}" tidak valid`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new HarvestFailure(`alamat ${redirected ? 'pengalihan' : 'sumber'} memakai skema ${url.protocol} yang tidak diizinkan; hanya http atau https`);
  if (!allowedHosts.has(url.hostname.toLowerCase())) {
    const where = redirected ? `sumber mengalihkan (redirect) ke host ${url.hostname} yang` : `host ${url.hostname}`;
    throw new HarvestFailure(`${where} tidak terdaftar di \`panen.host_diizinkan\` content/pemda.yaml; minta admin Dinkominfo menambahkannya bila host itu memang resmi`);
  }
  return url;
}

/** Reads a body up to `maxBytes`, stopping the transfer as soon as it is exceeded. */
async function readCapped(response: Response, maxBytes: number, shownMax: number): Promise<Uint8Array> {
  const announced = Number(response.headers.get('content-length') ?? NaN);
  if (announced > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new HarvestFailure(`jawaban sumber ${size(announced)} melebihi \`batas_ukuran\` ${size(shownMax)}; naikkan \`sumber.batas_ukuran\` bila ukuran ini wajar`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new HarvestFailure(`jawaban sumber melebihi \`batas_ukuran\` ${size(shownMax)} (pengambilan dihentikan); naikkan \`sumber.batas_ukuran\` bila ukuran ini wajar`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Indonesian text for a network-level error of fetch (undici puts the system code in `cause`). */
function networkFailure(error: unknown, timeoutMs: number, host: string): HarvestFailure {
  if (error instanceof HarvestFailure) return error;
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return new HarvestFailure(`sumber tidak menjawab dalam ${seconds(timeoutMs)} detik (\`sumber.timeout\`); periksa apakah sistem sumber sedang berjalan`);
  const code = ((error as { cause?: { code?: string } })?.cause?.code ?? '').replace(/[^A-Z_]/g, '');
  return new HarvestFailure(`sumber di host ${host} tidak dapat dihubungi${code ? ` (${code})` : ''}; periksa alamat dan jaringan sistem sumber`);
}

/** GETs `raw` within the limits; throws a HarvestFailure with the reason on any refusal or error. */
export async function fetchLimited(raw: string, limits: FetchLimits): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = allowedUrl(raw, limits.allowedHosts);
  const origin = url.origin;
  try {
    for (let hop = 0; ; hop++) {
      const headers = url.origin === origin ? limits.headers : undefined;
      const response = await fetch(url, { redirect: 'manual', signal, headers });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => undefined);
        if (hop >= MAX_REDIRECTS) throw new HarvestFailure(`sumber mengalihkan (redirect) lebih dari ${MAX_REDIRECTS} kali; tulis alamat akhirnya di \`sumber.url\``);
        url = allowedUrl(new URL(location, url).href, limits.allowedHosts, true);
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel().catch(() => undefined);
        throw new HarvestFailure(`sumber menjawab HTTP ${response.status}${response.status === 401 || response.status === 403 ? ' (akses ditolak: periksa token di `sumber.header` dan secret CI-nya)' : response.status === 404 ? ' (tidak ditemukan: periksa `sumber.url`)' : ' (gangguan di sistem sumber)'}`);
      }
      return { bytes: await readCapped(response, limits.maxBytes, limits.declaredMaxBytes ?? limits.maxBytes), contentType: response.headers.get('content-type'), url: url.href };
    }
  } catch (error) {
    throw networkFailure(error, limits.timeoutMs, url.hostname);
  }
}
