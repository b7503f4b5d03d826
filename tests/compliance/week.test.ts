/** ISO weeks in WIB: the Monday 00:00 WIB boundary, week 53, the change of year. */
import { describe, expect, it } from 'vitest';
import {
  formatWeek, isoWeekOfSerial, lastCompleteWeekSerial, parseWeek, serialOfIsoWeek, weekEndMs, weekLabel, weekRange,
  weekSerialOf, weeksInYear, weekStartMs,
} from '../../src/compliance/week.ts';

const at = (iso: string) => Date.parse(iso);
const labelAt = (iso: string) => weekLabel(weekSerialOf(at(iso)));

describe('week boundaries in WIB', () => {
  it('puts Sunday 23:30 WIB in the ending week and Monday 00:10 WIB in the next', () => {
    expect(labelAt('2026-11-22T23:30:00+07:00')).toBe('2026-W47');
    expect(labelAt('2026-11-23T00:10:00+07:00')).toBe('2026-W48');
  });

  it('switches at Monday 00:00 WIB, which is Sunday 17:00 UTC', () => {
    expect(labelAt('2026-11-22T16:59:59.999Z')).toBe('2026-W47');
    expect(labelAt('2026-11-22T17:00:00Z')).toBe('2026-W48');
    // Monday 01:00 UTC is Monday 08:00 WIB: same week.
    expect(labelAt('2026-11-23T01:00:00Z')).toBe('2026-W48');
  });

  it('gives the start and (exclusive) end of a week as Monday 00:00 WIB instants', () => {
    const w = serialOfIsoWeek({ year: 2026, week: 48 });
    expect(new Date(weekStartMs(w)).toISOString()).toBe('2026-11-22T17:00:00.000Z');
    expect(new Date(weekEndMs(w)).toISOString()).toBe('2026-11-29T17:00:00.000Z');
  });

  it('reports the last complete week: a Monday 07:00 WIB run covers the week before', () => {
    expect(weekLabel(lastCompleteWeekSerial(at('2026-11-23T07:00:00+07:00')))).toBe('2026-W47');
    expect(weekLabel(lastCompleteWeekSerial(at('2026-11-23T00:05:00+07:00')))).toBe('2026-W47');
    expect(weekLabel(lastCompleteWeekSerial(at('2026-11-22T23:59:00+07:00')))).toBe('2026-W46');
  });
});

describe('ISO week numbering', () => {
  it('knows which years have 53 weeks (2026 does, 2025 does not)', () => {
    expect(weeksInYear(2026)).toBe(53);
    expect(weeksInYear(2025)).toBe(52);
    expect(weeksInYear(2020)).toBe(53);
    expect(weeksInYear(2032)).toBe(53);
    expect(weeksInYear(2027)).toBe(52);
  });

  it('puts 28 Dec 2026 – 3 Jan 2027 in 2026-W53 and 4 Jan 2027 in 2027-W01', () => {
    expect(labelAt('2026-12-28T00:00:00+07:00')).toBe('2026-W53');
    expect(labelAt('2027-01-01T12:00:00+07:00')).toBe('2026-W53');
    expect(labelAt('2027-01-03T23:59:00+07:00')).toBe('2026-W53');
    expect(labelAt('2027-01-04T00:00:00+07:00')).toBe('2027-W01');
  });

  it('handles the change of year in both directions', () => {
    // 29 Dec 2025 (Monday) already belongs to 2026-W01.
    expect(labelAt('2025-12-28T23:59:00+07:00')).toBe('2025-W52');
    expect(labelAt('2025-12-29T00:00:00+07:00')).toBe('2026-W01');
    // New Year's Eve in UTC is already 1 January in WIB.
    expect(labelAt('2024-12-31T18:00:00Z')).toBe('2025-W01');
    expect(labelAt('2021-01-03T12:00:00+07:00')).toBe('2020-W53');
    expect(weekRange(serialOfIsoWeek({ year: 2027, week: 2 }), 4).map(weekLabel)).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
  });

  it('round-trips every week of 2019–2032 between serial and year/week', () => {
    for (let year = 2019; year <= 2032; year++) {
      for (let week = 1; week <= weeksInYear(year); week++) {
        const serial = serialOfIsoWeek({ year, week });
        expect(isoWeekOfSerial(serial)).toEqual({ year, week });
        // The Monday that starts it is a Monday in WIB.
        expect(new Date(weekStartMs(serial) + 7 * 3600_000).getUTCDay()).toBe(1);
      }
    }
  });

  it('parses and formats week labels, refusing weeks a year does not have', () => {
    expect(parseWeek('2026-W48')).toEqual({ year: 2026, week: 48 });
    expect(parseWeek('2026w5')).toEqual({ year: 2026, week: 5 });
    expect(parseWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseWeek('2025-W53')).toBeNull();
    expect(parseWeek('2026-W00')).toBeNull();
    expect(parseWeek('2026-48')).toBeNull();
    expect(formatWeek({ year: 2026, week: 5 })).toBe('2026-W05');
  });
});
