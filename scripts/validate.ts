/**
 * `npm run validate [-- [--format text|json|github] [--root DIR] [paths...]]`
 * Checks the content tree (or the given files/folders) and reports every problem in one run.
 * Exit 0: no errors (warnings allowed); 1: errors; 2: misuse or internal failure. Never writes to content/.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems, type OutputFormat } from '../src/validate/format.ts';
import { validateRepo } from '../src/validate/run.ts';

const USAGE = 'Pemakaian: npm run validate -- [--format text|json|github] [--root FOLDER] [berkas atau folder ...]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { format: { type: 'string' }, root: { type: 'string', default: '.' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    // Node's own parseArgs text is English; say it in Indonesian (the option is quoted in its message).
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    process.stderr.write(`Opsi tidak dikenal atau tidak lengkap: ${option}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = (values.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')) as OutputFormat;
  if (!['text', 'json', 'github'].includes(format)) {
    process.stderr.write(`Format "${format}" tidak dikenal.\n${USAGE}\n`);
    return 2;
  }
  const root = resolve(values.root);
  if (!existsSync(resolve(root, 'content'))) {
    process.stderr.write(`Folder content/ tidak ditemukan di ${root}.\n${USAGE}\n`);
    return 2;
  }
  const scopes: string[] = [];
  for (const p of positionals) {
    const abs = resolve(p);
    if (!existsSync(abs)) {
      process.stderr.write(`Berkas atau folder "${p}" tidak ditemukan.\n`);
      return 2;
    }
    const rel = relative(root, abs).split(sep).join('/');
    if (rel.startsWith('..')) {
      process.stderr.write(`"${p}" berada di luar repositori ${root}.\n`);
      return 2;
    }
    scopes.push(rel === '' ? 'content' : rel);
  }
  const result = await validateRepo(root, scopes);
  process.stdout.write(formatProblems(result.problems, format, result.fileCount));
  return result.errors > 0 ? 1 : 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`Kesalahan internal validator: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 2;
  },
);
