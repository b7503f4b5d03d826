/**
 * Bundler warnings in `npm run build`, kept to the ones we can act on. Decap CMS (the /admin/ page) brings some
 * 11 MB of third-party code whose warnings (direct `eval` in gray-matter and js-sha256, "use client" directives in
 * react-toastify and jotai, …) would otherwise fill ~90 lines of every build. Dropped, precisely:
 *   - warnings located in a file under node_modules/ (Rolldown's EVAL, MODULE_LEVEL_DIRECTIVE, …);
 *   - Vite's "Some chunks are larger than 500 kB" when the only such chunk is the CMS bundle: Vite's own message
 *     names no chunk, so `largeChunks` below checks every chunk itself and warns, by name, for any other chunk over
 *     the limit (a page script that pulls in a big library is still reported).
 * Every other warning, ours in particular, is passed on unchanged. Used by astro.config.mjs.
 */
import type { Plugin, Rolldown } from 'vite';

type Warning = Rolldown.RolldownLog;

const NODE_MODULES = /[\\/]node_modules[\\/]/;
/** The CMS bundle: the chunk that holds Decap itself, expected to be large (loaded by /admin/ only). */
const CMS_BUNDLE = /[\\/]node_modules[\\/]decap-cms-app[\\/]/;
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

/** Chunks of the browser build over `limitKb` (Vite's `build.chunkSizeWarningLimit`), the CMS bundle excepted. */
export function largeChunks(chunks: { fileName: string; code: string; moduleIds: readonly string[] }[], limitKb: number): string[] {
  return chunks
    .filter((chunk) => chunk.code.length / 1000 > limitKb && !chunk.moduleIds.some((id) => CMS_BUNDLE.test(id)))
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
