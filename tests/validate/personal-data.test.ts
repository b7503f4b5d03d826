/**
 * Detection of personal data as it is really written: separators, full-width digits, invisible characters,
 * numbers broken by layout, Excel's scientific notation, NPWP in both forms, and no false alarms on amounts
 * and NIPs. Also the redaction of everything the validator prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData, looksLikeNik } from '../../src/validate/rules/personal-data.ts';
import { LineIndex, maskDigits, redactPersonalData } from '../../src/validate/personal-data/index.ts';

const rules = (text: string, official = new Set<string>()) => findPersonalData(text, official).map((f) => f.rule);
const NIK = '3321015708900003'; // Demak, 17-08-1990, woman (57 = 17 + 40)

describe('personal-data detection', () => {
  it('recognises NIK structure, including women (day + 40)', () => {
    expect(looksLikeNik('3321015203870001')).toBe(true); // 12-03-87, woman
    expect(looksLikeNik('3321011203870001')).toBe(true);
    expect(looksLikeNik('3321017203870001')).toBe(false); // day 32
    expect(looksLikeNik('9921011203870001')).toBe(false); // no province 99
    expect(looksLikeNik('3321011213870001')).toBe(false); // month 13
  });

  it('finds NIKs with separators but not NIPs, region codes or dates', () => {
    expect(rules('NIK: 3321-0152-0387-0001')).toEqual(['personal-data/nik']);
    expect(rules('NIK 33.21.01.520387.0001')).toEqual(['personal-data/nik']);
    expect(rules('NIP 19700101 199503 1 002 dan 197001011995031002')).toEqual([]);
    expect(rules('Desa 33.21.01.2001 pada 2026-11-20, anggaran Rp 1.250.000.000')).toEqual([]);
  });

  it('warns on unlisted mobile numbers only', () => {
    expect(rules('WA 0813-2222-3333 atau +62 813 2222 4444')).toEqual(['personal-data/phone', 'personal-data/phone']);
    expect(rules('WA 0813-2222-3333', new Set(['081322223333']))).toEqual([]);
    expect(rules('Telp. (0291) 685877')).toEqual([]);
  });
});

describe('normalisation before matching', () => {
  it('reads full-width digits (NFKC)', () => {
    const found = findPersonalData('NIK ３３２１０１５７０８９００００３ hadir');
    expect(found.map((f) => [f.rule, f.index, f.digits])).toEqual([['personal-data/nik', 4, NIK]]);
  });

  it('ignores zero-width and other format characters between digits', () => {
    for (const invisible of ['\u200b', '\u2060', '\u00ad', '\ufeff', '\u200d']) {
      const text = `NIK 3321${invisible}0157${invisible}0890${invisible}0003.`;
      expect(findPersonalData(text).map((f) => [f.rule, f.index, f.text])).toEqual([['personal-data/nik', 4, text.slice(4, -1)]]);
    }
  });

  it('joins a number broken across a line break, and points at where it starts', () => {
    const text = 'Penerima bantuan:\nBudi, NIK 3321015708\n900003, Desa Sayung.';
    const [found] = findPersonalData(text);
    expect(found).toMatchObject({ rule: 'personal-data/nik', digits: NIK });
    expect(new LineIndex(text).at(found.index)).toEqual({ line: 2, column: 11 });
  });

  it('joins a number split across a table-cell border', () => {
    const text = '| Nama | Nomor | |\n|---|---|---|\n| Budi | 33210157 | 08900003 |';
    const [found] = findPersonalData(text);
    expect(found).toMatchObject({ rule: 'personal-data/nik', digits: NIK });
    expect(new LineIndex(text).at(found.index)).toEqual({ line: 3, column: 10 });
  });

  it('joins grouped writing broken at a line: hyphen groups and 4-4-4-4 groups', () => {
    expect(findPersonalData('NIK 3321-0157-\n0890-0003').map((f) => f.digits)).toEqual([NIK]);
    expect(findPersonalData('Kontak 3321 0157\n0890 0003').map((f) => f.digits)).toEqual([NIK]);
    expect(rules('Tanggal 1990-08-17\n1995-03-12 dan | 12.345.678 | 33.210.157 |')).toEqual([]);
  });

  it('does not join what layout keeps apart: row numbers, blank lines, amounts', () => {
    expect(findPersonalData('| 1 | 3321015708900003 |').map((f) => f.digits)).toEqual([NIK]);
    expect(rules('Tahun 3321015708\n\n900003')).toEqual([]);
    expect(rules('| Rp 33.210.157 | Rp 8.900.003 |')).toEqual([]);
  });

  it('reads Excel scientific notation as a NIK when the kept digits are a plausible NIK prefix', () => {
    expect(findPersonalData('3.32101570890000E+15').map((f) => [f.rule, f.digits])).toEqual([['personal-data/nik', '3321015708900000']]);
    expect(rules('3,32102E+15')).toEqual(['personal-data/nik']); // Indonesian locale, general format
    expect(rules('3.321015708900003e+15')).toEqual(['personal-data/nik']); // pandas
    expect(rules('9.92101570890000E+15')).toEqual([]); // no province 99
    expect(rules('3.32101770890000E+15')).toEqual([]); // day 77 - 40 = 37
    expect(rules('1.5E+15 rupiah')).toEqual([]);
  });

  it('reads a whole number exported as a float', () => {
    expect(findPersonalData('3321015708900003.0').map((f) => f.text)).toEqual([NIK]);
  });

  it('finds a NIK among the other numbers of a PDF table row', () => {
    expect(findPersonalData('1 3321015708900003 SITI AMINAH 2 3321 0157 0890 0004').map((f) => f.digits)).toEqual([NIK, '3321015708900004']);
  });

  it('normalisation and invisible characters never hide a NIK (property)', () => {
    const invisible = fc.constantFrom('', '', '\u200b', '\u2060', '\u00ad', '\u200c');
    fc.assert(
      fc.property(fc.array(invisible, { minLength: 16, maxLength: 16 }), fc.boolean(), (gaps, wide) => {
        const digits = [...NIK].map((d) => (wide ? String.fromCharCode(0xff10 + Number(d)) : d));
        const text = `Nomor: ${digits.map((d, i) => d + gaps[i]).join('')} ok`;
        const found = findPersonalData(text);
        expect(found.map((f) => f.digits)).toEqual([NIK]);
        expect(text.slice(found[0].index, found[0].end).replace(/\D/g, '')).toBe(wide ? '' : NIK);
        expect(redactPersonalData(text).normalize('NFKC').replace(/\p{Cf}/gu, '')).not.toContain(NIK);
      }),
    );
  });
});

describe('NPWP and amounts', () => {
  it('reports a 16-digit number near the word NPWP as NPWP even when it is not NIK-shaped (PMK 112/2022)', () => {
    expect(rules('NPWP: 0012345678901000')).toEqual(['personal-data/npwp']);
    expect(rules(`NPWP ${NIK}`)).toEqual(['personal-data/npwp']);
    expect(rules('| Nama | NPWP |\n|---|---|\n| CV Maju | 0012345678901000 |')).toEqual(['personal-data/npwp']);
    expect(rules('Nomor 0012345678901000')).toEqual([]);
  });

  it('reports 15 digits formatted as an NPWP without the word, or with the word in any format', () => {
    expect(rules('Rekanan CV Maju 01.234.567.8-901.000')).toEqual(['personal-data/npwp']);
    expect(rules('NPWP 012345678901000')).toEqual(['personal-data/npwp']);
    expect(rules('Nomor 012345678901000')).toEqual([]);
  });

  it('never reads an amount after Rp as a NIK or NPWP', () => {
    for (const amount of ['Rp3.321.015.708.900.003', 'Rp 3.321.015.708.900.003,00', 'Rp. 3.321.015.708.900.003', 'IDR 3.321.015.708.900.003', 'NPWP dibayar Rp 332.101.570.890.000']) {
      expect(rules(`Pagu ${amount}`), amount).toEqual([]);
    }
    // Without the currency, thousands grouping does not make a NIK harmless.
    expect(rules('Nomor 3.321.015.708.900.003')).toEqual(['personal-data/nik']);
  });

  it('never flags any amount after Rp, nor any NIP (property)', () => {
    const amount = fc.bigInt({ min: 1000n, max: 10n ** 18n - 1n }).map((n) => n.toString().replace(/\B(?=(\d{3})+$)/g, '.'));
    fc.assert(fc.property(amount, fc.constantFrom('Rp', 'Rp ', 'Rp. ', 'IDR '), (a, rp) => {
      expect(rules(`Anggaran ${rp}${a},00 tahun 2026`)).toEqual([]);
    }));
    const nip = fc.tuple(fc.date({ min: new Date('1960-01-01'), max: new Date('2006-12-31'), noInvalidDate: true }), fc.integer({ min: 1980, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 2), fc.integer({ min: 1, max: 999 }));
    fc.assert(
      fc.property(nip, fc.boolean(), ([born, year, month, sex, serial], grouped) => {
        const parts = [born.toISOString().slice(0, 10).replace(/-/g, ''), `${year}${String(month).padStart(2, '0')}`, String(sex), String(serial).padStart(3, '0')];
        expect(rules(`NIP ${parts.join(grouped ? ' ' : '')}`)).toEqual([]);
      }),
    );
  });

  it('never flags an 18-digit NIP, written whole or grouped', () => {
    expect(rules('NIP 197001011995031002, NIP. 19700101 199503 1 002, NIP 19900817 201903 2 003')).toEqual([]);
  });
});

describe('redaction of output', () => {
  it('masks NIK and NPWP however written, keeps amounts, NIPs and phone numbers', () => {
    expect(maskDigits(NIK)).toBe('3321••••••••••03');
    expect(redactPersonalData(`nilai "${NIK}.0" di kolom "jumlah"`)).toBe('nilai "3321••••••••••03.0" di kolom "jumlah"');
    expect(redactPersonalData('halaman "/opd/x/３３２１０１５７０８９００００３" tidak ada')).toBe('halaman "/opd/x/3321••••••••••03" tidak ada');
    expect(redactPersonalData('nilai "3.32101570890000E+15"')).toBe('nilai "3321••••••••••00"');
    expect(redactPersonalData('nomor 0012345678901000 dan 01.234.567.8-901.000')).toBe('nomor 0012••••••••••00 dan 0123•••••••••00');
    const kept = 'Rp 3.321.015.708.900.003, NIP 197001011995031002, HP 0813-2222-3333, kode 33.21.01.2001';
    expect(redactPersonalData(kept)).toBe(kept);
  });
});

describe('purity', () => {
  it('detection, normalisation and redaction import nothing from Node (the CMS runs them in the browser)', () => {
    const dir = new URL('../../src/validate/personal-data/', import.meta.url);
    const pure = readdirSync(dir).filter((f) => !['pdf-text.ts', 'office-text.ts', 'zip.ts'].includes(f));
    expect(pure).toEqual(expect.arrayContaining(['detect.ts', 'normalise.ts', 'nik.ts', 'redact.ts', 'index.ts']));
    for (const file of pure) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(imports.filter((i) => !i.startsWith('./')), file).toEqual([]);
    }
  });
});
