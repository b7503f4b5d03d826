/**
 * `npm run bench-scale -- [--corpus DIR] [--skip-baseline] [--runs 3] [--build-runs 1] [--timeout-min 15]
 *                         [--baseline-dir DIR] [--query banjir] [--week 2026-W48] [--out bench/results]`
 * Measures the portal at scale on a corpus made by `npm run corpus` (src/bench/run-bench.ts): build wall/CPU/peak
 * memory, validate (tree and one file), weekly report, first search download, page sizes, and the same build
 * figures for a bare Astro + Pagefind site over the same news. Prints a table and writes a JSON record.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, writeResult } from '../src/bench/results.ts';
import { runBench } from '../src/bench/run-bench.ts';

const USAGE = 'Pemakaian: npm run bench-scale -- [--corpus FOLDER] [--skip-baseline] [--runs 3] [--build-runs 1] [--timeout-min 15] [--baseline-dir FOLDER]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: '/tmp/ppid-corpus' }, 'skip-baseline': { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' }, 'build-runs': { type: 'string', default: '1' }, 'timeout-min': { type: 'string', default: '15' },
      'baseline-dir': { type: 'string', default: '/tmp/ppid-bench-baseline' }, query: { type: 'string', default: 'banjir' },
      week: { type: 'string', default: '2026-W48' }, out: { type: 'string', default: 'bench/results' }, help: { type: 'boolean', short: 'h' },
    },
  });
  const runs = Number(values.runs);
  const buildRuns = Number(values['build-runs']);
  const timeoutMin = Number(values['timeout-min']);
  if (values.help || !(runs >= 1) || !(buildRuns >= 1) || !(timeoutMin > 0)) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const result = await runBench({
    corpus: values.corpus!, runs, buildRuns, skipBaseline: values['skip-baseline']!, baselineDir: resolve(values['baseline-dir']!),
    timeoutMs: timeoutMin * 60_000, query: values.query!, week: values.week!, log: (line) => process.stdout.write(`… ${line}\n`),
  });
  process.stdout.write(`\n${formatTable(result)}\n\n`);
  process.stdout.write(`Hasil: ${await writeResult(resolve(values.out!), result)}\n`);
  return result.ours.build.ok && (result.baseline?.build.ok ?? true) ? 0 : 1;
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`bench-scale gagal: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 2;
  },
);
