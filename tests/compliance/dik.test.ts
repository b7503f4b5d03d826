/**
 * An exemption whose period has ended by the last day of the report week becomes a to-do of its OPD (review; publish
 * unless extended), judged as of that week; the validator's warning for the same entry is not counted twice.
 */
import { describe, expect, it } from 'vitest';
import { analyseHistory } from '../../src/compliance/activity.ts';
import type { History } from '../../src/compliance/history.ts';
import { buildReport } from '../../src/compliance/report.ts';
import { serialOfIsoWeek, weekEndMs } from '../../src/compliance/week.ts';
import { loadContent, type ContentModel } from '../../src/content/model.ts';
import { wibInstant } from '../../src/lib/wib.ts';
import type { Problem } from '../../src/validate/problem.ts';

const VALID_FIXTURE = new URL('../fixtures/valid/', import.meta.url).pathname;
const OPD = 'dinas-contoh';
const DIK = `content/opd/${OPD}/informasi/data-pribadi-pegawai.md`;
const NO_HISTORY: History = { source: 'berkas', perkiraan: true, changes: [], commits: 0 };
/** 2026-W48: Monday 23 to Sunday 29 November 2026 (WIB). */
const WEEK = serialOfIsoWeek({ year: 2026, week: 48 });
const TODO = 'Pengecualian "Data Pribadi Pegawai" (content/opd/dinas-contoh/informasi/data-pribadi-pegawai.md) berakhir 29 November 2026: tinjau ulang; umumkan sebagai informasi terbuka bila tidak diperpanjang';
const WARNING: Problem = { file: DIK, line: 24, column: 1, severity: 'warning', rule: 'dik/kedaluwarsa', message: 'berakhir', hint: 'tinjau' };

async function todoWith(berlakuHingga: Date, problems: Problem[] = []): Promise<string[]> {
  const base = await loadContent(VALID_FIXTURE);
  const informasi = base.informasi.map((e) => (e.path === DIK ? { ...e, data: { ...e.data, berlaku_hingga: berlakuHingga } } : e));
  const model: ContentModel = { ...base, informasi };
  const report = buildReport({ model, problems, activity: analyseHistory(NO_HISTORY), week: WEEK, generatedAt: weekEndMs(WEEK) });
  return report.opd.find((o) => o.opd === OPD)!.todo;
}

describe('ended DIK exemptions in the weekly report', () => {
  it('are a to-do once the period ended before the last day of the week (WIB)', async () => {
    // The last exempt day is the week's Sunday: not yet ended.
    expect((await todoWith(wibInstant(2026, 11, 29)!)).filter((t) => t.startsWith('Pengecualian'))).toEqual([]);
    expect(await todoWith(wibInstant(2026, 11, 28)!)).toContain(TODO.replace('29 November', '28 November'));
    expect((await todoWith(wibInstant(2030, 12, 31)!)).filter((t) => t.startsWith('Pengecualian'))).toEqual([]);
  });

  it('come right after the legal deadlines and replace the validator warning in the warning count', async () => {
    const todo = await todoWith(wibInstant(2026, 11, 1)!, [WARNING]);
    const item = todo.find((t) => t.startsWith('Pengecualian'));
    expect(item).toBe(TODO.replace('29 November', '1 November'));
    expect(todo.some((t) => t.startsWith('Periksa') && t.includes('peringatan validasi'))).toBe(false);
    expect(todo.indexOf(item!)).toBeLessThan(todo.findIndex((t) => t.startsWith('Unggah minimal')));
  });
});
