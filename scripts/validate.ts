/**
 * `npm run validate [-- [--format text|json|github] [--root DIR] [paths...]]`
 * `npm run validate -- --list-rules [--format text|json|markdown]`
 * Checks the content tree (or the given files/folders) and reports every problem in one run.
 * Exit 0: no errors (warnings allowed); 1: errors; 2: misuse or internal failure. Never writes to content/.
 * Parses go through the content cache (`.cache/konten/`, src/content/cache.ts; `PPID_CACHE=0` turns it off). A
 * whole-tree run stores its result there for the compliance report of the same tree (src/validate/stored.ts); a run
 * given files reads only them and what cross-file checks need (src/validate/scoped.ts), with the same problems.
 * Misuse is a PpidError: one Indonesian line, no stack. Anything else is a bug of the validator: one
 * Indonesian line with its message, and the stack only with PPID_DEBUG=1 (editors read this output).
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems, type OutputFormat } from '../src/validate/format.ts';
import { PpidError } from '../src/validate/problem.ts';
import { formatRuleList, type ListFormat } from '../src/validate/rule-list.ts';
import { validateRepo } from '../src/validate/run.ts';

const USAGE = 'Pemakaian: npm run validate -- [--format text|json|github] [--root FOLDER] [berkas atau folder ...]\n' +
  '           npm run validate -- --list-rules [--format text|json|markdown]';

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        root: { type: 'string', default: '.' },
        'list-rules': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // Node's own parseArgs text is English; say it in Indonesian (the option is quoted in its message).
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    throw new PpidError(`Opsi tidak dikenal atau tidak lengkap: ${option}`);
  }
}

/** The repository-relative scopes of the given paths. */
function scopesOf(root: string, paths: string[]): string[] {
  return paths.map((p) => {
    const abs = resolve(p);
    if (!existsSync(abs)) throw new PpidError(`Berkas atau folder "${p}" tidak ditemukan.`);
    const rel = relative(root, abs).split(sep).join('/');
    if (rel.startsWith('..')) throw new PpidError(`"${p}" berada di luar repositori ${root}.`);
    return rel === '' ? 'content' : rel;
  });
}

async function main(): Promise<number> {
  const { values, positionals } = options();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values['list-rules']) {
    const format = values.format ?? 'text';
    if (!['text', 'json', 'markdown'].includes(format)) throw new PpidError(`Format "${format}" tidak dikenal untuk --list-rules.`);
    process.stdout.write(formatRuleList(format as ListFormat));
    return 0;
  }
  const format = (values.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')) as OutputFormat;
  if (!['text', 'json', 'github'].includes(format)) throw new PpidError(`Format "${format}" tidak dikenal.`);
  const root = resolve(values.root);
  if (!existsSync(resolve(root, 'content'))) throw new PpidError(`Folder content/ tidak ditemukan di ${root}.`);
  const result = await validateRepo(root, scopesOf(root, positionals));
  process.stdout.write(formatProblems(result.problems, format, result.fileCount));
  return result.errors > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof PpidError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`Kesalahan internal validator (bukan kesalahan konten Anda; laporkan ke admin portal): ${message.split('\n')[0]}\n`);
      if (process.env.PPID_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    }
    process.exitCode = 2;
  },
);
