/** The content collections, defined once. Folder names under content/ are these names. */
export const COLLECTIONS = [
  'programmes',
  'axes',
  'values',
  'methodologies',
  'guides',
  'worksheets',
  'experiences',
  'glossary',
  'territories',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export function isCollection(value: string): value is CollectionName {
  return (COLLECTIONS as readonly string[]).includes(value);
}

/** Astro collection that holds a collection's translations (its facts live under the plain name). */
export function textCollectionName<C extends CollectionName>(collection: C): `${C}Text` {
  return `${collection}Text`;
}

/** Entry ids are folder names: lowercase words joined by hyphens, stable across languages. */
/** Lowercase words joined by hyphens; not a bare number, which would be taken for a page of the list. */
export const ENTRY_ID_PATTERN = /^(?![0-9]+$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
