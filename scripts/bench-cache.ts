/**
 * Benchmark of the content cache (`.cache/konten/`): validate the whole tree cold and warm, validate one file cold
 * and warm, the weekly report, and how often a build reads the whole tree (PPID_TRACE=1 lines of the validate
 * process plus what the Astro stage runs: CMS configs, site model, compliance report). Each command runs in a fresh
 * process; medians of `--runs` runs, wall and CPU (children's user+system time from /proc).
 *   node scripts/bench-cache.ts [--root DIR] [--file content/...] [--week 2026-W48] [--runs 3] [--code DIR] [--only 'label prefixes|...']
 * `--code` runs another checkout's scripts (e.g. the commit before the cache) against the same tree.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, file: { type: 'string' }, week: { type: 'string', default: '2026-W48' }, runs: { type: 'string', default: '3' }, code: { type: 'string', default: '.' }, only: { type: 'string' } },
});
const root = resolve(values.root);
const code = resolve(values.code);
const runs = Number(values.runs);
const file = values.file ?? 'content/pemda.yaml';

/** Children's CPU seconds so far (utime + stime of waited-for children, clock ticks of 10 ms). */
function childCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function once(args: string[], env: Record<string, string> = {}): { wall: number; cpu: number; stderr: string } {
  const cpu0 = childCpu();
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')}: exit ${result.status}\n${result.stderr}`);
  return { wall: (performance.now() - t0) / 1000, cpu: childCpu() - cpu0, stderr: result.stderr };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dropCache = () => rmSync(join(root, '.cache', 'konten'), { recursive: true, force: true });

/** `--only 'validate, cold|one file, cold|build'` limits the measurements (e.g. code without a cache has no cold/warm difference). */
const only = values.only?.split('|');

function measure(label: string, args: string[], before: () => void = () => undefined): void {
  if (only && !only.some((o) => label.startsWith(o))) return;
  const samples = Array.from({ length: runs }, () => (before(), once(args)));
  const wall = median(samples.map((s) => s.wall));
  const cpu = median(samples.map((s) => s.cpu));
  console.log(`${label.padEnd(28)} ${wall.toFixed(2).padStart(7)} s wall ${cpu.toFixed(2).padStart(7)} s CPU  (${samples.map((s) => s.wall.toFixed(1)).join(' / ')})`);
}

const validate = [join(code, 'scripts/validate.ts'), '--root', root, '--format', 'json'];
const report = [join(code, 'scripts/report.ts'), '--root', root, '--week', values.week, '--format', 'json'];
/** What the Astro stage of the build runs on the tree, in one process as in the build (imports from this checkout). */
const astroStage = [
  '--input-type=module', '-e',
  `const { writeCmsConfigs } = await import(${JSON.stringify(join(code, 'src/cms/config-files.ts'))});
   await writeCmsConfigs(process.cwd(), ${JSON.stringify(join(root, '.cache', 'bench-admin'))});
   const { getSiteModel } = await import(${JSON.stringify(join(code, 'src/site/model.ts'))});
   await getSiteModel();
   const { getSiteReport } = await import(${JSON.stringify(join(code, 'src/compliance/site.ts'))});
   await getSiteReport();
   process.exit(0);`,
];

console.log(`bench-cache: ${root} (code ${code}), ${runs} runs, median`);
measure('validate, cold', validate, dropCache);
measure('validate, warm', validate);
measure(`one file, cold`, [...validate, join(root, file)], dropCache);
measure(`one file, warm`, [...validate, join(root, file)], () => once(validate));
measure('report (after validate)', report, () => once(validate));
measure('report, cold', report, dropCache);
if (only && !only.includes('build')) process.exit(0);
dropCache();
const traced = [once(validate, { PPID_TRACE: '1' }), once(astroStage, { PPID_TRACE: '1', KEPATUHAN_MINGGU: values.week })];
const lines = traced.flatMap((t) => t.stderr.split('\n')).filter((l) => l.startsWith('[ppid-trace]'));
console.log(`build (cold cache): ${lines.filter((l) => l.includes('pohon konten dibaca')).length} full-tree reads, ${lines.filter((l) => l.includes('validasi seluruh pohon')).length} full validations`);
for (const line of lines) console.log(`  ${line}`);
rmSync(join(root, '.cache', 'bench-admin'), { recursive: true, force: true });
