/**
 * Property: whatever the content (YAML-ish text and structures, markdown token soup, CSV, binary junk, deep
 * nesting, odd file names), validateTree returns, never throws, and every problem is well-formed: a repository
 * path, line and column from 1, a declared check (never `intern/`: that would be a rule crashing), and an
 * Indonesian message and hint. Bounded here; `node scripts/bench-property.ts --runs N` runs many more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesArb } from './arbitraries.ts';
import { malformed, validateMemory } from './memory.ts';

async function wellFormed(changes: Parameters<typeof validateMemory>[0]): Promise<void> {
  for (const problem of await validateMemory(changes)) {
    const why = malformed(problem);
    if (why) throw new Error(`${why}\n${JSON.stringify(problem)}`);
  }
}

describe('validating arbitrary content', () => {
  it('never throws and yields only well-formed problems of declared checks', async () => {
    await fc.assert(fc.asyncProperty(changesArb, wellFormed), { numRuns: 120 });
  }, 60_000);

  it('recognises a malformed problem (the property can fail)', () => {
    const problem = { file: 'content/x.md', line: 1, column: 1, severity: 'error' as const, rule: 'markdown/broken-link', message: 'tautan rusak', hint: 'Perbaiki.' };
    expect(malformed(problem)).toBeUndefined();
    expect(malformed({ ...problem, line: 0 })).toBe('line 0');
    expect(malformed({ ...problem, rule: 'intern/files' })).toMatch(/^a rule failed/);
    expect(malformed({ ...problem, message: 'isian `x` Invalid input: expected string' })).toMatch(/not Indonesian/);
    expect(malformed({ ...problem, file: '/etc/passwd' })).toMatch(/^file/);
  });
});
