/**
 * `npm run corpus -- --out DIR [--scale 1] [--seed 20261122] [--rev HEAD] [--force]`
 * Generates a five-years-scale copy of this repository for the scaling benchmarks (src/bench/corpus.ts):
 * scale 1 = S2 (10,000 news, 3,000 DIP entries, 400 datasets, 15,000 commits), 0.25 ≈ S1.
 * Then: `npm run bench-scale -- --corpus DIR`, or `cd DIR && npm run build`.
 */
import { parseArgs } from 'node:util';
import { generateCorpus } from '../src/bench/corpus.ts';

const USAGE = 'Pemakaian: npm run corpus -- --out FOLDER [--scale 1] [--seed N] [--rev REV] [--force]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' }, scale: { type: 'string', default: '1' }, seed: { type: 'string', default: '20261122' },
      rev: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' },
    },
  });
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (values.help || !values.out || !(scale > 0 && scale <= 4) || !Number.isInteger(seed)) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const info = await generateCorpus({ out: values.out, scale, seed, rev: values.rev, force: values.force, log: (line) => process.stdout.write(`… ${line}\n`) });
  const k = info.stats.kategori;
  process.stdout.write(
    `Korpus skala ${scale} (seed ${seed}) di ${values.out}: ${info.size.news} berita, ${info.size.info} informasi ` +
      `(berkala ${k.berkala ?? 0}, setiap-saat ${k['setiap-saat'] ?? 0}, serta-merta ${k['serta-merta'] ?? 0}, dikecualikan ${k.dikecualikan ?? 0}), ` +
      `${info.size.data} dataset, ${info.stats.commits} commit, HEAD ${info.head.slice(0, 12)}, ${info.seconds.toFixed(1)} s\n`,
  );
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`corpus gagal: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 2;
  },
);
