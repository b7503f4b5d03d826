/**
 * The chart rule: the columns a dataset's `grafik` names exist in its own dictionary and the value columns hold
 * numbers, reported at the line of the name with the field label and the columns to choose from; and the tiles of
 * `peta_petak` use kecamatan codes of the Kemendagri list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { malformed } from './memory.ts';
import { OPD, problemsOf, VALID_FIXTURE } from './scenario.ts';

const META = `${OPD}/data/jumlah-sekolah.yaml`;
const fixture = (path: string) => readFileSync(`${VALID_FIXTURE}${path}`, 'utf8');
/** The fixture's dataset with a `grafik` list appended (YAML lines, indented as list items). */
const withGrafik = (...lines: string[]) => `${fixture(META)}grafik:\n${lines.join('\n')}\n`;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const ofRule = async (rule: string, changes: Record<string, string | null>, scopes: string[] = []) => (await problemsOf(changes, scopes)).filter((p) => p.rule === rule);

describe('grafik/kolom-tidak-ada and grafik/nilai-bukan-angka', () => {
  it('accepts charts whose columns exist and whose values are numbers', async () => {
    const changes = { [META]: withGrafik(
      '  - jenis: batang-bertumpuk', '    judul: Sekolah dan rasio per kecamatan', '    kategori: kecamatan', '    nilai: [jumlah, rasio]',
      '  - jenis: garis', '    judul: Jumlah sekolah menurut tanggal data', '    kategori: tanggal_data', '    nilai: [jumlah]', '    seri: kecamatan',
      '    saring: { kolom: tanggal_data, nilai: terbaru }',
    ) };
    expect((await problemsOf(changes)).filter((p) => p.file === META)).toEqual([]);
  });

  it('names the file, the line of the column, the field label and the dictionary columns as the fix', async () => {
    const text = withGrafik('  - jenis: batang', '    judul: Jumlah sekolah per desa', '    kategori: desa', '    nilai: [jumlah]');
    const [problem, ...rest] = await ofRule('grafik/kolom-tidak-ada', { [META]: text });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: META, line: lineOf(text, 'kategori: desa'), column: 5, severity: 'error' });
    expect(problem.message).toBe('Kolom kategori (`grafik.0.kategori`): kolom "desa" tidak ada di kamus kolom dataset ini');
    expect(problem.hint).toContain('Tulis nama kolom dari `kolom`, misalnya kode_wilayah, kecamatan, jumlah, rasio');
    expect(malformed(problem)).toBeUndefined();
  });

  it('reports a missing value, series or filter column at its own line, offering the numeric columns for a value', async () => {
    const text = withGrafik('  - jenis: garis', '    judul: Jumlah sekolah per tahun', '    kategori: kecamatan', '    nilai: [jumlah, murid]', '  - jenis: garis', '    judul: Jumlah sekolah per seri', '    kategori: kecamatan', '    nilai: [jumlah]', '    seri: jenjang', '    saring: { kolom: tahun, nilai: terbaru }');
    const problems = await ofRule('grafik/kolom-tidak-ada', { [META]: text });
    expect(problems.map((p) => p.message.split(':')[0])).toEqual(['Kolom nilai (`grafik.0.nilai.1`)', 'Kolom seri (`grafik.1.seri`)', 'Kolom saringan (`grafik.1.saring.kolom`)']);
    expect(problems[0].hint).toContain('misalnya jumlah, rasio;');
    expect(problems[1].line).toBe(lineOf(text, 'seri: jenjang'));
  });

  it('refuses a text column as a value, offering the numeric ones', async () => {
    const text = withGrafik('  - { jenis: batang, judul: Jumlah sekolah per kecamatan, kategori: kecamatan, nilai: [kecamatan] }');
    const [problem] = await ofRule('grafik/nilai-bukan-angka', { [META]: text });
    expect(problem.message).toBe('Kolom nilai (`grafik.0.nilai.0`): kolom "kecamatan" bertipe teks, bukan angka, sehingga tidak dapat digambar');
    expect(problem.hint).toBe('Pilih kolom bertipe bilangan atau bilangan-bulat: jumlah, rasio. Kolom teks cocok sebagai `kategori` atau `seri`.');
    expect(malformed(problem)).toBeUndefined();
  });

  it('leaves a malformed name and `seri` with several values to the schema (one problem each, not two)', async () => {
    const problems = await problemsOf({ [META]: withGrafik('  - { jenis: batang, judul: Jumlah sekolah, kategori: Kecamatan, nilai: [jumlah, rasio], seri: kecamatan }') });
    expect(problems.map((p) => p.rule)).toEqual(['frontmatter/schema', 'frontmatter/schema']);
  });
});

describe('grafik/petak-kode', () => {
  const pemda = (tiles: string) => `${fixture('content/pemda.yaml')}peta_petak:\n${tiles}`;

  it('accepts kecamatan codes of the Kemendagri list', async () => {
    expect(await ofRule('grafik/petak-kode', { 'content/pemda.yaml': pemda('  - { kode: "33.21.01", nama: Mranggen, baris: 0, kolom: 0 }\n') })).toEqual([]);
  });

  it('refuses a code that is not a kecamatan, listing the real ones', async () => {
    const text = pemda('  - { kode: "33.21.01", nama: Mranggen, baris: 0, kolom: 0 }\n  - { kode: "33.21.15", nama: Baru, baris: 0, kolom: 1 }\n');
    const [problem, ...rest] = await ofRule('grafik/petak-kode', { 'content/pemda.yaml': text });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/pemda.yaml', line: lineOf(text, '33.21.15') });
    expect(problem.message).toBe('Kode kecamatan (`peta_petak.1.kode`): "33.21.15" bukan kode kecamatan di daftar Kemendagri');
    expect(problem.hint).toContain('33.21.01 Mranggen');
    expect(malformed(problem)).toBeUndefined();
  });

  it('leaves two tiles on one cell, or one kecamatan twice, to the schema', async () => {
    const problems = await problemsOf({ 'content/pemda.yaml': pemda('  - { kode: "33.21.01", nama: Mranggen, baris: 0, kolom: 0 }\n  - { kode: "33.21.02", nama: Karangawen, baris: 0, kolom: 0 }\n  - { kode: "33.21.01", nama: Mranggen, baris: 1, kolom: 0 }\n') });
    // Editors count from 1: the second tile is `peta_petak[2]`.
    expect(problems.filter((p) => p.rule.startsWith('frontmatter/') || p.rule.startsWith('grafik/')).map((p) => [p.rule, p.message, p.hint])).toEqual([
      ['frontmatter/schema', '`peta_petak[2].kolom`: baris 0 kolom 0 sudah ditempati Mranggen', 'Pindahkan petak ini ke sel yang kosong.'],
      ['frontmatter/schema', '`peta_petak[3].kode`: kode 33.21.01 sudah dipakai petak ke-1', 'Setiap kecamatan hanya satu petak.'],
    ]);
  });
});
