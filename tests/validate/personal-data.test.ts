import { describe, expect, it } from 'vitest';
import { findPersonalData, looksLikeNik } from '../../src/validate/rules/personal-data.ts';

const rules = (line: string, official = new Set<string>()) => findPersonalData(line, official).map((f) => f.rule);

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
