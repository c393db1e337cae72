import { FACETS, type Facet } from '../lib/search-facets.ts';
import { activeFilters, isEmpty, pagefindFilters, readState, toggleFilter, writeState, type SearchState } from '../lib/search-state.ts';

/** The parts of Pagefind's JS API the search page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>> }>;
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { url: string; title: string; excerpt: string }[];
}

interface Strings {
  facets: Record<Facet, string>;
  removeFilter: string;
  resultsOne: string;
  resultsMany: string;
  noResults: string;
  start: string;
  loading: string;
  failed: string;
  clearAll: string;
}

const PAGE_SIZE = 20;
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

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
  // Filters start folded, so that on a phone the results come first; a wide screen has room for both.
  if (matchMedia('(min-width: 48rem)').matches) root.querySelector<HTMLDetailsElement>('[data-search-filters]')!.open = true;
  status.textContent = strings.loading;

  let pagefind: Pagefind;
  let allFilters: Record<string, Record<string, number>>;
  try {
    pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: BASE, excerptLength: 24 });
    allFilters = await pagefind.filters();
  } catch {
    status.textContent = strings.failed;
    return;
  }

  let state = readState(new URLSearchParams(location.search));
  let run = 0;

  const go = (next: SearchState, how: 'push' | 'replace') => {
    state = next;
    history[how === 'push' ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${writeState(state)}`);
    void render();
  };

  const renderFacets = (counts: Record<string, Record<string, number>>) => {
    facetsBox.replaceChildren(
      ...FACETS.filter((facet) => Object.keys(allFilters[facet] ?? {}).length > 0).map((facet) => {
        const fieldset = element('fieldset');
        fieldset.append(element('legend', {}, strings.facets[facet]));
        const values = Object.keys(allFilters[facet] ?? {}).sort((a, b) => a.localeCompare(b, lang));
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

  const render = async () => {
    const current = ++run;
    input.value = state.query;
    renderChips();
    if (isEmpty(state)) {
      renderFacets(allFilters);
      list.replaceChildren();
      status.textContent = strings.start;
      return;
    }
    const search = await pagefind.search(state.query || null, {
      filters: pagefindFilters(state),
      ...(state.query ? {} : { sort: { title: 'asc' } }),
    });
    if (current !== run) return;
    renderFacets(search.filters);
    const count = search.results.length;
    status.textContent = count === 0 ? strings.noResults : count === 1 ? strings.resultsOne : strings.resultsMany.replace('{count}', String(count));
    let shown = 0;
    const showMore = async () => {
      const page = await Promise.all(search.results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
      if (current !== run) return;
      list.querySelector('.more')?.remove();
      list.append(...page.map(renderResult));
      shown += page.length;
      if (shown < count) {
        const more = element('li', { class: 'more' });
        const button = element('button', { type: 'button' }, `+ ${Math.min(PAGE_SIZE, count - shown)}`);
        button.addEventListener('click', () => void showMore());
        more.append(button);
        list.append(more);
      }
    };
    list.replaceChildren();
    await showMore();
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => go({ ...state, query: input.value.trim() }, 'replace'), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    go({ ...state, query: input.value.trim() }, 'push');
  });
  window.addEventListener('popstate', () => {
    state = readState(new URLSearchParams(location.search));
    void render();
  });
  await render();
}
