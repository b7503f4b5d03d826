/**
 * content/pemda.yaml missing or invalid is a problem of pemda.yaml at its line, never a crash: every
 * consumer (limits, official phones, routes) falls back to the defaults.
 */
import { describe, expect, it } from 'vitest';
import { brief, problemsOf } from './scenario.ts';

const PEMDA = 'content/pemda.yaml';

describe('pemda.yaml', () => {
  it('missing: one problem that says so, and the rest of the tree is still checked with the default limits', async () => {
    const problems = await problemsOf({ [PEMDA]: null, 'content/opd/dinas-contoh/dokumen/besar.pdf': Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(21 * 1024 * 1024)]) });
    expect(brief(problems)).toEqual([
      { rule: 'files/size', file: 'content/opd/dinas-contoh/dokumen/besar.pdf', line: 1, severity: 'error' },
      { rule: 'cross-file/pemda-missing', file: PEMDA, line: 1, severity: 'error' },
    ]);
    expect(problems[1].message).toBe('berkas content/pemda.yaml tidak ada');
  });

  it('a folder where the file should be counts as missing', async () => {
    const problems = await problemsOf({ [PEMDA]: null, [`${PEMDA}/isi.yaml`]: 'nama: x\n' });
    expect(problems.map((p) => p.rule)).toContain('cross-file/pemda-missing');
  });

  it('a YAML error is reported at its line, in Indonesian', async () => {
    const problems = await problemsOf({ [PEMDA]: 'nama: Pemerintah Kabupaten Demak\nsingkatan: [Pemkab\nkode_wilayah: "33.21"\n' });
    expect(brief(problems)).toEqual([{ rule: 'frontmatter/yaml-syntax', file: PEMDA, line: 3, severity: 'error' }]);
    // Not the parser's English ("Flow sequence in block collection must be sufficiently indented ...").
    expect(problems[0].message).toBe('penulisan YAML tidak valid: indentasi (spasi di awal baris) tidak sesuai');
  });

  it('schema errors are reported at the offending key; invalid limits fall back to the defaults', async () => {
    const problems = await problemsOf({ [PEMDA]: 'nama: Pemerintah Kabupaten Demak\nbatas_ukuran:\n  pdf: -1\n' });
    expect(problems.find((p) => p.message.includes('batas_ukuran'))).toMatchObject({ rule: 'frontmatter/schema', file: PEMDA, line: 3 });
    expect(problems.every((p) => p.file === PEMDA)).toBe(true);
  });

  it('a list or a plain value instead of the settings is one schema problem', async () => {
    for (const text of ['- nama\n', 'Pemkab Demak\n']) {
      expect(brief(await problemsOf({ [PEMDA]: text }))).toEqual([{ rule: 'frontmatter/schema', file: PEMDA, line: 1, severity: 'error' }]);
    }
  });
});
