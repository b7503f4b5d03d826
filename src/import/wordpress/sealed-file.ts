/**
 * The import state lives in the imported files themselves, so nothing else under content/ has to be classified,
 * validated, owned or kept from publication: `asal.url` says which post a berita came from, and `asal.sidik` is
 * the SHA-256 of the file as written (computed with the sidik itself set to 64 zeros). A file whose sidik still
 * matches is untouched since the import; any edit (in the CMS or by hand) breaks the match, and the importer then
 * leaves the file alone for good.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { classifyPath, opdDir } from '../../content/paths.ts';
import { parseSource } from '../../content/source.ts';

const ZEROS = '0'.repeat(64);
/** Always double-quoted: a hex string of digits and one `e` would otherwise read back as a YAML number. */
const SIDIK_LINE = /^( {2}sidik: )"([0-9a-f]{64})"$/m;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A markdown file (frontmatter in the given key order, blank line, body), its `asal.sidik` filled in. */
export function sealedMarkdown(frontmatter: Record<string, unknown>, body: string): string {
  const yaml = stringify(frontmatter, { lineWidth: 0 }).replace(/^( {2}sidik: ).*$/m, `$1"${ZEROS}"`);
  const text = `---\n${yaml}---\n\n${body.trim()}\n`;
  return text.replace(SIDIK_LINE, `$1"${sha256(text)}"`);
}

/** True when the file is byte for byte what the importer wrote. */
export function isUntouched(text: string): boolean {
  const m = SIDIK_LINE.exec(text);
  return !!m && sha256(text.replace(SIDIK_LINE, `$1"${ZEROS}"`)) === m[2];
}

export interface ImportedFile {
  /** Repository path of the berita file. */
  path: string;
  untouched: boolean;
}

/** The berita of an OPD that came from an import, by `asal.url`. */
export async function importedBerita(root: string, opd: string): Promise<Map<string, ImportedFile>> {
  const dir = `${opdDir(opd)}/berita`;
  const out = new Map<string, ImportedFile>();
  for (const name of (await readdir(join(root, dir)).catch(() => [] as string[])).sort()) {
    if (!name.endsWith('.md')) continue;
    const path = `${dir}/${name}`;
    const text = await readFile(join(root, path), 'utf8');
    if (!text.includes('asal:')) continue;
    const data = parseSource(classifyPath(path), text).data as { asal?: { url?: unknown } } | undefined;
    const url = data?.asal?.url;
    if (typeof url === 'string' && !out.has(url)) out.set(url, { path, untouched: isUntouched(text) });
  }
  return out;
}
