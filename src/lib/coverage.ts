import type { CollectionName } from '../schemas/collections.ts';
import { MODEL, type Facts } from '../schemas/model.ts';

/**
 * The time and place a dataset covers, as far as the facts say: the programmes' periods, the years of
 * the measures' actions, and the territories entries name or belong to through their programmes.
 */

type Entries = { [C in CollectionName]: readonly { id: string; facts: Facts<C> }[] };

export interface Period {
  start: number;
  /** Absent while any dated programme has no end */
  end?: number;
}

export function temporalCoverage(collection: CollectionName, entries: Entries): Period | undefined {
  if (collection === 'programmes') {
    const periods = entries.programmes.flatMap((entry) => (entry.facts.period ? [entry.facts.period] : []));
    if (periods.length === 0) return undefined;
    const ends = periods.map((period) => period.end);
    const start = Math.min(...periods.map((period) => period.start));
    return ends.every((end) => end !== undefined) ? { start, end: Math.max(...(ends as number[])) } : { start };
  }
  if (collection === 'axes') {
    const years = entries.axes.flatMap((entry) => entry.facts.actions.flatMap((action) => action.years));
    return years.length > 0 ? { start: Math.min(...years), end: Math.max(...years) } : undefined;
  }
  return undefined;
}

const idsIn = (value: unknown): string[] => (value === undefined ? [] : ([] as string[]).concat(value as string | string[]));

/** The territories a collection covers, without those that lie within another one it covers. */
export function spatialCoverage(collection: CollectionName, entries: Entries): string[] {
  const refs: Record<string, CollectionName> = MODEL[collection].refs;
  const programmes = new Map(entries.programmes.map((entry) => [entry.id, entry.facts.territories]));
  const covered = new Set<string>();
  for (const entry of entries[collection] as readonly { id: string; facts: Record<string, unknown> }[]) {
    if (collection === 'territories') covered.add(entry.id);
    for (const [field, target] of Object.entries(refs)) {
      const ids = idsIn(entry.facts[field]);
      if (target === 'territories' && collection !== 'territories') for (const id of ids) covered.add(id);
      if (target === 'programmes') for (const id of ids) for (const territory of programmes.get(id) ?? []) covered.add(territory);
    }
  }
  const parents = new Map(entries.territories.map((entry) => [entry.id, entry.facts.parent]));
  const withinAnother = (id: string) => {
    const seen = new Set<string>();
    for (let parent = parents.get(id); parent && !seen.has(parent); parent = parents.get(parent)) {
      if (covered.has(parent)) return true;
      seen.add(parent);
    }
    return false;
  };
  return [...covered].filter((id) => !withinAnother(id)).sort();
}
