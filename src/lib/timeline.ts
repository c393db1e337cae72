/** Every year from the earliest to the latest in the given lists, so a timeline has no gaps. */
export function yearSpan(lists: readonly (readonly number[])[]): number[] {
  const all = lists.flat();
  if (all.length === 0) return [];
  const first = Math.min(...all);
  const last = Math.max(...all);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The years from the first to the last of the given ones, as a reader writes them: "2016–2019", or "2017". */
export function yearRange(years: readonly number[]): string {
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? String(first) : `${first}–${last}`;
}
