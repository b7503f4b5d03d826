/**
 * `npm run harvest [-- --opd <opd>] [--dataset <slug>] [--dry-run] [--root DIR]`: fetches every due dataset source
 * (`sumber` in the dataset YAML, docs/panen.md), validates the data with the validator's CSV rules and writes the
 * CSVs that are valid and changed, their `diperbarui`, and each OPD's log `content/opd/<opd>/panen.yaml`.
 * Exit 0: no source failed; 1: at least one failed (the good ones are still written); 2: misuse or internal failure.
 */
import { resultLine, summaryLine } from '../src/harvest/cli-report.ts';
import { runHarvest } from '../src/harvest/run.ts';
import { contentRoot, parseOptions, runCli } from '../src/lib/cli.ts';

const USAGE = 'Pemakaian: npm run harvest -- [--opd OPD] [--dataset SLUG] [--dry-run] [--root FOLDER]';

runCli({ usage: USAGE, name: 'panen' }, async () => {
  const values = parseOptions({
    opd: { type: 'string' },
    dataset: { type: 'string' },
    'dry-run': { type: 'boolean' },
    root: { type: 'string', default: '.' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dryRun = values['dry-run'] === true;
  const results = await runHarvest({ root: contentRoot(values.root), opd: values.opd, dataset: values.dataset, dryRun });
  for (const r of results) process.stdout.write(`${resultLine(r, dryRun)}\n`);
  process.stdout.write(`${summaryLine(results, dryRun)}\n`);
  return results.some((r) => r.status === 'gagal') ? 1 : 0;
});
