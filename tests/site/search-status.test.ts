/** The status line of /cari/: a search by filters only counts its results and names its filters. */
import { describe, expect, it } from 'vitest';
import { statusText, type Labels } from '../../src/components/search-client.ts';
import { t } from '../../src/i18n/id.ts';

const labels: Labels = {
  results: t('search.results'), resultsAll: t('search.resultsAll'), filtered: t('search.filtered'), none: t('search.none'),
  noneFiltered: t('search.noneFiltered'), loading: '', more: '', error: '', prompt: '', didYouMean: '', filtersActive: '', filters: '', archiveNote: '', archiveButton: '', archiveIncluded: '', jenis: {},
};

describe('search status', () => {
  it('quotes the query', () => {
    expect(statusText(3, 'banjir', [], labels)).toBe('3 hasil untuk “banjir”');
  });

  it('names the active filters, with or without a query', () => {
    expect(statusText(12, '', ['Jenis konten: Data'], labels)).toBe('12 hasil dengan saringan Jenis konten: Data');
    expect(statusText(2, 'banjir', ['Perangkat daerah: BPBD', 'Tahun: 2026'], labels)).toBe('2 hasil untuk “banjir” dengan saringan Perangkat daerah: BPBD; Tahun: 2026');
  });

  it('never quotes an empty query when nothing is found', () => {
    expect(statusText(0, '', ['Tahun: 2020'], labels)).toBe(t('search.noneFiltered'));
    expect(statusText(0, 'xyz', ['Tahun: 2020'], labels)).toBe('Tidak ada hasil untuk “xyz”. Coba kata lain atau kurangi saringan.');
  });
});
