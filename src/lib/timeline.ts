/** Every year from the earliest to the latest in the given lists, so a timeline has no gaps. */
export function yearSpan(lists: readonly (readonly number[])[]): number[] {
  const all = lists.flat();
  if (all.length === 0) return [];
  const first = Math.min(...all);
  const last = Math.max(...all);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
