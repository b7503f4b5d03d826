/** Dates are shown in WIB with Indonesian month names, whatever the time zone of the build machine. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatSize, yearOf } from '../../src/site/format.ts';

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

  it('formats numbers and sizes the Indonesian way', () => {
    expect(formatNumber(12345.6)).toBe('12.345,6');
    expect(formatSize(1536)).toBe('2 KB');
    expect(formatSize(1.25 * 1024 * 1024)).toBe('1,3 MB');
  });
});
