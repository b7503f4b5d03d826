/** Builds a scenario from the valid fixture plus changes, in a temporary folder, and validates it. */
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { validateRepo, type ValidateOptions } from '../../src/validate/run.ts';
import type { Budget } from '../../src/validate/markdown-pool.ts';
import type { Problem } from '../../src/validate/problem.ts';

export const VALID_FIXTURE = new URL('../fixtures/valid/', import.meta.url).pathname;
export const OPD = 'content/opd/dinas-contoh';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

export type Change = string | Buffer | null | { symlinkTo: string };

/** Copies the valid fixture, applies `changes` (null deletes), returns the temporary root. */
export function makeScenario(changes: Record<string, Change> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'ppid-validate-'));
  made.push(root);
  // content/ only: a validation of the fixture itself leaves its content cache (.cache/) beside it.
  cpSync(VALID_FIXTURE, root, { recursive: true, filter: (src) => !src.includes('/.cache') });
  for (const [path, change] of Object.entries(changes)) {
    const abs = join(root, path);
    rmSync(abs, { force: true });
    if (change === null) continue;
    mkdirSync(dirname(abs), { recursive: true });
    if (typeof change === 'object' && 'symlinkTo' in change) symlinkSync(change.symlinkTo, abs);
    else writeFileSync(abs, change);
  }
  return root;
}

/** Validates a scenario as the CLI does (markdown in the worker pool); returns the problems. */
export async function problemsOf(changes: Record<string, Change>, scopes: string[] = [], options: ValidateOptions & { budget?: Budget } = {}): Promise<Problem[]> {
  return (await validateRepo(makeScenario(changes), scopes, options)).problems;
}

/** The problems reduced to what a test pins: rule, file, line (and severity). */
export function brief(problems: Problem[]) {
  return problems.map((p) => ({ rule: p.rule, file: p.file, line: p.line, severity: p.severity }));
}
