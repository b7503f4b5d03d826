/**
 * Input that used to crash or stall the validator (exit 2, a stack trace, or minutes of CPU) is now one
 * Indonesian problem at its file and line. Each scenario is the valid fixture with one hostile file.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/validate/problem.ts';
import { brief, OPD, problemsOf } from './scenario.ts';

const INFO = `${OPD}/informasi/bahaya.md`;
const FM = 'judul: Informasi Contoh\nkategori: berkala\n';
const page = (frontmatter: string, body = 'Isi.') => `---\n${frontmatter}---\n\n${body}\n`;
const rulesOf = (problems: Problem[]) => [...new Set(problems.map((p) => p.rule))];
const only = (problems: Problem[], prefix: string) => problems.filter((p) => p.file === INFO && p.rule.startsWith(prefix));

describe('hostile YAML', () => {
  it('caps aliases: a billion-laughs frontmatter is one frontmatter/yaml-limit problem, not an exception', async () => {
    const levels = Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`);
    const bomb = ['l0: &l0 "lol"', ...levels].join('\n');
    const problems = await problemsOf({ [INFO]: page(`${FM}${bomb}\n`) });
    // Lines 5 and 6 hold the first 20 aliases; the 21st, on line 7, is one too many.
    expect(brief(only(problems, 'frontmatter/yaml'))).toEqual([{ rule: 'frontmatter/yaml-limit', file: INFO, line: 7, severity: 'error' }]);
    expect(problems.find((p) => p.rule === 'frontmatter/yaml-limit')?.message).toContain('alias');
  });

  it('refuses 5,000-deep flow nesting with an Indonesian message at its line, not "Maximum call stack size exceeded"', async () => {
    const problems = await problemsOf({ [INFO]: page(`${FM}tag: ${'['.repeat(5000)}${']'.repeat(5000)}\n`) });
    const yaml = only(problems, 'frontmatter/yaml');
    expect(rulesOf(yaml)).toEqual(['frontmatter/yaml-limit']);
    expect(yaml[0].line).toBe(4);
    expect(yaml.map((p) => p.message).join(' ')).not.toMatch(/call stack|Maximum/);
  });

  it('refuses a block mapping nested 1,000 levels deep (within the size limit) at the first line too deep', async () => {
    const deep = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    const problems = await problemsOf({ [INFO]: page(`${FM}${deep}\n`) });
    expect(brief(only(problems, 'frontmatter/yaml'))).toEqual([{ rule: 'frontmatter/yaml-limit', file: INFO, line: 4 + 31, severity: 'error' }]);
  });

  it('refuses !!js/function, !!binary and any custom !tag, each at its line', async () => {
    const problems = await problemsOf({ [INFO]: page(`${FM}a: !!js/function "function () {}"\nb: !!binary aGVsbG8=\nc: !pribadi rahasia\n`) });
    expect(brief(only(problems, 'frontmatter/yaml'))).toEqual([4, 5, 6].map((line) => ({ rule: 'frontmatter/yaml-tag', file: INFO, line, severity: 'error' })));
    expect(problems.find((p) => p.rule === 'frontmatter/yaml-tag')?.hint).toContain('!!binary');
  });

  it('still reports a duplicate key, in Indonesian, found without the quadratic check of the YAML package', async () => {
    const problems = await problemsOf({ [INFO]: page(`${FM}judul: Lagi\n`) });
    expect(brief(only(problems, 'frontmatter/yaml'))).toEqual([{ rule: 'frontmatter/yaml-syntax', file: INFO, line: 4, severity: 'error' }]);
    expect(problems[0].message).toBe('penulisan YAML tidak valid: isian yang sama ditulis dua kali');
  });
});

describe('hostile markdown', () => {
  it('refuses 5,000 nested blockquotes at their line', async () => {
    const problems = await problemsOf({ [INFO]: page(FM, `Pembuka.\n\n${'>'.repeat(5000)} kutipan`) });
    expect(brief(only(problems, 'markdown/'))).toEqual([{ rule: 'markdown/nesting', file: INFO, line: 8, severity: 'error' }]);
  });

  it('refuses 5,000 nested list items (which overflowed the stack of the markdown parser)', async () => {
    const problems = await problemsOf({ [INFO]: page(FM, `${'- '.repeat(5000)}butir`) });
    expect(brief(only(problems, 'markdown/'))).toEqual([{ rule: 'markdown/nesting', file: INFO, line: 6, severity: 'error' }]);
  });

  it('refuses list items indented ever deeper, even with lines in between that are not list items', async () => {
    const list = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- butir\n${'  '.repeat(i)}  lanjutan`).join('\n');
    const problems = await problemsOf({ [INFO]: page(FM, list) });
    expect(brief(only(problems, 'markdown/'))).toEqual([{ rule: 'markdown/nesting', file: INFO, line: 6 + 2 * 32, severity: 'error' }]);
  });

  it('reports malformed percent-encoding in links as a broken link, not a URIError', async () => {
    const problems = await problemsOf({ [INFO]: page(FM, '[a](/opd/a%E0%A4%A/) dan [b](dokumen/a%E0%A4%A.pdf) dan [c](/opd/%zz/)') });
    expect(brief(only(problems, 'markdown/'))).toEqual(Array(3).fill({ rule: 'markdown/broken-link', file: INFO, line: 6, severity: 'error' }));
    expect(problems.find((p) => p.rule === 'markdown/broken-link')?.message).toContain('kode persen');
  });
});

describe('file names', () => {
  it('refuses names over 100 characters, suggesting a shorter one', async () => {
    const name = `${OPD}/informasi/${'laporan-realisasi-anggaran-'.repeat(4)}2025.md`;
    const problems = await problemsOf({ [name]: page(FM) });
    expect(brief(problems.filter((p) => p.rule.startsWith('frontmatter/filename')))).toEqual([{ rule: 'frontmatter/filename-length', file: name, line: 1, severity: 'error' }]);
    expect(problems.find((p) => p.rule === 'frontmatter/filename-length')?.message).toContain('115 karakter');
  });
});
