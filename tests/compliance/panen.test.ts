/**
 * "Sumber panen gagal" in the weekly report: the failing entries of the harvest logs reach the JSON model and the
 * Markdown summary (oldest failure first, content text escaped); a report without failures has no such section.
 */
import { describe, expect, it } from 'vitest';
import { analyseHistory } from '../../src/compliance/activity.ts';
import { formatMarkdown } from '../../src/compliance/format.ts';
import type { History } from '../../src/compliance/history.ts';
import { failingSources } from '../../src/compliance/panen.ts';
import { buildReport } from '../../src/compliance/report.ts';
import { serialOfIsoWeek, weekEndMs } from '../../src/compliance/week.ts';
import { loadContent } from '../../src/content/model.ts';
import type { HarvestLogRecord } from '../../src/harvest/log.ts';

const VALID_FIXTURE = new URL('../fixtures/valid/', import.meta.url).pathname;
const WEEK = serialOfIsoWeek({ year: 2026, week: 47 });
const NO_HISTORY: History = { source: 'berkas', perkiraan: true, changes: [], commits: 0 };

const logs: HarvestLogRecord[] = [
  { opd: 'dinkes', dataset: 'dbd', status: 'gagal', berhasil: '2026-11-01T06:05:00+07:00', gagal_sejak: '2026-11-18T06:05:00+07:00', alasan: 'sumber menjawab HTTP 500 | <b>' },
  { opd: 'bpbd', dataset: 'hujan', status: 'berhasil', berhasil: '2026-11-20T06:05:00+07:00' },
  { opd: 'bpbd', dataset: 'bencana', status: 'gagal', gagal_sejak: '2026-11-10T06:05:00+07:00', alasan: 'sumber tidak menjawab dalam 30 detik' },
];

async function reportWith(harvest?: HarvestLogRecord[]) {
  const model = await loadContent(VALID_FIXTURE);
  return buildReport({ model, problems: [], activity: analyseHistory(NO_HISTORY), week: WEEK, generatedAt: weekEndMs(WEEK), harvest });
}

describe('weekly report: failing harvest sources', () => {
  it('lists only failing sources, oldest failure first, with their dataset file', () => {
    expect(failingSources(logs)).toEqual([
      { opd: 'bpbd', dataset: 'bencana', berkas: 'content/opd/bpbd/data/bencana.yaml', gagal_sejak: '2026-11-10T06:05:00+07:00', berhasil_terakhir: null, alasan: 'sumber tidak menjawab dalam 30 detik' },
      { opd: 'dinkes', dataset: 'dbd', berkas: 'content/opd/dinkes/data/dbd.yaml', gagal_sejak: '2026-11-18T06:05:00+07:00', berhasil_terakhir: '2026-11-01T06:05:00+07:00', alasan: 'sumber menjawab HTTP 500 | <b>' },
    ]);
  });

  it('reaches the report model and its Markdown section in Indonesian', async () => {
    const report = await reportWith(logs);
    expect(report.panen_gagal?.map((p) => p.dataset)).toEqual(['bencana', 'dbd']);
    const md = formatMarkdown(report);
    expect(md).toContain('## Sumber panen gagal\n\n2 sumber data gagal dipanen otomatis');
    expect(md).toContain('| bpbd | `bencana` | 2026-11-10 06:05 WIB | – | sumber tidak menjawab dalam 30 detik |');
    expect(md).toContain('| dinkes | `dbd` | 2026-11-18 06:05 WIB | 2026-11-01 06:05 WIB | sumber menjawab HTTP 500 \\| &lt;b> |');
  });

  it('has no section when nothing fails', async () => {
    const report = await reportWith();
    expect(report.panen_gagal).toEqual([]);
    expect(formatMarkdown(report)).not.toContain('Sumber panen gagal');
  });
});
