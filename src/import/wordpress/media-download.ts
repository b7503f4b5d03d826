/**
 * Downloading one image or document of the old site. Its type is read from its bytes (file-type), never from the
 * name or the Content-Type header, which an old site gets wrong as often as right; only the file types the portal
 * accepts (src/content/paths.ts EXTENSIONS) are kept, within the size limit of their class (pemda.yaml).
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { EXTENSIONS, fileClassOf } from '../../content/paths.ts';
import type { SizeLimits } from '../../content/tree.ts';
import { suggestSlug } from '../../validate/rules/filename.ts';
import type { HostPolicy } from './host-policy.ts';
import { FetchError, httpGet } from './http-get.ts';

/** No single file of a news article is larger in practice; bigger ones are refused while reading. */
export const MAX_MEDIA_BYTES = 15 * 1024 * 1024;
const MEDIA_TIMEOUT_MS = 60_000;
/** Link targets worth trying: documents and images (the bytes decide what they really are). */
export const DOWNLOADABLE_LINK = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|jpe?g|png|webp|gif)$/i;

export interface Downloaded {
  bytes: Buffer;
  /** Extension of the sniffed type (`jpg`, `pdf`, ...). */
  ext: string;
  sha256: string;
  /** Safe base name (no extension) suggested by the URL. */
  stem: string;
}

export type DownloadResult = { ok: true; file: Downloaded } | { ok: false; reason: string };

const ALLOWED: ReadonlySet<string> = new Set([...EXTENSIONS.gambar, ...EXTENSIONS.pdf, ...EXTENSIONS.dokumen]);

/** `Laporan%20Keuangan-1024x768.JPG` → `laporan-keuangan` (WordPress's size suffix dropped). */
export function stemOf(url: URL, fallback: string): string {
  let name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  try {
    name = decodeURIComponent(name);
  } catch {
    // Malformed percent-encoding: the raw name is slugified below anyway.
  }
  const stem = suggestSlug(name.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/-\d+x\d+$/, '').replace(/-scaled$/, ''));
  return stem.slice(0, 60).replace(/-+$/, '') || fallback;
}

/** Why a file of this type and size cannot be kept; undefined when it can. */
function refusalOf(ext: string | undefined, size: number, limits: SizeLimits, wantImage: boolean): string | undefined {
  if (!ext) return 'jenis berkas tidak dikenali (bukan gambar atau dokumen)';
  if (!ALLOWED.has(ext)) return `jenis berkas .${ext} tidak diterima portal`;
  const cls = fileClassOf(`x.${ext}`)!;
  if (wantImage && cls !== 'gambar') return `bukan gambar (.${ext})`;
  const limitKb = limits[cls];
  if (size > limitKb * 1024) return `ukuran ${Math.ceil(size / 1024)} KB melebihi batas ${limitKb} KB`;
  return undefined;
}

/** Downloads and sniffs one file; never throws. */
export async function downloadMedia(url: URL, policy: HostPolicy, limits: SizeLimits, wantImage: boolean): Promise<DownloadResult> {
  let bytes: Buffer;
  try {
    bytes = (await httpGet(url, policy, { maxBytes: MAX_MEDIA_BYTES, timeoutMs: MEDIA_TIMEOUT_MS })).body;
  } catch (error) {
    return { ok: false, reason: error instanceof FetchError ? error.message : String(error) };
  }
  const sniffed = await fileTypeFromBuffer(bytes).catch(() => undefined);
  const refusal = refusalOf(sniffed?.ext, bytes.length, limits, wantImage);
  if (refusal) return { ok: false, reason: refusal };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, file: { bytes, ext: sniffed!.ext, sha256, stem: stemOf(url, wantImage ? 'gambar' : 'berkas') } };
}
