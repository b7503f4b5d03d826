/**
 * `npm run bench [-- --corpus DIR [bench-scale options]]`: without options, runs every benchmark script on the sample
 * in its own process and prints their one-line results; with `--corpus`, measures the portal at scale on a corpus
 * made by `npm run corpus` against the bare Astro + Pagefind baseline (scripts/bench-scale.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
/** Benchmarks in order; each prints its own result lines. Missing ones are reported, not skipped silently. */
const BENCHMARKS = args.includes('--corpus')
  ? [['scripts/bench-scale.ts', ...args]]
  : [['scripts/bench-validate.ts'], ['scripts/bench-cache.ts'], ['scripts/page-weight.ts'], ['scripts/bench-report.ts'], ['scripts/bench-property.ts']];

let failed = false;
for (const [script, ...rest] of BENCHMARKS) {
  if (!existsSync(script)) {
    console.log(`${script}: belum ada`);
    failed = true;
    continue;
  }
  try {
    execFileSync(process.execPath, [script, ...rest], { stdio: 'inherit' });
  } catch {
    console.error(`${script} gagal`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
