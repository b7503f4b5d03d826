/**
 * The bundler warnings `npm run build` drops (src/build/vite-warnings.ts): those located in node_modules/ and Vite's
 * unnamed large-chunk message; ours pass, and a large chunk that a public page loads is still reported by name.
 */
import { describe, expect, it } from 'vitest';
import { isThirdPartyWarning, largeChunks, onwarn, type ChunkInfo } from '../../src/build/vite-warnings.ts';

const ROOT = '/home/ppid/portal';

describe('bundler warnings', () => {
  it('drops warnings about files in node_modules', () => {
    const evalInDependency = { code: 'EVAL', message: 'Use of direct `eval`', id: `${ROOT}/node_modules/gray-matter/lib/engines.js` };
    const directive = { code: 'MODULE_LEVEL_DIRECTIVE', message: '"use client"', loc: { file: `${ROOT}/node_modules/jotai/esm/react.mjs`, line: 1, column: 1 } };
    expect(isThirdPartyWarning(evalInDependency)).toBe(true);
    expect(isThirdPartyWarning(directive)).toBe(true);
  });

  it('passes on the same warnings about our own files, and warnings that name no file', () => {
    const passed: string[] = [];
    const warn = (w: { message: string }) => passed.push(w.message);
    onwarn({ code: 'EVAL', message: 'eval in search', id: `${ROOT}/src/components/search-client.ts` }, warn);
    onwarn({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive in page', loc: { file: `${ROOT}/src/pages/cari.astro`, line: 1, column: 1 } }, warn);
    onwarn({ code: 'CIRCULAR_REEXPORT', message: 'no file named' }, warn);
    onwarn({ code: 'EVAL', message: 'in node_modules', id: `${ROOT}/node_modules/js-sha256/src/sha256.js` }, warn);
    expect(passed).toEqual(['eval in search', 'directive in page', 'no file named']);
  });

  it("replaces Vite's unnamed large-chunk warning by one that names every large chunk a public page loads", () => {
    expect(isThirdPartyWarning({ plugin: 'builtin:vite-reporter', message: '(!) Some chunks are larger than 500 kB after minification.' })).toBe(true);
    expect(isThirdPartyWarning({ plugin: 'builtin:vite-reporter', message: 'something else' })).toBe(false);
    const chunk = (fileName: string, kB: number, more: Partial<ChunkInfo> = {}): ChunkInfo =>
      ({ fileName, code: 'x'.repeat(kB * 1000), isEntry: false, facadeModuleId: null, imports: [], dynamicImports: [], ...more });
    const chunks = [
      // The CMS page's script, what it imports and what it loads on demand: editors only.
      chunk('admin.js', 2300, { isEntry: true, facadeModuleId: `${ROOT}/src/pages/admin/[opd]/index.astro?astro&type=script&index=0&lang.ts`, imports: ['decap.js', 'shared.js'], dynamicImports: ['entry-check.js'] }),
      chunk('decap.js', 8000),
      chunk('entry-check.js', 1600),
      // Loaded by the CMS and by the search page: a public page pays for it.
      chunk('shared.js', 700),
      chunk('cari.js', 600, { isEntry: true, facadeModuleId: `${ROOT}/src/pages/cari.astro?astro&type=script&index=0&lang.ts`, imports: ['shared.js'] }),
      chunk('small.js', 400, { isEntry: true, facadeModuleId: `${ROOT}/src/pages/permohonan-informasi.astro?astro&type=script&index=0&lang.ts` }),
    ];
    expect(largeChunks(chunks, 500)).toEqual(['shared.js (700 kB)', 'cari.js (600 kB)']);
  });
});
