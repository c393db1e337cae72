import { FACETS, type Facet } from './search-facets.ts';

/** What a search is: the words typed and the chosen values of each filter. It lives in the URL. */
export interface SearchState {
  query: string;
  filters: Partial<Record<Facet, string[]>>;
}

export function readState(params: URLSearchParams): SearchState {
  const filters: Partial<Record<Facet, string[]>> = {};
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(facet).filter(Boolean))];
    if (values.length > 0) filters[facet] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** The URL query of a state, in a stable order, so that the same search always has the same address. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toggleFilter(state: SearchState, facet: Facet, value: string): SearchState {
  const current = state.filters[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const filters = { ...state.filters };
  if (next.length > 0) filters[facet] = next;
  else delete filters[facet];
  return { ...state, filters };
}

/** The same search without one filter: what another value of that filter would add to (values within a filter widen). */
export function withoutFilter(state: SearchState, facet: Facet): SearchState {
  const filters = { ...state.filters };
  delete filters[facet];
  return { ...state, filters };
}

export function activeFilters(state: SearchState): { facet: Facet; value: string }[] {
  return FACETS.flatMap((facet) => (state.filters[facet] ?? []).map((value) => ({ facet, value })));
}

export function isEmpty(state: SearchState): boolean {
  return !state.query && activeFilters(state).length === 0;
}

/** Pagefind's filter object: any chosen value within a filter, every filter at once. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).map(([facet, values]) => [facet, { any: values }]));
}
