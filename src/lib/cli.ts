/**
 * What every content command's CLI shares (`harvest`, `import:wordpress`): Indonesian option errors, a content
 * root that must hold content/, and one exit convention: the command's own code, 2 for misuse (with the usage
 * line) or an internal failure (one line; the stack only with PPID_DEBUG=1).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { PpidError } from '../validate/problem.ts';

/** Parses `process.argv` against `options`; an unknown or incomplete option is a PpidError naming it. */
export function parseOptions<const O extends ParseArgsOptionsConfig>(options: O) {
  try {
    return parseArgs({ options, strict: true }).values;
  } catch (error) {
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    throw new PpidError(`Opsi tidak dikenal atau tidak lengkap: ${option}`);
  }
}

/** The absolute content root (`--root`, default `.`); it must hold a content/ folder. */
export function contentRoot(root = '.'): string {
  const abs = resolve(root);
  if (!existsSync(resolve(abs, 'content'))) throw new PpidError(`Folder content/ tidak ditemukan di ${abs}.`);
  return abs;
}

export interface CliSpec {
  usage: string;
  /** What the command is called in an internal-failure line, e.g. `panen`. */
  name: string;
  /** Failures that are the command's own outcome (printed as they are, with this exit code). */
  expected?: { is: (error: unknown) => boolean; code: number };
}

/** Runs `main` and sets the exit code by the convention above. */
export function runCli(spec: CliSpec, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (spec.expected?.is(error)) {
        process.stderr.write(`${(error as Error).message}\n`);
        process.exitCode = spec.expected.code;
        return;
      }
      if (error instanceof PpidError) process.stderr.write(`${error.message}\n${spec.usage}\n`);
      else {
        process.stderr.write(`Kesalahan internal ${spec.name} (laporkan ke admin portal): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
        if (process.env.PPID_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      }
      process.exitCode = 2;
    },
  );
}
