/**
 * `npm run cms-config [-- --root DIR] [--out DIR]`
 * Generates the Decap CMS configuration of every OPD from content/pemda.yaml and the zod schemas, into
 * `public/admin/<opd>/config.json` (served as `/admin/<opd>/config.json`). The build runs it before Astro;
 * the output is generated, git-ignored and never edited by hand. Folders of OPDs that no longer exist are removed.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCmsConfigs } from '../src/cms/config-files.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { root: { type: 'string', default: '.' }, out: { type: 'string' } } });
  const root = resolve(values.root);
  const out = resolve(values.out ?? join(root, 'public', 'admin'));
  const started = performance.now();
  const slugs = await writeCmsConfigs(root, out);
  process.stdout.write(`Konfigurasi CMS untuk ${slugs.length} OPD ditulis ke ${out} (${Math.round(performance.now() - started)} ms).\n`);
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    process.stderr.write(`Gagal membuat konfigurasi CMS: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
