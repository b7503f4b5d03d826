/**
 * The dashboard indicator rule: content/indikator.yaml names existing datasets and, in them, existing columns, the
 * value column numeric; a scoped run of indikator.yaml alone (a pull request changing only it) judges the same.
 */
import { describe, expect, it } from 'vitest';
import { malformed } from './memory.ts';
import { problemsOf } from './scenario.ts';

const FILE = 'content/indikator.yaml';
const indikator = (fields = '') => `indikator:\n  - judul: Jumlah sekolah\n    dataset: dinas-contoh/jumlah-sekolah\n    kolom: jumlah\n    agregasi: jumlah\n    satuan: sekolah\n    arah_baik: netral\n${fields}`;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const ofRule = async (prefix: string, text: string, scopes: string[] = []) => (await problemsOf({ [FILE]: text }, scopes)).filter((p) => p.rule.startsWith(prefix));

describe('indikator rule', () => {
  it('accepts an indicator on an existing dataset with a period and a filter', async () => {
    expect(await problemsOf({ [FILE]: indikator('    periode: { kolom: tanggal_data, pilih: terbaru }\n    saring: { kolom: kecamatan, nilai: Mranggen }\n') })).toEqual([]);
  });

  it('reports a dataset that does not exist at the line of `dataset`, with the OPD\'s datasets as the fix', async () => {
    const text = indikator().replace('dinas-contoh/jumlah-sekolah', 'dinas-contoh/jumlah-guru');
    const [problem, ...rest] = await ofRule('indikator/', text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: FILE, line: lineOf(text, 'dataset:'), rule: 'indikator/dataset-tidak-ada', severity: 'error' });
    expect(problem.message).toBe('Dataset (`indikator.0.dataset`): "dinas-contoh/jumlah-guru" tidak ada; berkas content/opd/dinas-contoh/data/jumlah-guru.yaml tidak ditemukan');
    expect(problem.hint).toBe('Tulis dataset yang ada, misalnya dinas-contoh/jumlah-sekolah.');
    expect(malformed(problem)).toBeUndefined();
  });

  it('reports missing value, period and filter columns, each at its line', async () => {
    const text = indikator('    periode: { kolom: tahun }\n    saring: { kolom: desa, nilai: Mranggen }\n').replace('kolom: jumlah\n', 'kolom: jumlah_guru\n');
    const problems = await ofRule('indikator/', text);
    expect(problems.map((p) => [p.rule, p.line])).toEqual([
      ['indikator/kolom-tidak-ada', lineOf(text, 'kolom: jumlah_guru')],
      ['indikator/kolom-tidak-ada', lineOf(text, 'periode:')],
      ['indikator/kolom-tidak-ada', lineOf(text, 'saring:')],
    ]);
    expect(problems[0].message).toBe('Kolom nilai (`indikator.0.kolom`): kolom "jumlah_guru" tidak ada di dataset dinas-contoh/jumlah-sekolah');
    expect(problems[0].hint).toBe('Tulis nama kolom dari kamus kolom content/opd/dinas-contoh/data/jumlah-sekolah.yaml, misalnya jumlah, rasio.');
    expect(problems[1].message).toContain('Kolom periode (`indikator.0.periode.kolom`)');
  });

  it('refuses a value column that holds no numbers', async () => {
    const [problem] = await ofRule('indikator/', indikator().replace('kolom: jumlah\n', 'kolom: kecamatan\n'));
    expect(problem.rule).toBe('indikator/nilai-bukan-angka');
    expect(problem.hint).toBe('Pilih kolom bertipe bilangan atau bilangan-bulat: jumlah, rasio.');
  });

  it('judges indikator.yaml alone in a scoped run the same way (it reads every dataset\'s metadata)', async () => {
    const text = indikator().replace('kolom: jumlah\n', 'kolom: kecamatan\n');
    const scoped = await ofRule('indikator/', text, [FILE]);
    expect(scoped).toEqual(await ofRule('indikator/', text));
    expect(scoped).toHaveLength(1);
  });

  it('leaves a reference of the wrong form to the schema', async () => {
    const problems = await problemsOf({ [FILE]: indikator().replace('dinas-contoh/jumlah-sekolah', 'jumlah-sekolah') });
    expect(problems.map((p) => p.rule)).toEqual(['frontmatter/schema']);
  });
});
