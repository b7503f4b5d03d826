/**
 * The search index's archive (src/site/search-archive.ts, src/build/search-index.ts): which news go to the second
 * bundle, and how /cari/ merges the two by date.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitPages } from '../../src/build/search-index.ts';
import { byDate } from '../../src/components/search-client.ts';
import { archiveCutoff, isArchived, yearReachesArchive } from '../../src/site/search-archive.ts';
import { minutesOf } from '../../src/site/search-order.ts';

describe('archive cut-off', () => {
  it('keeps the current month and the eleven before it, in WIB', () => {
    expect(archiveCutoff(new Date('2026-12-01T00:00:00+07:00'))).toBe('2026-01-01');
    expect(archiveCutoff(new Date('2026-01-31T12:00:00+07:00'))).toBe('2025-02-01');
    // 30 November 17:00 UTC is already 1 December in Demak.
    expect(archiveCutoff(new Date('2026-11-30T17:00:00Z'))).toBe('2026-01-01');
    expect(archiveCutoff(new Date('2026-11-30T16:59:00Z'))).toBe('2025-12-01');
    expect(archiveCutoff(new Date('2026-03-15T00:00:00+07:00'), 3)).toBe('2026-01-01');
  });

  it('archives news dated before the cut-off day only', () => {
    expect(isArchived('2025-11-30T23:59:00+07:00', '2025-12-01')).toBe(true);
    expect(isArchived('2025-12-01T00:00:00+07:00', '2025-12-01')).toBe(false);
  });

  it('sends a year filter to the archive when the year starts before the cut-off', () => {
    expect(yearReachesArchive('2025', '2025-12-01')).toBe(true);
    expect(yearReachesArchive('2026', '2025-12-01')).toBe(false);
    expect(yearReachesArchive('2025', '2025-01-01')).toBe(false);
  });
});

describe('splitting the built pages', () => {
  const page = (jenis: string, waktu?: string) =>
    `<main data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-filter="jenis">${jenis}</span>${waktu ? `<span data-pagefind-meta="waktu">${waktu}</span>` : ''}</div><p>Isi</p></main>`;

  it('puts old news in the archive, every other indexed page, old or not, in the recent bundle, and skips unindexed pages', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ppid-split-'));
    try {
      const files: Record<string, string> = {
        'opd/dinkes/berita/2024-05-01-lama/index.html': page('berita', '2024-05-01T23:59:00+07:00'),
        'opd/dinkes/berita/2026-11-20-baru/index.html': page('berita', '2026-11-20T09:00:00+07:00'),
        // A DIP entry from 2022 stays searchable at once: the DIP is what the portal is for.
        'opd/dinkes/informasi/renstra-2022/index.html': page('informasi', '2022-01-10T23:59:00+07:00'),
        // A list page under /berita/ without a date is not a news page.
        'opd/dinkes/berita/2/index.html': '<main><p>Daftar</p></main>',
        'index.html': '<main></main>',
      };
      for (const [path, html] of Object.entries(files)) {
        await mkdir(join(dir, path, '..'), { recursive: true });
        await writeFile(join(dir, path), html);
      }
      const { recent, archive } = await splitPages(dir, '2025-12-01');
      expect(archive).toEqual(['opd/dinkes/berita/2024-05-01-lama/index.html']);
      expect(recent.sort()).toEqual(['opd/dinkes/berita/2026-11-20-baru/index.html', 'opd/dinkes/informasi/renstra-2022/index.html']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('newest first over both bundles', () => {
  it('merges by time, keeps undated results last in their order', () => {
    const time = new Map([
      ['id_a', parseInt(minutesOf('2026-11-20T09:00:00+07:00'), 36)],
      ['~id_a', parseInt(minutesOf('2024-05-01T23:59:00+07:00'), 36)],
      ['id_b', parseInt(minutesOf('2022-01-10T23:59:00+07:00'), 36)],
    ]);
    const results = [{ id: 'id_b' }, { id: 'id_x' }, { id: '~id_a' }, { id: 'id_y' }, { id: 'id_a' }];
    expect(byDate(results, time).map((r) => r.id)).toEqual(['id_a', '~id_a', 'id_b', 'id_x', 'id_y']);
  });
});
