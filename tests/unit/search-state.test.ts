import { describe, expect, test } from 'vitest';
import { activeFilters, isEmpty, pagefindFilters, readState, toggleFilter, withoutFilter, writeState } from '../../src/lib/search-state.ts';

describe('search state', () => {
  test('round-trips through the URL in a stable order', () => {
    const state = readState(new URLSearchParams('phase=Disseny&q=mapatge&collection=Metodologies&phase=Avaluació'));
    expect(state).toEqual({ query: 'mapatge', filters: { collection: ['Metodologies'], phase: ['Disseny', 'Avaluació'] } });
    expect(writeState(state)).toBe('?q=mapatge&collection=Metodologies&phase=Disseny&phase=Avaluaci%C3%B3');
    expect(readState(new URLSearchParams(writeState(state)))).toEqual(state);
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
