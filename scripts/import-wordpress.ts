/**
 * `npm run import:wordpress -- --url <situs> --opd <opd> [--since 2024-01-01] [--dry-run] [--pages] [--root DIR]`
 * Imports an OPD's old WordPress site (docs/impor-wordpress.md); the logic is in src/import/wordpress/.
 * Progress on stderr, the Indonesian summary on stdout. Exit 0 when the site was read (skipped posts are listed in
 * the summary), 1 when the site could not be read at all, 2 on misuse or an internal failure.
 */
import { importWordpress } from '../src/import/wordpress/run.ts';
import { formatSummary } from '../src/import/wordpress/summary.ts';
import { SiteUnreadable } from '../src/import/wordpress/wp-api.ts';
import { contentRoot, parseOptions, runCli } from '../src/lib/cli.ts';
import { PpidError } from '../src/validate/problem.ts';

const USAGE = 'Pemakaian: npm run import:wordpress -- --url https://situs-lama.demakkab.go.id --opd <nama-opd> [--since TAHUN-BULAN-TANGGAL] [--dry-run] [--pages] [--root FOLDER]';

runCli({ usage: USAGE, name: 'impor', expected: { is: (e) => e instanceof SiteUnreadable, code: 1 } }, async () => {
  const values = parseOptions({
    url: { type: 'string' },
    opd: { type: 'string' },
    since: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    pages: { type: 'boolean', default: false },
    root: { type: 'string', default: '.' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.url || !values.opd) throw new PpidError('Opsi --url dan --opd wajib diisi.');
  const summary = await importWordpress({
    root: contentRoot(values.root), url: values.url, opd: values.opd, since: values.since, dryRun: values['dry-run'], pages: values.pages, progress: process.stderr,
  });
  process.stdout.write(formatSummary(summary));
  return 0;
});
