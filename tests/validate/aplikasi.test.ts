/**
 * The application inventory rule: an application may name only datasets of its own OPD, reported at the line of
 * the item with the OPD's dataset slugs as the fix; a scoped run of the one file judges it the same way.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { malformed } from './memory.ts';
import { OPD, problemsOf, VALID_FIXTURE } from './scenario.ts';

const APLIKASI = `${OPD}/aplikasi/data-pokok-pendidikan.yaml`;
const fixture = (path: string) => readFileSync(`${VALID_FIXTURE}${path}`, 'utf8');
/** The fixture's application with its `dataset` list replaced. */
const withDatasets = (...slugs: string[]) => fixture(APLIKASI).replace('dataset:\n  - jumlah-sekolah\n', `dataset:\n${slugs.map((s) => `  - ${s}\n`).join('')}`);
const datasetLine = (index: number) => fixture(APLIKASI).split('\n').indexOf('dataset:') + 2 + index;

const missing = async (changes: Record<string, string | null>, scopes: string[] = []) =>
  (await problemsOf(changes, scopes)).filter((p) => p.rule === 'aplikasi/dataset-missing');

describe('aplikasi/dataset-missing', () => {
  it('accepts the datasets of the same OPD, also a `.yml` one', async () => {
    const yml = `${OPD}/data/jumlah-guru.yml`;
    const changes = { [APLIKASI]: withDatasets('jumlah-sekolah', 'jumlah-guru'), [yml]: fixture(`${OPD}/data/jumlah-sekolah.yaml`), [yml.replace('.yml', '.csv')]: fixture(`${OPD}/data/jumlah-sekolah.csv`) };
    expect(await missing(changes)).toEqual([]);
  });

  it('names the file, the line of the item, the field label and the OPD\'s datasets as the fix', async () => {
    const [problem, ...rest] = await missing({ [APLIKASI]: withDatasets('jumlah-sekolah', 'jumlah-guru') });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: APLIKASI, line: datasetLine(1), column: 5, severity: 'error' });
    expect(problem.message).toBe('Dataset yang diisi (`dataset`): "jumlah-guru" tidak ada di content/opd/dinas-contoh/data/');
    expect(problem.hint).toContain('Tulis slug dataset dinas-contoh yang benar: jumlah-sekolah.');
    expect(malformed(problem)).toBeUndefined();
  });

  it('says so when the dataset belongs to another OPD', async () => {
    const other = 'content/opd/dinas-lain';
    const [problem] = await missing({
      [APLIKASI]: withDatasets('penduduk'),
      [`${other}/profil.md`]: fixture(`${OPD}/profil.md`),
      [`${other}/data/penduduk.yaml`]: fixture(`${OPD}/data/jumlah-sekolah.yaml`),
      [`${other}/data/penduduk.csv`]: fixture(`${OPD}/data/jumlah-sekolah.csv`),
    });
    expect(problem.message).toBe('Dataset yang diisi (`dataset`): "penduduk" adalah dataset dinas-lain, bukan dataset dinas-contoh');
  });

  it('explains how to start when the OPD has no dataset at all', async () => {
    const [problem] = await missing({ [`${OPD}/data/jumlah-sekolah.yaml`]: null, [`${OPD}/data/jumlah-sekolah.csv`]: null });
    expect(problem.hint).toContain('OPD ini belum punya dataset: buat dulu content/opd/dinas-contoh/data/jumlah-sekolah.yaml beserta CSV-nya');
  });

  it('leaves a value that is not a slug to the schema check (one problem, not two)', async () => {
    const problems = await problemsOf({ [APLIKASI]: withDatasets('Jumlah Sekolah') });
    expect(problems.map((p) => p.rule)).toEqual(['frontmatter/schema']);
  });

  it('reports the same in a scoped run of the one file (the datasets come from the file list)', async () => {
    const changes = { [APLIKASI]: withDatasets('jumlah-guru') };
    const scoped = await missing(changes, [APLIKASI]);
    expect(scoped).toEqual(await missing(changes));
    expect(scoped).toHaveLength(1);
  });
});

describe('aplikasi/panen-tanpa-sumber', () => {
  const META = `${OPD}/data/jumlah-sekolah.yaml`;
  const panen = () => fixture(APLIKASI).replace('integrasi: unggah-manual', 'integrasi: panen');
  const contract = () => `${fixture(META).trimEnd()}\nsumber:\n  url: https://data.example.go.id/sekolah.csv\n  format: csv\n`;
  const unharvested = async (changes: Record<string, string | null>, scopes: string[] = []) =>
    (await problemsOf(changes, scopes)).filter((p) => p.rule === 'aplikasi/panen-tanpa-sumber');

  it('warns at `integrasi` when no dataset the system feeds has a harvest contract, in a scoped run too', async () => {
    const changes = { [APLIKASI]: panen() };
    const [problem, ...rest] = await unharvested(changes);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: APLIKASI, line: fixture(APLIKASI).split('\n').indexOf('integrasi: unggah-manual') + 1, severity: 'warning' });
    expect(problem.message).toContain('jumlah-sekolah');
    expect(problem.hint).toContain('integrasi: unggah-manual');
    expect(await unharvested(changes, [APLIKASI])).toEqual([problem]);
  });

  it('accepts `panen` once one of its datasets declares `sumber`, also when only the inventory file is checked', async () => {
    const changes = { [APLIKASI]: panen(), [META]: contract() };
    expect((await problemsOf(changes)).filter((p) => p.file === META)).toEqual([]);
    expect(await unharvested(changes)).toEqual([]);
    expect(await unharvested(changes, [APLIKASI])).toEqual([]);
  });
});
