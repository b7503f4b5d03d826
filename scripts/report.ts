/**
 * `npm run report [-- --week 2026-W48] [--format md|json|csv] [--root DIR] [--archive]`
 * The weekly PPID compliance report (issue 4). Writes the chosen format to stdout and, when
 * $GITHUB_STEP_SUMMARY is set, the Markdown summary there too. `--archive` also stores the JSON in
 * `reports/<yyyy>-W<ww>.json`. Exit 0: report written; 2: misuse or internal failure.
 * The problems are those `npm run validate` stored for this very tree (src/validate/stored.ts), else it validates.
 */
import { appendFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatCsv, formatJson, formatMarkdown, REPORT_FORMATS, type ReportFormat } from '../src/compliance/format.ts';
import { computeReport, writeArchivedReport } from '../src/compliance/run.ts';
import { parseWeek } from '../src/compliance/week.ts';

const USAGE = 'Pemakaian: npm run report -- [--week 2026-W48] [--format md|json|csv] [--root FOLDER] [--archive]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        week: { type: 'string' },
        format: { type: 'string', default: 'md' },
        root: { type: 'string', default: '.' },
        archive: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) {
    process.stderr.write(`Format "${values.format}" tidak dikenal.\n${USAGE}\n`);
    return 2;
  }
  const week = values.week === undefined ? undefined : parseWeek(values.week);
  if (week === null) {
    process.stderr.write(`Minggu "${values.week}" tidak valid: tulis minggu ISO seperti 2026-W48 (tahun tanpa minggu 53 tidak menerima W53).\n`);
    return 2;
  }
  const root = resolve(values.root);
  if (!existsSync(resolve(root, 'content'))) {
    process.stderr.write(`Folder content/ tidak ditemukan di ${root}.\n${USAGE}\n`);
    return 2;
  }

  const { report, model } = await computeReport(root, { week });
  for (const warning of report.riwayat.peringatan) {
    // Loud on purpose: an estimated report must never pass for a real one.
    process.stderr.write(`\n!!! PERINGATAN: ${warning}\n\n`);
    if (process.env.GITHUB_ACTIONS === 'true') process.stderr.write(`::warning title=Laporan kepatuhan::${warning.replace(/\r?\n/g, ' ')}\n`);
  }
  const markdown = formatMarkdown(report, { situs: model.pemda.situs });
  process.stdout.write(format === 'json' ? formatJson(report) : format === 'csv' ? formatCsv(report) : markdown);
  if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, markdown);
  if (values.archive) process.stderr.write(`Arsip ditulis: ${await writeArchivedReport(root, report)}\n`);
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`Kesalahan internal laporan kepatuhan: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 2;
  },
);
