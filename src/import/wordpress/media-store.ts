/**
 * Where downloaded files go in the OPD's `dokumen/` folder: a safe unique name (lowercase slug and the sniffed
 * extension), or the file already there with the same bytes (a second run, or one photo in several posts), so no
 * file is copied twice and no file of an editor is ever overwritten. Works one article at a time: the files of
 * an article are only claimed (`commit`) once the article is written, so a skipped article leaves nothing.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { opdDir } from '../../content/paths.ts';
import type { SizeLimits } from '../../content/tree.ts';
import type { HostPolicy } from './host-policy.ts';
import { DOWNLOADABLE_LINK, downloadMedia, type DownloadResult } from './media-download.ts';

export interface PlacedFile {
  /** Relative to the OPD folder, as content writes it: `dokumen/foto-rapat.jpg`. */
  relative: string;
  bytes: Buffer;
  /** False when the same bytes are already in the folder (nothing to write). */
  isNew: boolean;
}

export class MediaStore {
  private readonly downloads = new Map<string, Promise<DownloadResult>>();
  /** Files of the folder (on disk or committed in this run) by relative path; sizes known, hashes when computed. */
  private readonly known = new Map<string, { size: number; sha256?: string }>();
  private current: PlacedFile[] = [];
  private notes: string[] = [];

  private readonly root: string;
  private readonly opd: string;
  private readonly policy: HostPolicy;
  private readonly limits: SizeLimits;

  private constructor(root: string, opd: string, policy: HostPolicy, limits: SizeLimits) {
    this.root = root;
    this.opd = opd;
    this.policy = policy;
    this.limits = limits;
  }

  /** A store over the files already in `content/opd/<opd>/dokumen/` of the repository at `root`. */
  static async open(root: string, opd: string, policy: HostPolicy, limits: SizeLimits): Promise<MediaStore> {
    const store = new MediaStore(root, opd, policy, limits);
    const dir = join(root, opdDir(opd), 'dokumen');
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (entry.isFile()) store.known.set(`dokumen/${entry.name}`, { size: (await stat(join(dir, entry.name))).size });
    }
    return store;
  }

  /** Starts a new article: forgets the placements and notes of the previous one. */
  begin(): void {
    this.current = [];
    this.notes = [];
  }

  /** The files the current article uses and what could not be copied. */
  placed(): { files: PlacedFile[]; notes: string[] } {
    return { files: this.current, notes: this.notes };
  }

  /** Records the current article's new files as present (after they were written, or would be in a dry run). */
  commit(): void {
    for (const f of this.current) if (f.isNew) this.known.set(f.relative, { size: f.bytes.length, sha256: createHash('sha256').update(f.bytes).digest('hex') });
  }

  /** Local path of an image, or null (reported in the notes) when it cannot be copied. */
  async image(url: URL): Promise<string | null> {
    return (await this.fetch(url, true, 'gambar')) ?? null;
  }

  /** Local path of a linked document or image of the site, or undefined to keep the link as it is. */
  async link(url: URL): Promise<string | undefined> {
    if (!DOWNLOADABLE_LINK.test(url.pathname) || this.policy.refusal(url)) return undefined;
    return this.fetch(url, false, 'lampiran');
  }

  private async fetch(url: URL, wantImage: boolean, what: string): Promise<string | undefined> {
    const refusal = this.policy.refusal(url);
    if (refusal) return void this.notes.push(`${what} tidak disalin (${refusal}): ${url.href}`);
    let pending = this.downloads.get(url.href);
    if (!pending) this.downloads.set(url.href, (pending = downloadMedia(url, this.policy, this.limits, wantImage)));
    const result = await pending;
    if (!result.ok) return void this.notes.push(`${what} tidak dapat diunduh (${result.reason}): ${url.href}`);
    return (await this.place(result.file.bytes, result.file.sha256, result.file.stem, result.file.ext)).relative;
  }

  private async sameBytes(relative: string, size: number, sha256: string): Promise<boolean> {
    const entry = this.known.get(relative);
    if (!entry || entry.size !== size) return false;
    entry.sha256 ??= createHash('sha256').update(await readFile(join(this.root, opdDir(this.opd), relative))).digest('hex');
    return entry.sha256 === sha256;
  }

  private async place(bytes: Buffer, sha256: string, stem: string, ext: string): Promise<PlacedFile> {
    const inArticle = this.current.find((f) => createHash('sha256').update(f.bytes).digest('hex') === sha256);
    if (inArticle) return inArticle;
    for (const relative of this.known.keys()) {
      if (await this.sameBytes(relative, bytes.length, sha256)) return this.use({ relative, bytes, isNew: false });
    }
    // Compared without case: `Foto.JPG` of an editor and our `foto.jpg` are one file on Windows and macOS checkouts.
    const names = new Set([...this.known.keys(), ...this.current.map((f) => f.relative)].map((n) => n.toLowerCase()));
    const taken = (name: string) => names.has(name);
    let relative = `dokumen/${stem}.${ext}`;
    for (let n = 2; taken(relative); n++) relative = `dokumen/${stem}-${n}.${ext}`;
    return this.use({ relative, bytes, isNew: true });
  }

  private use(file: PlacedFile): PlacedFile {
    if (!this.current.some((f) => f.relative === file.relative)) this.current.push(file);
    return file;
  }
}
