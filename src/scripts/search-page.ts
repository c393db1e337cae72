import { plural, type PluralForms } from '../lib/plural.ts';
import { FACETS, type Facet } from '../lib/search-facets.ts';
import {
  activeFilters,
  isEmpty,
  pagefindFilters,
  readState,
  toggleFilter,
  withoutFilter,
  withQuery,
  writeState,
  type SearchState,
} from '../lib/search-state.ts';
import { corrections, normalizeWord, readVocabulary, slipsAllowed, wordsOf, type Correction, type Vocabulary } from '../lib/spelling.ts';

/** Each filter's values, with how many pages have each */
type Filters = Record<string, Record<string, number>>;

interface SearchResponse {
  results: { data(): Promise<ResultData> }[];
  filters: Filters;
}

/** The parts of Pagefind's JS API the search page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Filters>;
  search(query: string | null, options: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<SearchResponse>;
}

interface ResultData {
  url: string;
  /** The page's indexed text, and the positions of its words that matched */
  content: string;
  locations: number[];
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { url: string; title: string; excerpt: string }[];
}

interface Strings {
  facets: Record<Facet, string>;
  removeFilter: string;
  results: PluralForms;
  noResults: string;
  start: string;
  loading: string;
  failed: string;
  clearAll: string;
  correctedTo: string;
  insteadFor: string;
}

