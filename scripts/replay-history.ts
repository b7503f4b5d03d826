/**
 * `npm run replay-history -- <target folder> [--source DIR] [--force]`
 * Copies this repository into a NEW git repository at <target> whose history replays the sample content
 * with commits dated by the content's own dates (src/compliance/replay.ts). Then:
 * `npm run report -- --root <target>`, or build the site there (`cd <target> && npm run build`; node_modules
 * is linked to the source's).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { replayHistory } from '../src/compliance/replay.ts';
import { wibDateString } from '../src/lib/wib.ts';

const USAGE = 'Pemakaian: npm run replay-history -- <folder tujuan> [--source FOLDER] [--force]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { source: { type: 'string', default: '.' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length !== 1) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const target = resolve(positionals[0]);
  const r = await replayHistory(resolve(values.source), target, values.force);
  process.stdout.write(
    `Riwayat contoh dibuat di ${target}: ${r.commits} commit, ${r.contentFiles} berkas konten, ` +
      `${wibDateString(new Date(r.first))} s.d. ${wibDateString(new Date(r.last))}.\n` +
      `Laporan: npm run report -- --root ${target}\nSitus:   cd ${target} && npm run build\n`,
  );
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`replay-history gagal: ${(error as Error).message}\n`);
    process.exitCode = 2;
  },
);
