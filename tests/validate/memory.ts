/**
 * Scenarios in memory: the valid fixture (tests/fixtures/valid) read once, changed per case, validated
 * through the same tree builder as the disk (src/validate/memory-tree.ts). Shared by the coverage and
 * property tests and scripts/bench-property.ts, so it must not import vitest.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { memoryTree, type MemoryEntry } from '../../src/validate/memory-tree.ts';
import { parseBodies, type Budget } from '../../src/validate/markdown-pool.ts';
import type { Problem } from '../../src/validate/problem.ts';
import { declaredCheckIds } from '../../src/validate/rule-list.ts';
import { validateTree, type ValidateOptions } from '../../src/validate/run.ts';

export const VALID_FIXTURE = new URL('../fixtures/valid/', import.meta.url).pathname;

function readDir(root: string, rel: string, out: Record<string, Buffer>): Record<string, Buffer> {
  for (const name of readdirSync(join(root, rel))) {
    const path = rel ? `${rel}/${name}` : name;
    if (statSync(join(root, path)).isDirectory()) readDir(root, path, out);
    else out[path] = readFileSync(join(root, path));
  }
  return out;
}

/** The valid fixture by repository path (content/ only: a validation of the fixture on disk leaves .cache/ beside it). */
export const FIXTURE: Readonly<Record<string, Buffer>> = readDir(VALID_FIXTURE, 'content', {});

export type MemoryChange = MemoryEntry | null;

/** The fixture with `changes` applied (null deletes). */
export function withChanges(changes: Record<string, MemoryChange>): Record<string, MemoryEntry> {
  const entries: Record<string, MemoryEntry> = { ...FIXTURE };
  for (const [path, change] of Object.entries(changes)) {
    if (change === null) delete entries[path];
    else entries[path] = change;
  }
  return entries;
}

/** Validates the fixture with `changes`; with a `budget`, markdown goes through the worker pool as in CI. */
export async function validateMemory(changes: Record<string, MemoryChange>, options: ValidateOptions & { budget?: Budget } = {}): Promise<Problem[]> {
  const tree = await memoryTree(withChanges(changes));
  const markdown = options.budget ? await parseBodies(tree.sources.values(), options.budget) : undefined;
  return (await validateTree(tree, [], { ...options, markdown })).problems;
}

/** Words that only leak from code (JavaScript, zod, the YAML parser), never from our Indonesian texts. */
const ENGLISH = /\b(undefined|NaN|Infinity|Error|Invalid|Expected|Maximum call stack|must be|object Object)\b/;

/** Why a problem is not well-formed, or undefined. */
export function malformed(p: Problem, declared: ReadonlySet<string> = new Set(declaredCheckIds())): string | undefined {
  if (typeof p.file !== 'string' || !/^content(\/|$)/.test(p.file) || p.file.split('/').includes('..')) return `file ${JSON.stringify(p.file)}`;
  if (!Number.isInteger(p.line) || p.line < 1) return `line ${p.line}`;
  if (!Number.isInteger(p.column) || p.column < 1) return `column ${p.column}`;
  if (p.severity !== 'error' && p.severity !== 'warning') return `severity ${String(p.severity)}`;
  if (!declared.has(p.rule)) return `undeclared rule ${p.rule}`;
  if (p.rule.startsWith('intern/')) return `a rule failed: ${p.hint}`;
  for (const [name, text] of [['message', p.message], ['hint', p.hint]] as const) {
    if (typeof text !== 'string' || text.trim() === '') return `empty ${name}`;
    // Echoed content is quoted; what is left must be ours.
    const own = text.replace(/"[^"\n]*"|`[^`\n]*`/g, '');
    if (ENGLISH.test(own)) return `${name} not Indonesian: ${text.slice(0, 120)}`;
  }
  return undefined;
}
