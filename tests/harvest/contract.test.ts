/**
 * The harvest contract in the dataset schema, seen through the validator: the old free-text `sumber` gets its
 * migration hint, secrets are refused in `header`, and the pieces that only make sense together are checked.
 * Also the small pure parts of the engine: `diperbarui` editing, schedule, decoding.
 */
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/harvest/decode.ts';
import { setDiperbarui } from '../../src/harvest/diperbarui.ts';
import { dueState } from '../../src/harvest/schedule.ts';
import { looksLikeSecret } from '../../src/schemas/sumber.ts';
import { memoryTree } from '../../src/validate/memory-tree.ts';
import { validateTree } from '../../src/validate/run.ts';
import { datasetYaml, OLD_CSV, Tree } from './fixture.ts';

const YAML = 'content/opd/dinkes/data/dbd.yaml';

/** The validator's problems of one dataset YAML (with its pemda.yaml, profile and CSV). */
async function problemsOf(yaml: string) {
  const base = new Tree();
  const tree = await memoryTree({
    'content/pemda.yaml': base.text('content/pemda.yaml'),
    'content/opd/dinkes/profil.md': base.text('content/opd/dinkes/profil.md'),
    [YAML]: yaml,
    [YAML.replace('.yaml', '.csv')]: OLD_CSV,
  });
  base.remove();
  return (await validateTree(tree, [YAML])).problems;
}

describe('dataset `sumber`: the harvest contract', () => {
  it('accepts a complete contract', async () => {
    const sumber = '  url: https://data.demakkab.go.id/dbd.json\n  format: json\n  data: result.records\n  kolom:\n    kode: kode_wilayah\n  header:\n    Authorization: PANEN_TOKEN_DINKES\n  timeout: 60\n';
    expect(await problemsOf(datasetYaml({ sumber }))).toEqual([]);
  });

  it('refuses the old free-text note with the migration hint, at its line', async () => {
    const yaml = datasetYaml({ sumber: '' }).replace('sumber:\n\n', 'sumber: Dinas Kesehatan, Bidang P2P (data contoh)\n');
    const [problem] = await problemsOf(yaml);
    expect(problem).toMatchObject({ rule: 'frontmatter/schema', line: 9, message: '`sumber`: pindahkan catatan ke `keterangan_sumber`' });
    expect(problem.hint).toBe('`sumber` kini kontrak panen: url, format (lihat docs/panen.md).');
  });

  it('refuses a secret written where the variable name belongs, and another namespace', async () => {
    const withHeader = (value: string) => datasetYaml({ sumber: `  url: https://data.demakkab.go.id/x.csv\n  format: csv\n  header:\n    Authorization: ${value}\n` });
    const [secret] = await problemsOf(withHeader('"Bearer eyJhbGciOiJIUzI1NiJ9.abc"'));
    expect(secret.message).toContain('tampak seperti rahasia');
    const [name] = await problemsOf(withHeader('GITHUB_TOKEN'));
    expect(name.message).toContain('berawalan PANEN_');
    const [reserved] = await problemsOf(withHeader('PANEN_PR_TOKEN'));
    expect(reserved.message).toContain('PANEN_PR_');
    expect(['PANEN_TOKEN_DINKES', 'PANEN_KUNCI_DINPERTAN_PANGAN'].some(looksLikeSecret)).toBe(false);
    expect(['ghp_16C7e42F292c6912E7710c838347Ae178B4a', 'ABCDEF0123456789ABCDEF0123456789', 'Bearer x'].every(looksLikeSecret)).toBe(true);
  });

  it('checks the mapping against the dictionary and the options against the format', async () => {
    const sumber = '  url: ftp://data.demakkab.go.id/x.csv\n  format: csv\n  data: records\n  kolom:\n    jumlah: jumlah_kasus\n  timeout: 600\n';
    const messages = (await problemsOf(datasetYaml({ sumber }))).map((p) => p.message).join('\n');
    expect(messages).toContain('alamat sumber harus diawali `https://` atau `http://`');
    expect(messages).toContain('kolom "jumlah_kasus" tidak ada di kamus kolom');
    expect(messages).toContain('`data` hanya berlaku untuk format json');
    expect(messages).toMatch(/sumber\.timeout.*terlalu/);
  });
});

describe('diperbarui: one value replaced, every other byte kept', () => {
  it('keeps quotes, comments, CRLF line ends and a BOM', () => {
    const text = '\uFEFF# catatan\r\njudul: X\r\ndiperbarui: \'2026-10-01\'  # mesin\r\nkolom: []\r\n';
    expect(setDiperbarui(text, '2026-11-20', YAML)).toBe('\uFEFF# catatan\r\njudul: X\r\ndiperbarui: \'2026-11-20\'  # mesin\r\nkolom: []\r\n');
    expect(setDiperbarui('diperbarui: 2026-10-01 09:30\n', '2026-11-20', YAML)).toBe('diperbarui: 2026-11-20\n');
    // A nested `diperbarui` (inside a column) is not the dataset's.
    expect(() => setDiperbarui('kolom:\n  - diperbarui: 2026-10-01\n', '2026-11-20', YAML)).toThrow(/`diperbarui` di content\/opd\/dinkes\/data\/dbd\.yaml tidak ditemukan/);
  });
});

describe('schedule and decoding', () => {
  const at = (iso: string) => new Date(iso);
  it('counts WIB calendar days from the last success; `sekali` only once; never succeeded is due', () => {
    expect(dueState('harian', '2026-11-19T06:10:00+07:00', at('2026-11-20T06:05:00+07:00'))).toEqual({ due: true });
    expect(dueState('mingguan', '2026-11-19T06:10:00+07:00', at('2026-11-20T06:05:00+07:00'))).toEqual({ due: false, next: '2026-11-26' });
    expect(dueState('sekali', '2020-01-01T00:00:00+07:00', at('2026-11-20T06:05:00+07:00'))).toEqual({ due: false, next: null });
    expect(dueState('sekali', undefined, at('2026-11-20T06:05:00+07:00'))).toEqual({ due: true });
  });

  it('lets a Content-Type charset win, else UTF-8, else Windows-1252', () => {
    const latin = Buffer.from('Bonang \xe9', 'latin1');
    expect(decodeSource(latin, 'text/csv')).toBe('Bonang é');
    expect(decodeSource(Buffer.from('\uFEFFBonang é'), 'text/csv')).toBe('Bonang é');
    expect(decodeSource(Buffer.from('Bonang \xe9', 'latin1'), 'text/csv; charset=ISO-8859-1')).toBe('Bonang é');
    expect(() => decodeSource(latin, 'text/csv; charset=utf-8')).toThrow(/tidak sesuai charset "utf-8"/);
    expect(() => decodeSource(latin, 'text/csv; charset=klingon')).toThrow(/charset "klingon" yang tidak dikenal/);
  });
});
