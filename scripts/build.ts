/**
 * `npm run build [-- --skip-validate] [--out DIR]`: validate → Astro → Pagefind into a staging folder swapped into
 * dist/ only on success (src/build/pipeline.ts).
 */
import { runBuild } from '../src/build/pipeline.ts';

process.exitCode = await runBuild();
