/**
 * `npm run bench-admin -- [dist...] [--opd dinkominfo] [--runs 3] [--weight-only]`: the CMS page's JavaScript weight
 * (gzip, what must load before the CMS shows and what loads later) and the time to its first usable screen at
 * 10 Mbit/60 ms, per built site (measure a production `npm run build`, not the test build).
 */
import { parseArgs } from 'node:util';
import { measureAdminLoad } from '../src/bench/admin-load.ts';
import { adminWeight, formatAdminWeight } from '../src/bench/admin-weight.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { opd: { type: 'string', default: 'dinkominfo' }, runs: { type: 'string', default: '3' }, 'weight-only': { type: 'boolean', default: false } },
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n: number) => `${Math.round(n / 1024)} KB`;
for (const dist of positionals.length > 0 ? positionals : ['dist']) {
  process.stdout.write(`${dist}\n${formatAdminWeight(await adminWeight(dist, values.opd))}\n`);
  if (values['weight-only']) continue;
  const runs = await measureAdminLoad(dist, values.opd, Number(values.runs));
  const usable = runs.map((r) => r.usableMs);
  const sent = median(runs.map((r) => r.jsTransferred));
  process.stdout.write(`layar pertama (tombol Masuk) pada 10 Mbit/60 ms: median ${median(usable)} ms (${usable.join(', ')}), JS terkirim ${kb(sent)}\n`);
}