/** Results shown at a time: each needs its own request for its text. */
const PAGE_SIZE = 10;
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A template's text around its one {query} placeholder, with a node in its place. */
function around(template: string, node: Node): (string | Node)[] {
  const [before = '', after = ''] = template.split('{query}');
  return [before, node, after];
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Wires the search page: the form, the filters, the chips and the results, all driven by the URL. */
export async function startSearchPage(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const lang = root.dataset.lang ?? 'ca';
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const facetsBox = root.querySelector<HTMLElement>('[data-search-facets]')!;
  const chips = root.querySelector<HTMLElement>('[data-search-chips]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const correctionNote = root.querySelector<HTMLElement>('[data-search-correction]')!;
  const wordsUrl = root.dataset.words ?? '';
  const filtersPanel = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  // Filters start folded, so that on a phone the results come first; a wide screen has room for both.
  if (matchMedia('(min-width: 48rem)').matches) filtersPanel.open = true;
  status.textContent = strings.loading;

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // Searched on the page itself: Pagefind's web worker would be one more script for the first search
    // to fetch (pagefind-worker.js, 13.5 KB compressed), and a query takes a few milliseconds either way.
    await pagefind.options({ baseUrl: BASE, excerptLength: 24, noWorker: true });
    // The engine and this language's index metadata load now, while the visitor types.
    await pagefind.init();
  } catch {
    status.textContent = strings.failed;
    return;
  }

  let state = readState(new URLSearchParams(location.search));
  /** The search whose results are shown: the state's, with its query corrected if it had slips */
  let searched = state;
  let run = 0;

  const go = (next: SearchState, how: 'push' | 'replace') => {
    state = next;
    history[how === 'push' ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${writeState(state)}`);
    void render();
  };

  const renderFacets = (totals: Filters, counts: Filters) => {
    facetsBox.replaceChildren(
      ...FACETS.filter((facet) => Object.keys(totals[facet] ?? {}).length > 0).map((facet) => {
        const fieldset = element('fieldset');
        fieldset.append(element('legend', {}, strings.facets[facet]));
        const values = Object.keys(totals[facet] ?? {}).sort((a, b) => a.localeCompare(b, lang));
        for (const value of values) {
          const id = `f-${facet}-${values.indexOf(value)}`;
          const box = element('input', { type: 'checkbox', id, name: facet, value });
          box.checked = state.filters[facet]?.includes(value) ?? false;
          box.addEventListener('change', () => go(toggleFilter(state, facet, value), 'push'));
          const count = counts[facet]?.[value] ?? 0;
          const label = element('label', { for: id });
          label.append(`${value} `, element('span', { class: 'count' }, `(${count})`));
          const row = element('div', { class: 'facet-option' });
          row.append(box, label);
          fieldset.append(row);
        }
        return fieldset;
      }),
    );
  };

  const renderChips = () => {
    const active = activeFilters(state);
    chips.replaceChildren(
      ...active.map(({ facet, value }) => {
        const chip = element('button', { type: 'button', class: 'chip', 'aria-label': strings.removeFilter.replace('{value}', value) });
        chip.append(element('span', { class: 'chip-facet' }, `${strings.facets[facet]}: `), value, element('span', { 'aria-hidden': 'true' }, ' ×'));
        chip.addEventListener('click', () => go(toggleFilter(state, facet, value), 'push'));
        return chip;
      }),
    );
    if (active.length > 1) {
      const clear = element('button', { type: 'button', class: 'chip chip-clear' }, strings.clearAll);
      clear.addEventListener('click', () => go({ ...state, filters: {} }, 'push'));
      chips.append(clear);
    }
  };

  const renderResult = (data: ResultData) => {
    const item = element('li', { class: 'result' });
    const target = data.sub_results.find((sub) => sub.url.includes('#')) ?? data.sub_results[0];
    const heading = element('h3');
    heading.append(element('a', { href: target?.url ?? data.url }, data.meta.title ?? data.url));
    const excerpt = element('p', { class: 'excerpt' });
    // Pagefind's excerpt is our own page text, escaped, with <mark> around the matched words.
    excerpt.innerHTML = target?.excerpt ?? data.excerpt;
    item.append(element('p', { class: 'result-collection' }, data.meta.collection ?? ''), heading);
    if (data.meta.summary) item.append(element('p', { class: 'result-summary' }, data.meta.summary));
    if (state.query) item.append(excerpt);
    return item;
  };

  const runSearch = (search: SearchState) =>
    pagefind.search(search.query || null, {
      filters: pagefindFilters(search),
      ...(search.query ? {} : { sort: { title: 'asc' } }),
    });

  // Each result's text is fetched once, whether to check the query's words or to show it.
  const texts = new WeakMap<object, Promise<ResultData>>();
  const dataOf = (result: SearchResponse['results'][number]) => {
    const known = texts.get(result);
    if (known) return known;
    const loading = result.data();
    texts.set(result, loading);
    return loading;
  };

  // The vocabulary loads the first time a query has a word that the results do not confirm.
  let vocabulary: Promise<Vocabulary> | undefined;
  const loadVocabulary = () =>
    (vocabulary ??= fetch(wordsUrl)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(response.statusText))))
      .then(readVocabulary)
      .catch((error: unknown) => {
        // A failed load is tried again with the next query.
        vocabulary = undefined;
        throw error;
      }));

  /**
   * The search corrected for slips, if the query has any and the corrected query finds something. A word
   * is known when a result matched a word it starts (Pagefind falls back to shorter words for one it does
   * not have) or when the vocabulary has it; only the others are corrected.
   */
  const corrected = async (search: SearchState, found: SearchResponse): Promise<{ correction: Correction; found: SearchResponse } | undefined> => {
    const first = await Promise.all(found.results.slice(0, PAGE_SIZE).map(dataOf));
    const matched = new Set(
      first.flatMap((data) => {
        const words = data.content.split(/\s+/);
        return data.locations.flatMap((at) => wordsOf(words[at] ?? '').map(normalizeWord));
      }),
    );
    const known = (word: string) => {
      const key = normalizeWord(word);
      return [...matched].some((m) => m.startsWith(key));
    };
    if (wordsOf(search.query).every((word) => slipsAllowed(word) === 0 || known(word))) return undefined;
    for (const correction of corrections(search.query, await loadVocabulary(), known)) {
      const better = await runSearch({ ...search, query: correction.query });
      if (better.results.length > 0) return { correction, found: better };
    }
    return undefined;
  };

  const showCorrection = (correction: Correction | undefined) => {
    if (!correction) {
      correctionNote.replaceChildren();
      correctionNote.hidden = true;
      return;
    }
    const asked = { ...state, exact: true as const };
    const instead = element('a', { href: `${location.pathname}${writeState(asked)}` }, state.query);
    instead.addEventListener('click', (event) => {
      event.preventDefault();
      go(asked, 'push');
    });
    const line = element('p');
    line.append(...around(strings.correctedTo, element('strong', {}, correction.query)), ' ', ...around(strings.insteadFor, instead));
    correctionNote.replaceChildren(line);
    correctionNote.hidden = false;
  };

  // Every filter's values and counts need all the filter indexes, which grow with the site: they are
  // fetched once the filters are open, after the results, so a phone's first search costs only its results.
  let facetTotals: Filters | undefined;
  let lastSearch: SearchResponse | undefined;
  const showFacets = async () => {
    if (!filtersPanel.open) return;
    const current = run;
    try {
      if (!facetTotals) {
        facetTotals = await pagefind.filters();
        // A search made before the indexes arrived counted only the filters it used.
        lastSearch = undefined;
      }
      if (current !== run) return;
      if (isEmpty(state)) {
        renderFacets(facetTotals, facetTotals);
        return;
      }
      lastSearch ??= await runSearch(searched);
      const counts = { ...lastSearch.filters };
      // A chosen filter's values are counted as if it were not chosen: each one adds its own results.
      for (const facet of Object.keys(searched.filters) as Facet[]) {
        const without = withoutFilter(searched, facet);
        counts[facet] = (isEmpty(without) ? facetTotals : (await runSearch(without)).filters)[facet] ?? {};
      }
      if (current === run) renderFacets(facetTotals, counts);
    } catch {
      status.textContent = strings.failed;
    }
  };
  filtersPanel.addEventListener('toggle', () => void showFacets());

  const render = async () => {
    const current = ++run;
    input.value = state.query;
    renderChips();
    lastSearch = undefined;
    searched = state;
    if (isEmpty(state)) {
      showCorrection(undefined);
      list.replaceChildren();
      list.setAttribute('aria-busy', 'false');
      status.textContent = strings.start;
      await showFacets();
      return;
    }
    list.setAttribute('aria-busy', 'true');
    let search = await runSearch(state);
    if (current !== run) return;
    let correction: Correction | undefined;
    if (state.query && !state.exact) {
      try {
        const better = await corrected(state, search);
        if (current !== run) return;
        if (better) ({ correction, found: search } = better);
      } catch {
        // Without its vocabulary the search still shows what the words typed find.
      }
    }
    showCorrection(correction);
    // The filters count what the results shown are: the corrected query's, if it was corrected.
    searched = correction ? { ...state, query: correction.query } : state;
    lastSearch = search;
    const count = search.results.length;
    status.textContent = count === 0 ? strings.noResults : plural(document.documentElement.lang, count, strings.results);
    let shown = 0;
    /** Shows the next batch of results; returns the first one's link, where a keyboard user goes next. */
    const showMore = async (): Promise<HTMLElement | undefined> => {
      // The batch is claimed and its button gone before its texts arrive, so a second press cannot repeat it.
      const from = shown;
      shown = Math.min(count, shown + PAGE_SIZE);
      list.querySelector('.more')?.remove();
      list.setAttribute('aria-busy', 'true');
      const page = await Promise.all(search.results.slice(from, shown).map(dataOf));
      if (current !== run) return;
      const items = page.map(renderResult);
      list.append(...items);
      if (shown < count) {
        const more = element('li', { class: 'more' });
        const button = element('button', { type: 'button' }, `+ ${Math.min(PAGE_SIZE, count - shown)}`);
        button.addEventListener('click', () => void showMore().then((first) => first?.focus()));
        more.append(button);
        list.append(more);
      }
      list.setAttribute('aria-busy', 'false');
      return items[0]?.querySelector('a') ?? undefined;
    };
    list.replaceChildren();
    await showMore();
    if (current === run) await showFacets();
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => go(withQuery(state, input.value.trim()), 'replace'), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    go(withQuery(state, input.value.trim()), 'push');
  });
  window.addEventListener('popstate', () => {
    state = readState(new URLSearchParams(location.search));
    void render();
  });
  await render();
}
