/** How many changes a feed or a "recent changes" list shows: enough to follow, constant as the site grows. */
const RECENT_CHANGES_LIMIT = 30;

/** The most recently changed items with a known date, newest first; ties broken by id so builds are stable. */
export function recentChanges<T extends { entry: { collection: string; id: string }; updated: string | undefined }>(
  items: readonly T[],
  limit = RECENT_CHANGES_LIMIT,
): (T & { updated: string })[] {
  return items
    .filter((item): item is T & { updated: string } => Boolean(item.updated))
    .sort(
      (a, b) =>
        b.updated.localeCompare(a.updated) ||
        `${a.entry.collection}/${a.entry.id}`.localeCompare(`${b.entry.collection}/${b.entry.id}`),
    )
    .slice(0, limit);
}
