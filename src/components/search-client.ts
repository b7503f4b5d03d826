/**
 * Browser code of /cari/ (the only script of the public site): runs Pagefind over the query and the <select>
 * filters, renders results with their date, and keeps the state in the URL so that a search can be shared and
 * the browser's address bar (OpenSearch) can open /cari/?q=....
 * The index comes in two bundles (src/site/search-archive.ts): the archive of older news is searched only when
 * the reader asks (`arsip=1`), when the recent bundle finds nothing, or when a year filter reaches into it.
 */
import { isPoorSearch, parseVocabulary, suggestQuery, type Suggestion, type Vocabulary } from './search-suggest.ts';
import { ARCHIVE_BUNDLE, ARCHIVE_INFO_FILE, SEARCH_BUNDLE, yearReachesArchive, type ArchiveInfo } from '../site/search-archive.ts';
import type { SearchOrder } from '../site/search-order.ts';
import type { SearchVocabulary } from '../site/search-vocabulary.ts';
import { bulanPanjang } from '../lib/wib.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface PagefindSearch {
  results: Result[];
}

/** A result; its id is prefixed by its bundle's key ('' for the recent one), so that ids of both bundles never meet. */
interface Result {
  id: string;
  data: () => Promise<PagefindResultData>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>;
}

export interface Labels {
  results: string;
  resultsAll: string;
  filtered: string;
  none: string;
  noneFiltered: string;
  loading: string;
  more: string;
  error: string;
  prompt: string;
  /** `Maksud Anda:` before a corrected query. */
  didYouMean: string;
  /** The collapsed filters' control with the number of active filters: `Saring hasil ({count})`. */
  filtersActive: string;
  /** The same control with no filter chosen: `Saring hasil`. */
  filters: string;
  /** Under results without the archive: `Berita sebelum {bulan} ada di arsip dan belum ikut dicari.` */
  archiveNote: string;
  /** Its button. */
  archiveButton: string;
  /** Under results with the archive: `Termasuk arsip berita sebelum {bulan}.` */
  archiveIncluded: string;
  jenis: Record<string, string>;
}

/** Results rendered per batch ("Tampilkan lebih banyak" shows the next batch). */
const BATCH = 20;

/** One Pagefind bundle: its folder and the key its result ids are prefixed with. */
interface Bundle {
  dir: string;
  key: string;
}
const RECENT: Bundle = { dir: `/${SEARCH_BUNDLE}/`, key: '' };
const ARCHIVE: Bundle = { dir: `/${ARCHIVE_BUNDLE}/`, key: '~' };

/** `<name>.<index hash>.json` of a bundle's Indonesian index: files the build writes next to Pagefind's (search-order.ts, search-vocabulary.ts). */
async function indexFile(bundle: Bundle, name: string): Promise<Response> {
  const entry = (await (await fetch(`${bundle.dir}pagefind-entry.json`, { cache: 'no-cache' })).json()) as { languages: Record<string, { hash: string }> };
  const index = entry.languages.id ?? Object.values(entry.languages)[0];
  const response = await fetch(`${bundle.dir}${name}.${index.hash}.json`);
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return response;
}

/**
 * Time of each page id (minutes, larger is newer), from `urut.<index hash>.json` of each bundle (written by the
 * build, src/site/search-order.ts): loaded only when a reader sorts by date, so that the first search does not
 * carry a sort index. The times, not just the order, let results of both bundles be merged.
 */
async function loadDateOrder(bundle: Bundle): Promise<Map<string, number>> {
  const { prefix, ids, menit } = (await (await indexFile(bundle, 'urut')).json()) as SearchOrder;
  const times = menit.split(' ');
  return new Map(ids.split(' ').map((id, i) => [bundle.key + prefix + id, parseInt(times[i], 36)]));
}

/** The words of the indexed pages with their page counts (search-vocabulary.ts), loaded only to correct a poor query. */
async function loadVocabulary(): Promise<Vocabulary> {
  return parseVocabulary((await (await indexFile(RECENT, 'kata')).json()) as SearchVocabulary);
}

/** Newest first; pages without a date (OPD profiles) keep their relevance order after the dated ones. */
export function byDate<T extends { id: string }>(results: T[], time: Map<string, number>): T[] {
  const at = (r: T) => time.get(r.id) ?? Number.NEGATIVE_INFINITY;
  // Array#sort is stable: undated results, and results of the same minute, stay in relevance order.
  return [...results].sort((a, b) => (at(a) === at(b) ? 0 : at(b) - at(a)));
}

/** A loader called again after a failure (the next search retries) but only once after a success. */
function retrying<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** Decodes HTML entities as text; a detached <textarea> parses its content as text only, never as markup. */
function decodeText(html: string): string {
  const area = document.createElement('textarea');
  area.innerHTML = html.replace(/<[^>]*>/g, '');
  return area.value;
}

