/** Guessing a CSV's delimiter, decimal mark and column types (src/lib/csv-guess.ts), with the validator's own cell parser. */
import { describe, expect, test } from 'vitest';
import { columnName, guessColumnType, guessDelimiter, guessDesimal, guessDictionary } from '../../src/lib/csv-guess.ts';
import { loadWilayah } from '../../src/lib/wilayah.ts';

const wilayah = loadWilayah();

describe('CSV guesses', () => {
  test('delimiter: the one that splits the header most, quotes respected', () => {
    expect(guessDelimiter('kode;kecamatan;jumlah')).toBe(';');
    expect(guessDelimiter('kode,kecamatan,jumlah')).toBe(',');
    expect(guessDelimiter('kode\tkecamatan')).toBe('tab');
    expect(guessDelimiter('"a;b",c,d')).toBe(',');
    expect(guessDelimiter('jumlah')).toBeUndefined();
  });

  test('decimal mark', () => {
    expect(guessDesimal(['12,5', '3'])).toBe(',');
    expect(guessDesimal(['12.5', '3,5'])).toBe('.');
    expect(guessDesimal(['33.21.01', '5'])).toBe('.');
  });

  test('types, narrowest first; empty cells do not decide', () => {
    expect(guessColumnType(['ya', 'tidak', ''], '.', wilayah)).toBe('ya-tidak');
    expect(guessColumnType(['33.21.01', '33.21.02'], '.', wilayah)).toBe('kode-wilayah');
    expect(guessColumnType(['33.21.99'], '.', wilayah)).toBe('teks'); // well formed, not a listed code
    expect(guessColumnType(['12.50', '3.25'], '.', wilayah)).toBe('bilangan');
    expect(guessColumnType(['2026-01-31', '2026-02-28'], '.', wilayah)).toBe('tanggal');
    expect(guessColumnType(['120', '-3'], '.', wilayah)).toBe('bilangan-bulat');
    expect(guessColumnType(['12,5', '3'], ',', wilayah)).toBe('bilangan');
    expect(guessColumnType(['12.500', '3'], ',', wilayah)).toBe('teks');
    expect(guessColumnType(['Mranggen', '12'], '.', wilayah)).toBe('teks');
    expect(guessColumnType(['', ' '], '.', wilayah)).toBe('teks');
  });

  test('names from header cells', () => {
    expect(columnName('Jumlah Penduduk (jiwa)', 0)).toBe('jumlah_penduduk_jiwa');
    expect(columnName('2025', 1)).toBe('k_2025');
    expect(columnName('—', 2)).toBe('kolom_3');
  });

  test('a whole dictionary from a header and its rows', () => {
    const guess = guessDictionary('\uFEFFkode;kecamatan;Jumlah Balita;rasio;terverifikasi\r\n33.21.01;Mranggen;120;12,5;ya\r\n33.21.02;Karangawen;;3,25;tidak\r\n', wilayah, ',');
    expect(guess).toEqual({
      pemisah: ';',
      desimal: ',',
      kolom: [
        { nama: 'kode', judul: 'Kode', tipe: 'kode-wilayah', wajib: true },
        { nama: 'kecamatan', judul: 'Kecamatan', tipe: 'teks', wajib: true },
        { nama: 'jumlah_balita', judul: 'Jumlah Balita', tipe: 'bilangan-bulat', wajib: false },
        { nama: 'rasio', judul: 'Rasio', tipe: 'bilangan', wajib: true },
        { nama: 'terverifikasi', judul: 'Terverifikasi', tipe: 'ya-tidak', wajib: true },
      ],
      renamed: [{ header: 'Jumlah Balita', nama: 'jumlah_balita' }],
    });
    expect(guessDictionary('', wilayah)).toBeUndefined();
  });
});
