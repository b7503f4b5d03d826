/**
 * Working days and the deadlines of UU 14/2008 on the 2025–2026 calendar of the sample pemda.yaml: national holidays
 * from date-holidays, the cuti bersama of the SKB 3 Menteri and the library's misnamed Isra Mikraj corrected per year.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kalenderKerja } from '../../src/layanan/hari-kerja.ts';
import { tenggatPermohonan } from '../../src/layanan/tenggat.ts';
import { PemdaSchema } from '../../src/schemas/index.ts';
import { PermohonanSchema, type PermohonanInput } from '../../src/schemas/permohonan.ts';

const pemda = PemdaSchema.parse(parse(readFileSync(new URL('../../content/pemda.yaml', import.meta.url), 'utf8')));
const kalender = kalenderKerja(pemda.layanan.libur);
const permohonan = (fields: Partial<PermohonanInput>) => PermohonanSchema.parse({
  nomor: '001/PPID-DINKES/XII/2025', diterima: '2025-12-22 09:00', saluran: 'email', kategori_pemohon: 'perorangan',
  informasi: 'Data kasus demam berdarah per kecamatan', status: 'diproses', ...fields,
});

describe('the working-day calendar', () => {
  it('knows weekends, national holidays and the cuti bersama of pemda.yaml', () => {
    expect(kalender.isHariKerja('2026-11-28')).toBe(false); // Saturday
    expect(kalender.libur('2026-08-17')).toMatch(/Kemerdekaan/);
    expect(kalender.libur('2026-12-24')).toBe('Cuti bersama Kelahiran Yesus Kristus');
    expect(kalender.isHariKerja('2026-12-23')).toBe(true);
  });

  it('renames 2026-01-16: date-holidays lists Isra Mikraj as "Maulid Nabi Muhammad"', () => {
    expect(kalenderKerja().libur('2026-01-16')).toBe('Maulid Nabi Muhammad');
    expect(kalender.libur('2026-01-16')).toBe('Isra Mikraj Nabi Muhammad SAW');
  });

  it('`hapus` turns a listed holiday back into a working day', () => {
    const koreksi = kalenderKerja({ 2026: { tambah: [], hapus: ['2026-05-01'] } });
    expect(koreksi.isHariKerja('2026-05-01')).toBe(true);
    expect(kalender.isHariKerja('2026-05-01')).toBe(false);
  });

  it('counts across the year boundary, skipping Christmas, its cuti bersama and New Year', () => {
    // Received Monday 22 December 2025: 23, 24, 29, 30, 31 Dec, 2, 5, 6, 7, 8 Jan.
    expect(kalender.tambahHariKerja('2025-12-22', 10)).toBe('2026-01-08');
    expect(kalender.hariKerjaAntara('2025-12-22', '2026-01-08')).toBe(10);
  });

  it('counts over the cuti bersama of Nyepi and Idulfitri 2026 (18–24 March)', () => {
    // Monday 16 March: 17, 25, 26, 27, 30, 31 Mar, 1, 2 Apr (3 April Wafat Yesus Kristus), 6, 7 Apr.
    expect(kalender.tambahHariKerja('2026-03-16', 10)).toBe('2026-04-07');
    // Without the SKB's cuti bersama (18, 20, 23, 24 March) the deadline would fall four working days earlier.
    expect(kalenderKerja().tambahHariKerja('2026-03-16', 10)).toBe('2026-04-01');
  });

  it('a request received on a weekend counts from the next working day', () => {
    // Saturday 7 November: the same deadline as a request of Friday 6 November (9–13 and 16–20 November).
    expect(kalender.tambahHariKerja('2026-11-07', 10)).toBe('2026-11-20');
    expect(kalender.tambahHariKerja('2026-11-06', 10)).toBe('2026-11-20');
    expect(kalender.hariKerjaAntara('2026-11-27', '2026-11-29')).toBe(0);
  });
});

describe('deadlines of a request (UU 14/2008 Pasal 22 and 36)', () => {
  it('10 working days, late when unanswered after them', () => {
    const t = tenggatPermohonan(permohonan({}), kalender, '2026-01-12');
    expect(t.permohonan).toMatchObject({ mulai: '2025-12-22', batas: '2026-01-08', lewat: true, terlambat: true, hariKerjaLewat: 2 });
    expect(tenggatPermohonan(permohonan({}), kalender, '2026-01-08').permohonan.lewat).toBe(false);
  });

  it('an extension adds 7 working days (Pasal 22 ayat (8))', () => {
    const extended = permohonan({ status: 'diperpanjang', perpanjangan: { tanggal: '2026-01-05', alasan: 'Data perlu dihimpun dari puskesmas.' } });
    const t = tenggatPermohonan(extended, kalender, '2026-01-12');
    expect(t.diperpanjang).toBe(true);
    // 8 January + 7 working days: 9, 12, 13, 14, 15, (16 Isra Mikraj), 19, 20 January.
    expect(t.permohonan).toMatchObject({ batas: '2026-01-20', lewat: false });
  });

  it('an answer counts only from its day on, and its time is in working days', () => {
    const answered = permohonan({ status: 'dikabulkan', dijawab: '2026-01-06', bentuk_jawaban: 'softcopy' });
    expect(tenggatPermohonan(answered, kalender, '2026-01-20').permohonan).toMatchObject({ dijawab: '2026-01-06', hariKerja: 8, terlambat: false });
    // As of the day before the answer, the request was still open.
    expect(tenggatPermohonan(answered, kalender, '2026-01-05').permohonan.dijawab).toBeUndefined();
  });

  it('an objection is answered within 30 working days of its receipt (Pasal 36 ayat (2))', () => {
    const objected = permohonan({
      status: 'ditolak', dijawab: '2026-01-06', bentuk_jawaban: 'pemberitahuan-tertulis', dasar_penolakan: 'pasal-17-h',
      keberatan: { diajukan: '2026-01-12', alasan: ['a'] },
    });
    const open = tenggatPermohonan(objected, kalender, '2026-02-27').keberatan!;
    // 30 working days from Monday 12 January 2026 skip Isra Mikraj (16 Jan) and the Imlek days (16–17 Feb).
    expect(open).toMatchObject({ mulai: '2026-01-12', batas: '2026-02-26', lewat: true, hariKerjaLewat: 1 });
    expect(tenggatPermohonan(objected, kalender, '2026-01-11').keberatan).toBeUndefined();
  });
});
