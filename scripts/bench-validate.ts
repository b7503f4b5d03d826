/**
 * Benchmark: validating the whole sample tree, in a fresh process per run (what an editor's CI job pays).
 * Prints the median, min and max of N runs and the in-process time of the rules alone.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { validateRepo } from '../src/validate/run.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const wall: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  try {
    execFileSync(process.execPath, ['scripts/validate.ts', '--format', 'json'], { stdio: 'pipe' });
  } catch {
    // exit 1 (errors in content) still measures the run
  }
  wall.push(performance.now() - start);
}
const inProcess: number[] = [];
let files = 0;
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  files = (await validateRepo(process.cwd())).fileCount;
  inProcess.push(performance.now() - start);
}
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`validate (sample, ${files} berkas, ${RUNS} runs): process median ${fmt(median(wall))} (min ${fmt(Math.min(...wall))}, max ${fmt(Math.max(...wall))}); rules in-process median ${fmt(median(inProcess))}; target < 3 s`);
