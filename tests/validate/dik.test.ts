/**
 * The DIK's consequence test (UU 14/2008 Pasal 2, 17, 19; Perki 1/2017 Pasal 4): what an exempt entry must state, the
 * public decision file it may carry while its content stays unattachable, and the warning once its period has ended.
 */
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/cms/save-check.ts';
import { InformasiSchema } from '../../src/schemas/informasi.ts';
import { pasal17Citation, pengecualianBerakhir, PASAL_17 } from '../../src/schemas/pengecualian.ts';
import { describeIssue, parseForMessages } from '../../src/validate/issue-text.ts';
import { PENGECUALIAN } from '../fixtures/pengecualian.ts';
import { FIXTURE, validateMemory } from './memory.ts';

const DIK = 'content/opd/dinas-contoh/informasi/data-pribadi-pegawai.md';
const fixture = FIXTURE[DIK].toString();
const ENTRY = {
  judul: 'Rekam Medis Pasien', kategori: 'dikecualikan', ringkasan: 'Berkas rekam medis pasien rumah sakit.',
  pejabat_penguasa: 'Instalasi Rekam Medis', penanggung_jawab: 'Direktur RSUD', waktu_pembuatan: '2026', tempat_pembuatan: 'Demak',
  bentuk: 'softcopy-hardcopy', retensi: '25 tahun', diperbarui: '2026-01-12', pengecualian: PENGECUALIAN, berlaku_hingga: '2030-12-31',
};

/** The validator's messages (`berkas` audience) for an entry built from ENTRY with `pengecualian` changed. */
function messages(pengecualian: Record<string, unknown> | undefined): string[] {
  const data = { ...ENTRY, pengecualian };
  const result = parseForMessages(InformasiSchema, data);
  return result.success ? [] : result.error.issues.map((issue) => describeIssue(issue, data, { schema: InformasiSchema }).message);
}

describe('consequence test fields (schema)', () => {
  it('accepts a complete test and refuses each missing element by its key', () => {
    expect(messages(PENGECUALIAN as Record<string, unknown>)).toEqual([]);
    for (const key of ['pasal', 'alasan', 'konsekuensi', 'kepentingan_publik', 'penetapan'] as const) {
      const { [key]: _, ...rest } = PENGECUALIAN;
      expect(messages(rest), key).toEqual([`isian \`pengecualian.${key}\` wajib diisi`]);
    }
    const { nomor: _, ...penetapan } = PENGECUALIAN.penetapan;
    expect(messages({ ...PENGECUALIAN, penetapan })).toEqual(['isian `pengecualian.penetapan.nomor` wajib diisi']);
    expect(messages(undefined)).toEqual(['informasi dikecualikan wajib mengisi `pengecualian`']);
  });

  it('names a Pasal 17 ground by huruf and angka, and asks for the law behind huruf j', () => {
    expect(messages({ ...PENGECUALIAN, pasal: ['h'] })).toEqual(['nilai `pengecualian.pasal[1]` tidak dikenal: "h"']);
    expect(messages({ ...PENGECUALIAN, pasal: [] })).toEqual(['`pengecualian.pasal` minimal berisi 1 butir']);
    expect(messages({ ...PENGECUALIAN, pasal: 5 })).toEqual(['isian `pengecualian.pasal` harus berupa daftar (baris diawali `- `)']);
    expect(messages({ ...PENGECUALIAN, pasal: ['j'] })).toEqual([
      '`pengecualian.undang_undang`: pengecualian berdasarkan Pasal 17 huruf j wajib menyebut undang-undang yang melarang informasi dibuka',
    ]);
    expect(messages({ ...PENGECUALIAN, pasal: ['j'], undang_undang: 'UU 24/2013 Pasal 79 ayat (1)' })).toEqual([]);
    // The law enumerates angka for huruf a, c, e, f and h only: 5 + 7 + 7 + 4 + 5, plus huruf b, d, g, i and j.
    expect(PASAL_17).toHaveLength(33);
    expect(pasal17Citation('h-2')).toBe('Pasal 17 huruf h angka 2');
    expect(pasal17Citation('i')).toBe('Pasal 17 huruf i');
  });

  it('shows the CMS editor labels, never keys', () => {
    const { konsekuensi: _, ...rest } = PENGECUALIAN;
    const result = checkEntry('informasi', { ...ENTRY, pengecualian: rest, body: '' });
    expect(result.data).toBeUndefined();
    expect(result.problems).toEqual([expect.stringMatching(/^Uji konsekuensi \(informasi dikecualikan\) › Konsekuensi bila dibuka: wajib diisi\. Kerugian nyata/)]);
    const none = checkEntry('informasi', { ...ENTRY, pengecualian: undefined, body: '' });
    expect(none.problems).toEqual([expect.stringMatching(/^Uji konsekuensi \(informasi dikecualikan\): informasi dikecualikan wajib mengisi Uji konsekuensi/)]);
  });
});

describe('files of a DIK entry', () => {
  it('publishes the decision file (penetapan.berkas) and still refuses any lampiran', async () => {
    expect(await validateMemory({})).toEqual([]);
    const missing = await validateMemory({ [DIK]: fixture.replace('dokumen/penetapan-dik-2026.pdf', 'dokumen/penetapan-lain.pdf') });
    expect(missing.map((p) => [p.rule, p.line])).toEqual([['files/attachment-missing', 23]]);
    const withLampiran = fixture.replace('berlaku_hingga: 2030-12-31\n', 'berlaku_hingga: 2030-12-31\nlampiran:\n  - judul: Daftar pegawai\n    berkas: dokumen/laporan-2025.pdf\n');
    const refused = await validateMemory({ [DIK]: withLampiran });
    expect(refused.map((p) => [p.rule, p.line])).toEqual([['frontmatter/dikecualikan-lampiran', 25]]);
    expect(refused[0].hint).toContain('pengecualian.penetapan.berkas');
  });
});

describe('dik/kedaluwarsa', () => {
  const at = (iso: string) => validateMemory({}, { now: new Date(iso) });

  it('is quiet up to and including the last day of the period (WIB)', async () => {
    expect(await at('2030-12-31T16:59:00Z')).toEqual([]); // 23:59 WIB on 31 December 2030
  });

  it('warns from the next day in WIB, at berlaku_hingga, with the review to do', async () => {
    const problems = await at('2030-12-31T17:00:00Z'); // 00:00 WIB on 1 January 2031
    expect(problems).toEqual([
      expect.objectContaining({ file: DIK, line: 24, severity: 'warning', rule: 'dik/kedaluwarsa' }),
    ]);
    expect(problems[0].message).toBe(
      'Dikecualikan hingga (`berlaku_hingga`): pengecualian informasi "Data Pribadi Pegawai" berakhir 31 Desember 2030; tinjau ulang dan umumkan sebagai informasi terbuka bila tidak diperpanjang',
    );
    expect(problems[0].hint).toContain('`pengecualian.penetapan`');
    expect(problems[0].hint).toContain('`setiap-saat`');
  });

  it('judges the day in WIB, not UTC', () => {
    const end = new Date('2030-12-31T00:00:00+07:00');
    expect(pengecualianBerakhir(end, '2030-12-31')).toBe(false);
    expect(pengecualianBerakhir(end, '2031-01-01')).toBe(true);
  });
});
