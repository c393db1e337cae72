import { describe, expect, test } from 'vitest';
import { listPage, pageCount, pageLinks } from '../../src/lib/pagination.ts';

describe('pagination', () => {
  test('splits a list into pages of the given size, the last one shorter', () => {
    const pages = [1, 2, 3].map((n) => listPage([1, 2, 3, 4, 5], n, 2));
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.number, page.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  test('an empty list still has its first page, and an exact fit adds no empty page', () => {
    expect(listPage([], 1, 50)).toEqual({ items: [], number: 1, count: 1 });
    expect(pageCount(100, 50)).toBe(2);
    expect(pageCount(101, 50)).toBe(3);
  });

  test('links the first, last, current and neighbouring pages, with gaps for the rest', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(1, 10)).toEqual([1, 2, null, 10]);
    expect(pageLinks(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageLinks(10, 10)).toEqual([1, null, 9, 10]);
  });

  test('a gap of one page shows that page rather than an ellipsis', () => {
    expect(pageLinks(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
    expect(pageLinks(1, 4)).toEqual([1, 2, 3, 4]);
  });

  test('the number of links stays bounded however many pages there are', () => {
    for (const count of [10, 100, 10_000]) {
      for (const current of [1, Math.ceil(count / 2), count]) expect(pageLinks(current, count).length).toBeLessThanOrEqual(7);
    }
  });
});
