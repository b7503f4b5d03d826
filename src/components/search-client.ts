/**
 * Browser code of /cari/ (the only script of the public site): runs Pagefind over the query and the <select>
 * filters, renders results with their date, and keeps the state in the URL so that a search can be shared and
 * the browser's address bar (OpenSearch) can open /cari/?q=....
 */
import { isPoorSearch, parseVocabulary, suggestQuery, type Suggestion, type Vocabulary } from './search-suggest.ts';
import type { SearchVocabulary } from '../site/search-vocabulary.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
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
  jenis: Record<string, string>;
}

/** Results rendered per batch ("Tampilkan lebih banyak" shows the next batch). */
const BATCH = 20;
const BUNDLE = '/pagefind/';
const PAGEFIND_URL = `${BUNDLE}pagefind.js`;

/** `<name>.<index hash>.json` of the Indonesian index: files the build writes next to Pagefind's (search-order.ts, search-vocabulary.ts). */
async function indexFile(name: string): Promise<Response> {
  const entry = (await (await fetch(`${BUNDLE}pagefind-entry.json`, { cache: 'no-cache' })).json()) as { languages: Record<string, { hash: string }> };
  const index = entry.languages.id ?? Object.values(entry.languages)[0];
  const response = await fetch(`${BUNDLE}${name}.${index.hash}.json`);
  if (!response.ok) throw new Error(`${name}: ${response.status}`);
  return response;
}

/**
 * Rank of each page id, newest first, from `urut.<index hash>.json` (written by the build, src/site/search-order.ts):
 * loaded only when a reader sorts by date, so that the first search does not carry a sort index.
 */
async function loadDateOrder(): Promise<Map<string, number>> {
  const response = await indexFile('urut');
  // { prefix: 'id_', ids: 'fa424a1 93fbd97 …' } (src/site/search-order.ts SearchOrder).
  const { prefix, ids } = (await response.json()) as { prefix: string; ids: string };
  return new Map(ids.split(' ').map((id, rank) => [prefix + id, rank]));
}

/** The words of the indexed pages with their page counts (search-vocabulary.ts), loaded only to correct a poor query. */
async function loadVocabulary(): Promise<Vocabulary> {
  return parseVocabulary((await (await indexFile('kata')).json()) as SearchVocabulary);
}

/** Newest first; pages without a date (OPD profiles) keep their relevance order after the dated ones. */
export function byDate<T extends { id: string }>(results: T[], rank: Map<string, number>): T[] {
  const at = (r: T) => rank.get(r.id) ?? Number.MAX_SAFE_INTEGER;
  // Array#sort is stable: undated results stay in relevance order.
  return [...results].sort((a, b) => at(a) - at(b));
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
  if (!form || !status || !list || !more || !labelsEl || !suggestion || !filtersSummary) return;
  const labels = JSON.parse(labelsEl.textContent ?? '{}') as Labels;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const selects = [...form.querySelectorAll('select')];
  /** `Perangkat daerah: Dinas Kesehatan` for each chosen filter (the sort order is not a filter). */
  const activeFilters = () =>
    selects
      .filter((s) => s.value && s.name !== 'urut')
      .map((s) => `${s.labels?.[0]?.textContent?.trim() ?? s.name}: ${s.selectedOptions[0]?.textContent?.trim() ?? s.value}`);

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ excerptLength: 24 });
      await pf.init();
      return pf;
    }));
  let vocabulary: Promise<Vocabulary> | undefined;
  const loadWords = () => (vocabulary ??= loadVocabulary().catch((error: unknown) => {
    vocabulary = undefined; // tried again by the next poor search
    throw error;
  }));

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

  let dateOrder: Promise<Map<string, number>> | undefined;
  const loadOrder = () => (dateOrder ??= loadDateOrder().catch((error: unknown) => {
    dateOrder = undefined; // tried again by the next search
    throw error;
  }));

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of selects) select.value = params.get(select.name) ?? '';

  let generation = 0;
  let results: PagefindSearch['results'] = [];
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
    // Not `state.size`: URLSearchParams.size needs Chrome 113 / Safari 17, older phones are still common.
    const query = state.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    const active = Object.keys(filters).length;
    filtersSummary!.textContent = active ? fill(labels.filtersActive, { count: active }) : labels.filters;
    suggestion!.replaceChildren();
    if (!q && Object.keys(filters).length === 0) {
      status!.textContent = labels.prompt;
      list!.replaceChildren();
      more!.hidden = true;
      return;
    }
    status!.textContent = labels.loading;
    try {
      const newest = state.get('urut') === 'terbaru';
      const [pf, rank] = await Promise.all([load(), newest ? loadOrder() : undefined]);
      const search = await pf.search(q || null, { filters });
      if (current !== generation || !search) return;
      results = rank ? byDate(search.results, rank) : search.results;
      shown = 0;
      list!.replaceChildren();
      const first = await nextBatch(current);
      if (!first) return;
      // A poor search looks for its correction before anything shows, so that "Maksud Anda" never pushes down a
      // result the reader is about to tap; a failed look-up shows the results without one.
      // Judged on the most relevant result, also when the list is sorted by date.
      const top = rank ? await search.results[0]?.data() : first[0];
      const fix = isPoorSearch(q, results.length, top?.excerpt) ? await suggest(pf, q, filters).catch(() => undefined) : undefined;
      if (current !== generation) return;
      if (fix) suggestion!.replaceChildren(renderSuggestion(fix, state, labels));
      render(first);
      // Announced once the first results are on the page.
      status!.textContent = statusText(results.length, q, activeFilters(), labels);
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
  more.addEventListener('click', async () => {
    const items = await showMore(generation);
    // Keyboard users continue from the first newly shown result.
    items[0]?.querySelector('a')?.focus();
  });
  void run();
}