/** Pagefind excerpts are HTML with <mark>; keep only the marks and treat everything else as text. */
function excerptNodes(excerpt: string): Node[] {
  const text = decodeText;
  return excerpt.split(/<mark>([\s\S]*?)<\/mark>/).map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(text(part));
    const mark = document.createElement('mark');
    mark.textContent = text(part);
    return mark;
  });
}

function renderResult(data: PagefindResultData, labels: Labels): HTMLLIElement {
  const li = document.createElement('li');
  const h2 = document.createElement('h2');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title ?? data.url;
  h2.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const jenis = data.filters.jenis?.[0];
  const parts = [jenis ? (labels.jenis[jenis] ?? jenis) : '', data.filters.opd?.[0] ?? '', data.meta.tanggal ?? ''].filter(Boolean);
  meta.textContent = parts.join(' · ');
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  li.append(h2, meta, excerpt);
  return li;
}

/** `Maksud Anda: <a href="?q=stunting">stunting</a>`, the corrected words in bold; the link keeps the filters. */
function renderSuggestion(suggestion: Suggestion, state: URLSearchParams, labels: Labels): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'suggestion';
  const link = document.createElement('a');
  const params = new URLSearchParams(state);
  params.set('q', suggestion.query);
  link.href = `${location.pathname}?${params.toString()}`;
  link.append(...suggestion.parts.map(({ text, corrected }) => {
    if (!corrected) return document.createTextNode(text);
    const strong = document.createElement('strong');
    strong.textContent = text;
    return strong;
  }));
  p.append(`${labels.didYouMean} `, link);
  return p;
}

/**
 * `12 hasil untuk “banjir”`, `12 hasil dengan saringan Jenis konten: Data` (a search by filters only has no
 * query to quote), `… untuk “banjir” dengan saringan …`; nothing found: the matching "none" message.
 */
export function statusText(count: number, q: string, filters: string[], labels: Labels): string {
  if (count === 0) return q ? fill(labels.none, { q }) : labels.noneFiltered;
  const results = q ? fill(labels.results, { count, q }) : fill(labels.resultsAll, { count });
  return filters.length ? fill(labels.filtered, { results, filters: filters.join('; ') }) : results;
}

