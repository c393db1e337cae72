/** Lists longer than this are split into numbered pages, so that no page grows with the content. */
export const PAGE_SIZE = 50;

export interface ListPage<T> {
  items: T[];
  /** 1-based */
  number: number;
  count: number;
}

/** How many pages a list of `length` items takes (an empty list still has its first page). */
export function pageCount(length: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(length / size));
}

/** Page `number` of a list (from 1): only that page's items are copied, so that making every page of a list stays linear. */
export function listPage<T>(items: readonly T[], number: number, size = PAGE_SIZE): ListPage<T> {
  return { items: items.slice((number - 1) * size, number * size), number, count: pageCount(items.length, size) };
}

/**
 * The page numbers a pagination bar links to: the first, the last, and the current page with its
 * neighbours; `null` stands for the pages left out. A gap of a single page shows that page instead,
 * since an ellipsis would take as much room.
 */
export function pageLinks(current: number, count: number): (number | null)[] {
  const shown = [...new Set([1, current - 1, current, current + 1, count])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  const links: (number | null)[] = [];
  for (const n of shown) {
    const previous = links.at(-1);
    if (typeof previous === 'number' && n - previous === 2) links.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) links.push(null);
    links.push(n);
  }
  return links;
}
