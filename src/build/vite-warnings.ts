/**
 * Bundler warnings in `npm run build`, kept to the ones we can act on. Decap CMS (the /admin/ page) brings some
 * 11 MB of third-party code whose warnings (direct `eval` in gray-matter and js-sha256, "use client" directives in
 * react-toastify and jotai, …) would otherwise fill ~90 lines of every build. Dropped, precisely:
 *   - warnings located in a file under node_modules/ (Rolldown's EVAL, MODULE_LEVEL_DIRECTIVE, …);
 *   - Vite's "Some chunks are larger than 500 kB", which names no chunk. `largeChunkWarning` checks every chunk
 *     itself and warns, by name, for each one over the limit that a public page loads: only the chunks that nothing
 *     but the CMS page loads (Decap and what it pulls in, megabytes for editors only) are exempt, so a public page
 *     script that pulls in a big library is still reported.
 * Every other warning, ours in particular, is passed on unchanged. Used by astro.config.mjs.
 */
import type { Plugin, Rolldown } from 'vite';

type Warning = Rolldown.RolldownLog;

const NODE_MODULES = /[\\/]node_modules[\\/]/;
/** The script of the CMS page, src/pages/admin/[opd]/index.astro: the entry of the chunks exempt from the size check. */
const CMS_PAGE = /[\\/]src[\\/]pages[\\/]admin[\\/]/;
const LARGE_CHUNKS = /chunks are larger than/i;

/** The file a warning is about, when it names one. */
function fileOf(warning: Warning): string {
  return warning.loc?.file ?? warning.id ?? '';
}

/** True for a warning about third-party code (see above); such warnings are not shown. */
export function isThirdPartyWarning(warning: Warning): boolean {
  if (NODE_MODULES.test(fileOf(warning))) return true;
  return warning.plugin === 'builtin:vite-reporter' && LARGE_CHUNKS.test(warning.message);
}

/** For `vite.build.rolldownOptions.onwarn`. */
export function onwarn(warning: Warning, warn: (warning: Warning) => void): void {
  if (!isThirdPartyWarning(warning)) warn(warning);
}

/** What the size check needs of an output chunk (Rolldown's OutputChunk has all of it). */
export interface ChunkInfo {
  fileName: string;
  code: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: readonly string[];
  dynamicImports: readonly string[];
}

/** Chunks of the browser build over `limitKb` (Vite's `build.chunkSizeWarningLimit`), except those only the CMS loads. */
export function largeChunks(chunks: readonly ChunkInfo[], limitKb: number): string[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  /** The chunks `entries` load, statically or on demand, themselves included. */
  const loadedBy = (entries: readonly ChunkInfo[]): Set<string> => {
    const seen = new Set<string>();
    const queue = entries.map((chunk) => chunk.fileName);
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
      const chunk = byName.get(name);
      if (seen.has(name) || !chunk) continue;
      seen.add(name);
      queue.push(...chunk.imports, ...chunk.dynamicImports);
    }
    return seen;
  };
  const cmsEntry = (chunk: ChunkInfo) => chunk.isEntry && CMS_PAGE.test(chunk.facadeModuleId ?? '');
  const cms = loadedBy(chunks.filter(cmsEntry));
  const elsewhere = loadedBy(chunks.filter((chunk) => chunk.isEntry && !cmsEntry(chunk)));
  return chunks
    .filter((chunk) => chunk.code.length / 1000 > limitKb && !(cms.has(chunk.fileName) && !elsewhere.has(chunk.fileName)))
    .map((chunk) => `${chunk.fileName} (${Math.round(chunk.code.length / 1000).toLocaleString('id-ID')} kB)`);
}

/** Warns, naming them, about the browser chunks that `largeChunks` keeps (Vite's own message is dropped). */
export function largeChunkWarning(): Plugin {
  let limitKb = 500;
  return {
    name: 'ppid:large-chunks',
    apply: 'build',
    configResolved(config) {
      limitKb = config.build.chunkSizeWarningLimit;
    },
    writeBundle(_options, bundle) {
      if (this.environment.config.consumer !== 'client') return;
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const large = largeChunks(chunks, limitKb);
      if (large.length) this.warn(`chunk lebih besar dari ${limitKb} kB setelah minifikasi: ${large.join(', ')}`);
    },
  };
}
