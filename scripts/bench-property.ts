/**
 * `node scripts/bench-property.ts [--runs N] [--seed S]`: the property of tests/validate/property.test.ts
 * (validating any tree never throws and yields only well-formed problems of declared checks) over many
 * more hostile trees than `npm test` can afford. Prints cases per second, the slowest case, and the
 * shrunk counterexample when the property fails (exit 1).
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { changesArb } from '../tests/validate/arbitraries.ts';
import { malformed, validateMemory, type MemoryChange } from '../tests/validate/memory.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '2000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write('Pemakaian: node scripts/bench-property.ts [--runs N] [--seed S]\n');
  process.exit(2);
}

let slowest: { ms: number; changes: Record<string, MemoryChange> } = { ms: 0, changes: {} };
const property = fc.asyncProperty(changesArb, async (changes) => {
  const started = performance.now();
  const problems = await validateMemory(changes);
  const ms = performance.now() - started;
  if (ms > slowest.ms) slowest = { ms, changes };
  for (const p of problems) {
    const why = malformed(p);
    if (why) throw new Error(`${why}\n${JSON.stringify(p)}`);
  }
});

const started = performance.now();
const result = await fc.check(property, { numRuns: runs, seed: values.seed === undefined ? undefined : Number(values.seed) });
const seconds = (performance.now() - started) / 1000;
// Shrinking re-runs cases after a failure: the rate counts only the generated ones.
process.stdout.write(`${result.numRuns} kasus dalam ${seconds.toFixed(1)} s (${(result.numRuns / seconds).toFixed(0)} kasus/detik), seed ${result.seed}\n`);
process.stdout.write(`paling lambat: ${slowest.ms.toFixed(0)} ms untuk ${Object.keys(slowest.changes).join(', ') || '(tanpa perubahan)'}\n`);
if (result.failed) {
  process.stdout.write(`${fc.defaultReportMessage(result) ?? 'properti gagal'}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write('✓ tidak ada contoh yang melanggar properti\n');
}
