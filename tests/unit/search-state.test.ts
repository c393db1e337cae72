import { describe, expect, test } from 'vitest';
import { activeFilters, isEmpty, pagefindFilters, readState, toggleFilter, withoutFilter, withQuery, writeState } from '../../src/lib/search-state.ts';

describe('search state', () => {
  test('round-trips through the URL in a stable order', () => {
    const state = readState(new URLSearchParams('phase=Disseny&q=mapatge&collection=Metodologies&phase=Avaluació'));
    expect(state).toEqual({ query: 'mapatge', filters: { collection: ['Metodologies'], phase: ['Disseny', 'Avaluació'] } });
    expect(writeState(state)).toBe('?q=mapatge&collection=Metodologies&phase=Disseny&phase=Avaluaci%C3%B3');
    expect(readState(new URLSearchParams(writeState(state)))).toEqual(state);
  });

  test('a query asked for exactly stays so with its filters, and a new query is corrected again', () => {
    const exact = readState(new URLSearchParams('q=particiapcio&exact=1&phase=Disseny'));
    expect(exact).toEqual({ query: 'particiapcio', filters: { phase: ['Disseny'] }, exact: true });
    expect(writeState(exact)).toBe('?q=particiapcio&phase=Disseny&exact=1');
    expect(toggleFilter(exact, 'phase', 'Disseny').exact).toBe(true);
    expect(withQuery(exact, 'mapatge')).toEqual({ query: 'mapatge', filters: { phase: ['Disseny'] } });
    expect(readState(new URLSearchParams('exact=1'))).toEqual({ query: '', filters: {} });
  });

  test('ignores unknown parameters and empty values', () => {
    expect(readState(new URLSearchParams('utm=x&phase=&q=%20'))).toEqual({ query: '', filters: {} });
    expect(writeState({ query: '', filters: {} })).toBe('');
  });

  test('toggling adds a value, and removing the last value drops the filter', () => {
    const one = toggleFilter({ query: '', filters: {} }, 'phase', 'Disseny');
    expect(one.filters).toEqual({ phase: ['Disseny'] });
    expect(activeFilters(one)).toEqual([{ facet: 'phase', value: 'Disseny' }]);
    expect(toggleFilter(one, 'phase', 'Disseny')).toEqual({ query: '', filters: {} });
    expect(isEmpty(toggleFilter(one, 'phase', 'Disseny'))).toBe(true);
  });

  test('filters combine as any value within a filter and all filters together', () => {
    expect(pagefindFilters({ query: '', filters: { phase: ['Disseny', 'Avaluació'], value: ['Cooperació'] } })).toEqual({
      phase: { any: ['Disseny', 'Avaluació'] },
      value: { any: ['Cooperació'] },
    });
  });

  test('a search without one filter keeps the words and the other filters', () => {
    const state = { query: 'barri', filters: { phase: ['Disseny'], value: ['Cooperació'] } };
    expect(withoutFilter(state, 'phase')).toEqual({ query: 'barri', filters: { value: ['Cooperació'] } });
    expect(state.filters.phase).toEqual(['Disseny']);
    expect(isEmpty(withoutFilter({ query: '', filters: { phase: ['Disseny'] } }, 'phase'))).toBe(true);
  });
});
