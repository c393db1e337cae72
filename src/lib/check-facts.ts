import type { CollectionName } from '../schemas/collections.ts';
import { describeValue, fieldPath } from './issues.ts';
import type { FieldProblem } from './zod-issues.ts';
import { MODEL, type Facts } from '../schemas/model.ts';

/** Rules that hold between fields each valid on its own: within a file, then across entries. */

/** Pairs of fields of one group where the second may not be below the first. */
const RANGES: { [C in CollectionName]?: { field: string; low: string; high: string }[] } = {
  methodologies: [
    { field: 'groupSize', low: 'min', high: 'max' },
    { field: 'duration', low: 'min', high: 'max' },
  ],
  programmes: [{ field: 'period', low: 'start', high: 'end' }],
};

type Group = Record<string, unknown>;
const isGroup = (value: unknown): value is Group => typeof value === 'object' && value !== null && !Array.isArray(value);

function rangeProblems(collection: CollectionName, facts: Group): FieldProblem[] {
  return (RANGES[collection] ?? []).flatMap(({ field, low, high }) => {
    const group = facts[field];
    if (!isGroup(group) || typeof group[low] !== 'number' || typeof group[high] !== 'number') return [];
    if (group[high] >= group[low]) return [];
    return [{ path: [field, high], expected: `at least ${field}.${low} (${group[low]})`, found: String(group[high]) }];
  });
}

function selfProblems(collection: CollectionName, id: string, facts: Group): FieldProblem[] {
  const refs: Record<string, CollectionName> = MODEL[collection].refs;
  return Object.entries(refs)
    .filter(([, target]) => target === collection)
    .flatMap(([field]) => {
      const value = facts[field];
      const ids = Array.isArray(value) ? value : [value];
      return ids.flatMap((ref, index) =>
        ref === id
          ? [{ path: Array.isArray(value) ? [field, index] : [field], expected: `the id of another ${collection} entry`, found: `"${id}", this entry's own id` }]
          : [],
      );
    });
}

/** Items are the same when their ids are (actions, worksheet parts), or else when they are equal. */
const sameness = (item: unknown) => (isGroup(item) && typeof item.id === 'string' ? `id ${item.id}` : JSON.stringify(item));

/** Every list anywhere in the data, each item once: ids, vocabulary codes, years, sentences, sources. */
export function duplicateProblems(data: unknown, path: PropertyKey[] = []): FieldProblem[] {
  if (Array.isArray(data)) {
    const first = new Map<string, number>();
    return data.flatMap((item, index) => {
      const key = sameness(item);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, index);
      const own = duplicateProblems(item, [...path, index]);
      if (earlier === undefined) return own;
      const byId = isGroup(item) && typeof item.id === 'string';
      const found = byId
        ? `the id ${describeValue(item.id)} again (first at ${fieldPath([...path, earlier, 'id'])})`
        : `${isGroup(item) ? 'the same item' : describeValue(item)} again (first at ${fieldPath([...path, earlier])})`;
      return [{ path: byId ? [...path, index, 'id'] : [...path, index], expected: `no item twice in ${fieldPath(path)}`, found }, ...own];
    });
  }
  if (isGroup(data)) return Object.entries(data).flatMap(([key, value]) => duplicateProblems(value, [...path, key]));
  return [];
}

/** The rules one entry.yaml must keep on its own, once its fields are valid. */
export function factProblems(collection: CollectionName, id: string, facts: unknown): FieldProblem[] {
  if (!isGroup(facts)) return [];
  return [...rangeProblems(collection, facts), ...selfProblems(collection, id, facts), ...duplicateProblems(facts)];
}

export interface FactsOf<C extends CollectionName> {
  id: string;
  file: string;
  facts: Facts<C>;
}

export interface EntryProblem extends FieldProblem {
  /** The entry.yaml the problem is in */
  file: string;
}

/** A measure's actions run within its programme's period, when the programme gives one. */
export function actionYearProblems(axes: FactsOf<'axes'>[], programmes: Map<string, FactsOf<'programmes'>>): EntryProblem[] {
  return axes.flatMap((axis) => {
    const programme = programmes.get(axis.facts.programme);
    const period = programme?.facts.period;
    if (!programme || !period) return [];
    const written = period.end === undefined ? `from ${period.start}` : `${period.start}–${period.end}`;
    return axis.facts.actions.flatMap((action, a) =>
      action.years.flatMap((year, y) =>
        year < period.start || (period.end !== undefined && year > period.end)
          ? [
              {
                file: axis.file,
                path: ['actions', a, 'years', y],
                expected: `a year within the period of programme "${programme.id}" (${written}, in ${programme.file})`,
                found: String(year),
              },
            ]
          : [],
      ),
    );
  });
}

/** A territory is not, through its parents, part of itself (being its own parent is a self relation). */
export function territoryCycleProblems(territories: FactsOf<'territories'>[]): EntryProblem[] {
  const parentOf = new Map(territories.map((t) => [t.id, t.facts.parent]));
  return territories.flatMap((territory) => {
    const chain = [territory.id];
    for (let parent = territory.facts.parent; parent && parent !== territory.id; parent = parentOf.get(parent)) {
      if (chain.includes(parent)) return [];
      chain.push(parent);
    }
    if (chain.length < 2 || parentOf.get(chain.at(-1) ?? '') !== territory.id) return [];
    return [
      {
        file: territory.file,
        path: ['parent'],
        expected: `a territory that is not part of "${territory.id}" itself`,
        found: `"${chain[1]}", whose parents lead back to it (${[...chain, territory.id].join(' → ')})`,
      },
    ];
  });
}
