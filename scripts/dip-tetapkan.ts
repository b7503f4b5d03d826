/**
 * `npm run dip:tetapkan -- --tahun 2026 [--opd <opd>] [--root DIR]`: freezes the DIP adopted by that year's decree
 * (`penetapan_dip` in pemda.yaml, or in the OPD's profile) into a new content/…/arsip/dip-<tahun>.json to commit.
 * Exit 0: written; 1: refused (no decree, or the archive exists and stays as it is); 2: misuse or internal failure.
 */
import { contentRoot, parseOptions, runCli } from '../src/lib/cli.ts';
import { freezeDip, PenetapanError } from '../src/penetapan/archive.ts';
import { PpidError } from '../src/validate/problem.ts';

const USAGE = 'Pemakaian: npm run dip:tetapkan -- --tahun TAHUN [--opd OPD] [--root FOLDER]';

runCli({ usage: USAGE, name: 'dip:tetapkan', expected: { is: (e) => e instanceof PenetapanError, code: 1 } }, async () => {
  const values = parseOptions({
    tahun: { type: 'string' },
    opd: { type: 'string' },
    root: { type: 'string', default: '.' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.tahun || !/^\d{4}$/.test(values.tahun)) throw new PpidError('Sebutkan tahun penetapan dengan --tahun, misalnya --tahun 2026.');
  const { path, rows } = await freezeDip(contentRoot(values.root), { tahun: Number(values.tahun), opd: values.opd });
  process.stdout.write(`${path} ditulis: ${rows} informasi publik dibekukan sesuai penetapan tahun ${values.tahun}. Commit berkas ini; jangan diubah lagi.\n`);
  return 0;
});
