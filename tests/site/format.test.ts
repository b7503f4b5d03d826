/** Dates are shown in WIB with Indonesian month names, whatever the time zone of the build machine. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatNumberFixed, formatSize, isDateOnly, yearOf } from '../../src/site/format.ts';

describe('site formats', () => {
  it('shows the WIB day and time with Indonesian month names', () => {
    expect(formatDateTime(new Date('2026-11-24T03:00:00Z'))).toBe('24 November 2026 pukul 10.00 WIB');
    expect(formatDate(new Date('2026-11-24T03:00:00Z'))).toBe('24 November 2026');
  });

  it('uses the WIB calendar day near midnight', () => {
    expect(formatDate(new Date('2026-11-30T18:30:00Z'))).toBe('1 Desember 2026');
    expect(yearOf(new Date('2026-12-31T17:00:00Z'))).toBe('2027');
  });

  it('shows a date without a time as the day only', () => {
    expect(formatDateTime(new Date('2026-08-16T17:00:00Z'))).toBe('17 Agustus 2026');
  });

  it('knows a date entered without a time by its WIB midnight', () => {
    expect(isDateOnly(new Date('2026-11-24T00:00:00+07:00'))).toBe(true);
    expect(isDateOnly(new Date('2026-11-24T00:00:00Z'))).toBe(false);
    expect(isDateOnly(new Date('2026-11-24T10:30:00+07:00'))).toBe(false);
  });

  it('keeps the decimals a number was written with', () => {
    expect(formatNumberFixed(4529.94, 2)).toBe('4.529,94');
    expect(formatNumberFixed(60.5, 2)).toBe('60,50');
    expect(formatNumberFixed(1234567, 0)).toBe('1.234.567');
    expect(formatNumberFixed(-0.125, 3)).toBe('-0,125');
  });

  it('formats numbers and sizes the Indonesian way', () => {
    expect(formatNumber(12345.6)).toBe('12.345,6');
    expect(formatSize(1536)).toBe('2 KB');
    expect(formatSize(1.25 * 1024 * 1024)).toBe('1,3 MB');
  });
});
