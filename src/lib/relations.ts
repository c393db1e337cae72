import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import { MODEL } from '../schemas/model.ts';

/** An entry as the relation index needs it: where it is and its facts. */
export interface RelatedNode {
  collection: CollectionName;
  id: string;
  facts: Record<string, unknown>;
}

export interface EntryRef {
  collection: CollectionName;
  id: string;
}

/** A link between two entries, named by the relation field that made it. */
export interface Relation {
  field: string;
  entry: EntryRef;
}

export interface RelationIndex {
  /** Relations the entry itself declares, in the order of its model's relation fields */
  outgoing(entry: EntryRef): Relation[];
  /** Relations other entries declare towards this one: the other side, never written by hand */
  incoming(entry: EntryRef): Relation[];
}

/** A page lists at most this many related entries per collection; the search filters list them all. */
export const RELATED_SHOWN = 12;

const keyOf = (entry: EntryRef) => `${entry.collection}/${entry.id}`;

function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Built once per build: every relation, indexed from both ends. */
export function buildRelationIndex(nodes: Iterable<RelatedNode>): RelationIndex {
  const outgoing = new Map<string, Relation[]>();
  const incoming = new Map<string, Relation[]>();
  const push = (map: Map<string, Relation[]>, key: string, relation: Relation) => {
    const list = map.get(key);
    if (list) list.push(relation);
    else map.set(key, [relation]);
  };
  for (const node of nodes) {
    const refs: Record<string, CollectionName> = MODEL[node.collection].refs;
    for (const [field, target] of Object.entries(refs)) {
      for (const id of idsIn(node.facts[field])) {
        const to = { collection: target, id };
        push(outgoing, keyOf(node), { field, entry: to });
        push(incoming, keyOf(to), { field, entry: { collection: node.collection, id: node.id } });
      }
    }
  }
  return {
    outgoing: (entry) => outgoing.get(keyOf(entry)) ?? [],
    incoming: (entry) => incoming.get(keyOf(entry)) ?? [],
  };
}

/**
 * Relations grouped by the collection at their other end, in the site's collection order; an entry
 * named in several fields (a method used in two phases of a guide) appears once.
 */
export function groupByCollection(relations: readonly Relation[]): [CollectionName, EntryRef[]][] {
  const groups: [CollectionName, EntryRef[]][] = [];
  for (const collection of COLLECTIONS) {
    const seen = new Set<string>();
    const refs = relations
      .filter((r) => r.entry.collection === collection)
      .map((r) => r.entry)
      .filter((ref) => !seen.has(ref.id) && seen.add(ref.id));
    if (refs.length > 0) groups.push([collection, refs]);
  }
  return groups;
}