export function startSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  const labelsEl = document.getElementById('search-labels');
  const suggestion = document.getElementById('search-suggestion');
  const filtersSummary = document.getElementById('search-filters-summary');
  const archive = document.getElementById('search-archive');
  const archiveText = archive?.querySelector('span');
  const archiveButton = archive?.querySelector('button');
  if (!form || !status || !list || !more || !labelsEl || !suggestion || !filtersSummary || !archive || !archiveText || !archiveButton) return;
  const labels = JSON.parse(labelsEl.textContent ?? '{}') as Labels;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const selects = [...form.querySelectorAll('select')];
  /** `Perangkat daerah: Dinas Kesehatan` for each chosen filter (the sort order is not a filter). */
  const activeFilters = () =>
    selects
      .filter((s) => s.value && s.name !== 'urut')
      .map((s) => `${s.labels?.[0]?.textContent?.trim() ?? s.name}: ${s.selectedOptions[0]?.textContent?.trim() ?? s.value}`);

  /** Each bundle's Pagefind: its own copy of pagefind.js (a module per URL), loaded on first use. */
  const engines = new Map(
    [RECENT, ARCHIVE].map((bundle) => [
      bundle,
      retrying(async () => {
        const pf = (await import(/* @vite-ignore */ `${bundle.dir}pagefind.js`)) as Pagefind;
        await pf.options({ excerptLength: 24 });
        await pf.init();
        return pf;
      }),
    ]),
  );
  const load = (bundle: Bundle) => engines.get(bundle)!();
  const archiveInfo = retrying(async () => (await (await fetch(`${RECENT.dir}${ARCHIVE_INFO_FILE}`, { cache: 'no-cache' })).json()) as ArchiveInfo);
  const loadWords = retrying(loadVocabulary);

  /**
   * Offers the corrected query under a poor search, but only when the correction itself searches well (it finds
   * pages whose first one shows every word): following a suggestion must help.
   */
  async function suggest(pf: Pagefind, q: string, filters: Record<string, string>): Promise<Suggestion | undefined> {
    const fix = suggestQuery(q, await loadWords());
    if (!fix) return undefined;
    const better = await pf.search(fix.query, { filters });
    const top = await better?.results[0]?.data();
    return better && !isPoorSearch(fix.query, better.results.length, top?.excerpt) ? fix : undefined;
  }

  const dateOrders = new Map<Bundle, () => Promise<Map<string, number>>>([RECENT, ARCHIVE].map((b) => [b, retrying(() => loadDateOrder(b))]));
  const params = new URLSearchParams(location.search);
  /** Set by the archive button; kept in the URL (`arsip=1`) so that a shared search includes it too. */
  let wantArchive = params.get('arsip') === '1';
  input.value = params.get('q') ?? '';
  for (const select of selects) select.value = params.get(select.name) ?? '';

  let generation = 0;
  let results: Result[] = [];
  let shown = 0;
  /** The data of the next batch of results; undefined when a newer search has started meanwhile. */
  async function nextBatch(current: number): Promise<PagefindResultData[] | undefined> {
    const data = await Promise.all(results.slice(shown, shown + BATCH).map((r) => r.data()));
    return current === generation ? data : undefined;
  }

  function render(data: PagefindResultData[]): HTMLLIElement[] {
    shown += data.length;
    const items = data.map((d) => renderResult(d, labels));
    list!.append(...items);
    more!.hidden = shown >= results.length;
    return items;
  }

  async function showMore(current: number): Promise<HTMLLIElement[]> {
    const data = await nextBatch(current);
    return data ? render(data) : [];
  }

  /** Under the results: that older news were not searched, with the button to search them; or that they were. */
  function showArchive(sebelum: string, included: boolean): void {
    const bulan = bulanPanjang(sebelum);
    archiveText!.textContent = fill(included ? labels.archiveIncluded : labels.archiveNote, { bulan });
    archiveButton!.hidden = included;
    archive!.hidden = false;
  }

  async function run(): Promise<void> {
    const current = ++generation;
    const q = input.value.trim();
    const filters: Record<string, string> = {};
    const state = new URLSearchParams();
    if (q) state.set('q', q);
    for (const select of selects) {
      if (!select.value) continue;
      state.set(select.name, select.value);
      if (select.name !== 'urut') filters[select.name] = select.value;
    }
    if (wantArchive) state.set('arsip', '1');
    // Not `state.size`: URLSearchParams.size needs Chrome 113 / Safari 17, older phones are still common.
    const query = state.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    const active = Object.keys(filters).length;
    filtersSummary!.textContent = active ? fill(labels.filtersActive, { count: active }) : labels.filters;
    suggestion!.replaceChildren();
    archive!.hidden = true;
    if (!q && Object.keys(filters).length === 0) {
      status!.textContent = labels.prompt;
      list!.replaceChildren();
      more!.hidden = true;
      return;
    }
    status!.textContent = labels.loading;
    try {
      const newest = state.get('urut') === 'terbaru';
      // Without `arsip.json` (a site built before the archive existed) the search simply has no archive.
      const noArchive: ArchiveInfo = { sebelum: null, halaman: 0 };
      const [pf, info] = await Promise.all([load(RECENT), archiveInfo().catch(() => noArchive), newest ? dateOrders.get(RECENT)!() : undefined]);
      const search = await pf.search(q || null, { filters });
      if (current !== generation || !search) return;
      // Only news are archived: a filter on another kind or on a DIP category cannot find anything there.
      const sebelum = info.sebelum && (!filters.jenis || filters.jenis === 'berita') && !filters.kategori ? info.sebelum : null;
      const withArchive = !!sebelum && (wantArchive || search.results.length === 0 || (!!filters.tahun && yearReachesArchive(filters.tahun, sebelum)));
      // The archive failing (a dropped connection) still shows the recent results, with the button to try again.
      const older = withArchive ? await load(ARCHIVE).then((engine) => engine.search(q || null, { filters })).catch(() => null) : null;
      if (current !== generation) return;
      const found = [...search.results, ...(older?.results ?? []).map((r) => ({ ...r, id: ARCHIVE.key + r.id }))];
      const time = newest ? new Map([...(await dateOrders.get(RECENT)!()), ...(older ? await dateOrders.get(ARCHIVE)!() : [])]) : undefined;
      if (current !== generation) return;
      results = time ? byDate(found, time) : found;
      shown = 0;
      list!.replaceChildren();
      const first = await nextBatch(current);
      if (!first) return;
      // A poor search looks for its correction before anything shows, so that "Maksud Anda" never pushes down a
      // result the reader is about to tap; a failed look-up shows the results without one.
      // Judged on the most relevant result, also when the list is sorted by date.
      const top = time ? await found[0]?.data() : first[0];
      const fix = isPoorSearch(q, results.length, top?.excerpt) ? await suggest(pf, q, filters).catch(() => undefined) : undefined;
      if (current !== generation) return;
      if (fix) suggestion!.replaceChildren(renderSuggestion(fix, state, labels));
      render(first);
      // Announced once the first results are on the page.
      status!.textContent = statusText(results.length, q, activeFilters(), labels);
      if (sebelum) showArchive(sebelum, !!older);
    } catch {
      if (current === generation) status!.textContent = labels.error;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 300);
  });
  for (const select of selects) select.addEventListener('change', () => void run());
  archiveButton.addEventListener('click', async () => {
    wantArchive = true;
    await run();
    // The button is gone and the list starts again from the top: keyboard users continue from its first result.
    list.querySelector('a')?.focus();
  });
  more.addEventListener('click', async () => {
    const items = await showMore(generation);
    // Keyboard users continue from the first newly shown result.
    items[0]?.querySelector('a')?.focus();
  });
  void run();
}
