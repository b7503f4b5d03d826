/**
 * Browser code of /cari/ (the only script of the public site): runs Pagefind over the query and the <select>
 * filters, renders results with their date, and keeps the state in the URL so that a search can be shared and
 * the browser's address bar (OpenSearch) can open /cari/?q=....
 */

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
  jenis: Record<string, string>;
}

/** Results rendered per batch ("Tampilkan lebih banyak" shows the next batch). */
const BATCH = 20;
const BUNDLE = '/pagefind/';
const PAGEFIND_URL = `${BUNDLE}pagefind.js`;

/**
 * Rank of each page id, newest first, from `urut.<index hash>.json` (written by the build, src/site/search-order.ts):
 * loaded only when a reader sorts by date, so that the first search does not carry a sort index.
 */
async function loadDateOrder(): Promise<Map<string, number>> {
  const entry = (await (await fetch(`${BUNDLE}pagefind-entry.json`, { cache: 'no-cache' })).json()) as { languages: Record<string, { hash: string }> };
  const index = entry.languages.id ?? Object.values(entry.languages)[0];
  const response = await fetch(`${BUNDLE}urut.${index.hash}.json`);
  if (!response.ok) throw new Error(`urut: ${response.status}`);
  // { prefix: 'id_', ids: 'fa424a1 93fbd97 …' } (src/site/search-order.ts SearchOrder).
  const { prefix, ids } = (await response.json()) as { prefix: string; ids: string };
  return new Map(ids.split(' ').map((id, rank) => [prefix + id, rank]));
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
  if (!form || !status || !list || !more || !labelsEl) return;
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

  async function showMore(current: number): Promise<HTMLLIElement[]> {
    const batch = results.slice(shown, shown + BATCH);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (current !== generation) return [];
    shown += batch.length;
    const items = data.map((d) => renderResult(d, labels));
    list!.append(...items);
    more!.hidden = shown >= results.length;
    return items;
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
      await showMore(current);
      if (current !== generation) return;
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
