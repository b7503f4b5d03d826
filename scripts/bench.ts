/** `npm run bench`: runs every benchmark script in its own process and prints their one-line results. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Benchmarks in order; each prints its own result lines. Missing ones are reported, not skipped silently. */
const BENCHMARKS = ['scripts/bench-validate.ts', 'scripts/page-weight.ts', 'scripts/bench-report.ts'];

let failed = false;
for (const script of BENCHMARKS) {
  if (!existsSync(script)) {
    console.log(`${script}: belum ada`);
    failed = true;
    continue;
  }
  try {
    execFileSync(process.execPath, [script], { stdio: 'inherit' });
  } catch {
    console.error(`${script} gagal`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
