/**
 * The bundler warnings `npm run build` drops (src/build/vite-warnings.ts): those located in node_modules/ and Vite's
 * unnamed large-chunk message; ours pass, and a large chunk other than the CMS bundle is still reported by name.
 */
import { describe, expect, it } from 'vitest';
import { isThirdPartyWarning, largeChunks, onwarn } from '../../src/build/vite-warnings.ts';

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

  it("replaces Vite's unnamed large-chunk warning by one that names every large chunk but the CMS bundle", () => {
    expect(isThirdPartyWarning({ plugin: 'builtin:vite-reporter', message: '(!) Some chunks are larger than 500 kB after minification.' })).toBe(true);
    expect(isThirdPartyWarning({ plugin: 'builtin:vite-reporter', message: 'something else' })).toBe(false);
    const chunks = [
      { fileName: '_astro/admin.js', code: 'x'.repeat(11_000_000), moduleIds: [`${ROOT}/src/cms/main.ts`, `${ROOT}/node_modules/decap-cms-app/dist/esm/index.js`] },
      { fileName: '_astro/cari.js', code: 'x'.repeat(600_000), moduleIds: [`${ROOT}/src/components/search-client.ts`, `${ROOT}/node_modules/d3-scale/src/index.js`] },
      { fileName: '_astro/small.js', code: 'x'.repeat(400_000), moduleIds: [`${ROOT}/src/components/x.ts`] },
    ];
    expect(largeChunks(chunks, 500)).toEqual(['_astro/cari.js (600 kB)']);
  });
});
