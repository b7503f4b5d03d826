/**
 * Setiap-saat entries name their item (UU 14/2008 Pasal 11, Perki 1/2021) and berkala sub-items belong to their
 * rincian: the failing fixtures of tests/fixtures/setiap-saat laid over the valid fixture, and the schema's own text
 * as the validator and the CMS show it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InformasiSchema, SETIAP_SAAT, SUBRINCIAN } from '../../src/schemas/index.ts';
import { describeIssue, parseForMessages } from '../../src/validate/issue-text.ts';
import { brief, OPD, problemsOf } from './scenario.ts';

const FIXTURE = new URL('../fixtures/setiap-saat/', import.meta.url).pathname;
const INFO = `${OPD}/informasi`;
const fixtureFile = (name: string) => readFileSync(`${FIXTURE}${INFO}/${name}`, 'utf8');
const only = (...names: string[]) => Object.fromEntries(names.map((n) => [`${INFO}/${n}`, fixtureFile(n)]));

const entry = {
  judul: 'Keputusan tentang PPID Pelaksana', kategori: 'setiap-saat', ringkasan: 'Ringkasan isi informasi.', pejabat_penguasa: 'Subbagian Umum',
  penanggung_jawab: 'Sekretaris Dinas', waktu_pembuatan: 2026, tempat_pembuatan: 'Demak', bentuk: 'softcopy', retensi: 'selama berlaku', diperbarui: '2026-03-02',
};

function messages(data: Record<string, unknown>, audience: 'berkas' | 'cms') {
  const result = parseForMessages(InformasiSchema, data);
  return result.success ? [] : result.error.issues.map((i) => describeIssue(i, data, { schema: InformasiSchema, audience }));
}

describe('failing fixtures (tests/fixtures/setiap-saat)', () => {
  it('has one fixture per rule besides the valid one', () => {
    expect(readdirSync(`${FIXTURE}${INFO}`).sort()).toEqual(['bagian-rincian-lain.md', 'jenis-pada-berkala.md', 'jenis-tidak-dikenal.md', 'sk-ppid-pelaksana.md', 'tanpa-jenis-setiap-saat.md']);
  });

  it('accepts a setiap-saat entry that names its item', async () => {
    expect(await problemsOf(only('sk-ppid-pelaksana.md'))).toEqual([]);
  });

  it('refuses a setiap-saat entry without its item, naming the field and the fix', async () => {
    const problems = await problemsOf(only('tanpa-jenis-setiap-saat.md'));
    expect(brief(problems)).toEqual([{ rule: 'frontmatter/setiap-saat', file: `${INFO}/tanpa-jenis-setiap-saat.md`, line: expect.any(Number), severity: 'error' }]);
    expect(problems[0].message).toBe('informasi setiap saat wajib memilih `setiap_saat` (butir UU 14/2008 Pasal 11 atau Perki 1/2021)');
    expect(problems[0].hint).toMatch(/^Wajib untuk informasi setiap saat/);
  });

  it('lists every known item for an unknown code, at its line', async () => {
    const problems = await problemsOf(only('jenis-tidak-dikenal.md'));
    expect(brief(problems)).toEqual([{ rule: 'cross-file/setiap-saat', file: `${INFO}/jenis-tidak-dikenal.md`, line: 4, severity: 'error' }]);
    expect(problems[0].message).toBe('kode informasi setiap saat "perjanjian" tidak dikenal');
    for (const s of SETIAP_SAAT) expect(problems[0].hint).toContain(`${s.code} (`);
  });

  it('refuses a setiap-saat item on an entry of another category', async () => {
    const problems = await problemsOf(only('jenis-pada-berkala.md'));
    expect(brief(problems)).toEqual([{ rule: 'frontmatter/setiap-saat', file: `${INFO}/jenis-pada-berkala.md`, line: 5, severity: 'error' }]);
    expect(problems[0].hint).toBe('Hapus baris ini atau ubah `kategori` menjadi setiap-saat.');
  });

  it('refuses a sub-item of another rincian and names the sub-items its rincian has', async () => {
    const problems = await problemsOf(only('bagian-rincian-lain.md'));
    expect(brief(problems)).toEqual([{ rule: 'frontmatter/subrincian', file: `${INFO}/bagian-rincian-lain.md`, line: 5, severity: 'error' }]);
    expect(problems[0].message).toBe('`subrincian` "neraca" bukan bagian dari rincian "profil"');
    expect(problems[0].hint).toBe(`Pilih salah satu: ${SUBRINCIAN.filter((s) => s.rincian === 'profil').map((s) => s.code).join(', ')}.`);
  });
});

describe('the schema as the CMS shows it', () => {
  it('names the field by its label when a setiap-saat entry has no item', () => {
    expect(messages(entry, 'cms')).toEqual([{
      rule: 'frontmatter/setiap-saat',
      message: 'Jenis informasi setiap saat: informasi setiap saat wajib memilih Jenis informasi setiap saat (butir UU 14/2008 Pasal 11 atau Perki 1/2021)',
      hint: expect.stringMatching(/^Wajib untuk informasi setiap saat/),
    }]);
    expect(messages({ ...entry, setiap_saat: 'sk-ppid' }, 'cms')).toEqual([]);
  });

  it('accepts a sub-item of its own rincian only, and none without a rincian', () => {
    const berkala = { ...entry, kategori: 'berkala', rincian: 'laporan-keuangan' };
    expect(messages({ ...berkala, subrincian: 'lra' }, 'berkas')).toEqual([]);
    expect(messages({ ...berkala, rincian: 'kinerja', subrincian: 'lra' }, 'berkas').map((m) => m.rule)).toEqual(['frontmatter/subrincian']);
    const without = messages({ ...entry, kategori: 'serta-merta', subrincian: 'neraca' }, 'berkas');
    expect(without.map((m) => m.hint)).toEqual(['"neraca" termasuk rincian "laporan-keuangan": perbaiki `rincian` atau hapus `subrincian`.']);
  });

  it('gives every sub-item a rincian that exists and every code one legal reference', () => {
    expect(new Set(SUBRINCIAN.map((s) => s.code)).size).toBe(SUBRINCIAN.length);
    expect(new Set(SETIAP_SAAT.map((s) => s.code)).size).toBe(SETIAP_SAAT.length);
    // The eight items of UU 14/2008 Pasal 11 ayat (1), huruf a–h, are all there.
    const huruf = SETIAP_SAAT.flatMap((s) => [.../Pasal 11 ayat \(1\) huruf ([a-h])/.exec(s.dasar)?.slice(1) ?? []]);
    expect([...new Set(huruf)].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });
});
