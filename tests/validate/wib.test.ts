import { describe, expect, it } from 'vitest';
import { parseWib, wibDateString, wibIso } from '../../src/lib/wib.ts';

describe('WIB dates', () => {
  it('reads editor dates as Asia/Jakarta wall-clock time', () => {
    const r = parseWib('2026-11-20 09:30');
    expect(r.ok && r.date.toISOString()).toBe('2026-11-20T02:30:00.000Z');
    const d = parseWib('2026-01-01');
    expect(d.ok && d.date.toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(d.ok && wibDateString(d.date)).toBe('2026-01-01');
  });

  it('accepts +07:00 and refuses other offsets and impossible dates', () => {
    expect(parseWib('2026-11-20T23:30:00+07:00').ok).toBe(true);
    expect(parseWib('2026-11-20T23:30:00Z')).toEqual({ ok: false, reason: 'offset' });
    expect(parseWib('2026-02-29')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseWib('2026-11-20 24:10')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseWib('20/11/2026')).toEqual({ ok: false, reason: 'format' });
  });

  it('formats late-evening UTC instants on the next WIB day', () => {
    const instant = new Date('2026-11-22T17:10:00Z'); // Monday 00:10 WIB
    expect(wibDateString(instant)).toBe('2026-11-23');
    expect(wibIso(instant)).toBe('2026-11-23T00:10:00+07:00');
  });
});
