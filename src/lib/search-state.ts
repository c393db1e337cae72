import { FACETS, type Facet } from './search-facets.ts';

/** What a search is: the words typed and the chosen values of each filter. It lives in the URL. */
export interface SearchState {
  query: string;
  filters: Partial<Record<Facet, string[]>>;
  /** The words exactly as typed, even where the search would correct a slip */
  exact?: true;
}

export function readState(params: URLSearchParams): SearchState {
  const filters: Partial<Record<Facet, string[]>> = {};
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(facet).filter(Boolean))];
    if (values.length > 0) filters[facet] = values;
  }
  const query = (params.get('q') ?? '').trim();
  return { query, filters, ...(query && params.has('exact') ? { exact: true } : {}) };
}

/** The URL query of a state, in a stable order, so that the same search always has the same address. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
  if (state.query && state.exact) params.set('exact', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A new query: corrected again where it has slips, whatever the last one asked for. */
export function withQuery(state: SearchState, query: string): SearchState {
  return { query, filters: state.filters };
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
