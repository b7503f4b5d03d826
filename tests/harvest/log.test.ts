/**
 * The harvest log `content/opd/<opd>/panen.yaml`: a known file of the content contract (no unknown-file or
 * extension problem, not a page, not an upload), equal outcomes give equal bytes, and the reader is as careful
 * with it as with any content (no YAML tags, bad entries skipped).
 */
import { describe, expect, it } from 'vitest';
import { uploadEntryOf } from '../../src/compliance/activity.ts';
import { classifyPath } from '../../src/content/paths.ts';
import { formatHarvestLog, nextEntry, parseHarvestLog, readHarvestLog } from '../../src/harvest/log.ts';
import { publishedFiles } from '../../src/site/files.ts';
import { memoryTree } from '../../src/validate/memory-tree.ts';
import { buildKnownRoutes } from '../../src/validate/routes.ts';
import { validateTree } from '../../src/validate/run.ts';
import { Tree } from './fixture.ts';

const LOG = 'content/opd/dinkes/panen.yaml';
const T1 = '2026-11-20T06:05:00+07:00';
const T2 = '2026-11-21T06:05:00+07:00';

describe('the harvest log file', () => {
  it('is classified, validated without problems, never published and never an upload', async () => {
    expect(classifyPath(LOG)).toMatchObject({ kind: 'panen-log', opd: 'dinkes' });
    const base = new Tree();
    const log = formatHarvestLog(new Map([['dbd', { status: 'gagal', gagal_sejak: T1, alasan: 'sumber menjawab HTTP 500' }]]));
    const tree = await memoryTree({ 'content/pemda.yaml': base.text('content/pemda.yaml'), 'content/opd/dinkes/profil.md': base.text('content/opd/dinkes/profil.md'), [LOG]: log });
    base.remove();
    expect((await validateTree(tree)).problems.filter((p) => p.file === LOG)).toEqual([]);
    expect(publishedFiles(tree)).toEqual([]);
    expect([...buildKnownRoutes(tree)].some((r) => r.includes('panen'))).toBe(false);
    expect(uploadEntryOf(LOG)).toBeNull();
    // Elsewhere it is no log: a `panen.yaml` inside data/ is a dataset, at the root an unknown file.
    expect(classifyPath('content/opd/dinkes/data/panen.yaml').kind).toBe('dataset');
    expect(classifyPath('content/panen.yaml').kind).toBe('unknown');
  });

  it('changes only with the outcome: same outcome, same entry object', () => {
    const ok = nextEntry(undefined, { ok: true, changed: false }, T1);
    expect(ok).toEqual({ status: 'berhasil', berhasil: T1 });
    expect(nextEntry(ok, { ok: true, changed: false }, T2)).toBe(ok);
    expect(nextEntry(ok, { ok: true, changed: true }, T2)).toEqual({ status: 'berhasil', berhasil: T2 });
    const failed = nextEntry(ok, { ok: false, reason: 'HTTP 500' }, T2);
    expect(failed).toEqual({ status: 'gagal', berhasil: T1, gagal_sejak: T2, alasan: 'HTTP 500' });
    expect(nextEntry(failed, { ok: false, reason: 'HTTP 500' }, '2026-11-22T06:05:00+07:00')).toEqual(failed);
    expect(nextEntry(failed, { ok: true, changed: false }, '2026-11-22T06:05:00+07:00')).toEqual({ status: 'berhasil', berhasil: '2026-11-22T06:05:00+07:00' });
  });

  it('formats deterministically and reads back; tags and bad entries are not trusted', () => {
    const log = new Map([['b', { status: 'berhasil' as const, berhasil: T1 }], ['a', { status: 'gagal' as const, gagal_sejak: T1, alasan: 'x: "y"' }]]);
    const text = formatHarvestLog(log);
    expect(text).toBe(formatHarvestLog(new Map([...log].reverse())));
    expect(parseHarvestLog(text)).toEqual(new Map([['a', log.get('a')], ['b', log.get('b')]]));
    expect(parseHarvestLog('b:\n  status: berhasil\nc:\n  status: mungkin\nd: [1]\n')).toEqual(new Map([['b', { status: 'berhasil' }]]));
    // A file the validator's reader refuses (a YAML tag) is no log at all.
    expect(parseHarvestLog('a: !!js/function "x"\nb:\n  status: berhasil\n')).toEqual(new Map());
  });

  it('readHarvestLog lists every OPD entry', async () => {
    const tree = new Tree();
    tree.write(LOG, formatHarvestLog(new Map([['dbd', { status: 'gagal', gagal_sejak: T1, alasan: 'HTTP 500' }]])));
    tree.write('content/opd/bpbd/panen.yaml', formatHarvestLog(new Map([['hujan', { status: 'berhasil', berhasil: T1 }]])));
    expect(await readHarvestLog(tree.root)).toEqual([
      { opd: 'bpbd', dataset: 'hujan', status: 'berhasil', berhasil: T1 },
      { opd: 'dinkes', dataset: 'dbd', status: 'gagal', gagal_sejak: T1, alasan: 'HTTP 500' },
    ]);
    tree.remove();
  });
});
