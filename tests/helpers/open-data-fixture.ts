import { checkContent } from '../../src/lib/check-content.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { spatialCoverage, temporalCoverage } from '../../src/lib/coverage.ts';
import type { Lang } from '../../src/lib/languages.ts';
import type { ExportableEntry } from '../../src/lib/open-data.ts';
import { openDataFiles, type OpenDataInput } from '../../src/lib/open-data-files.ts';
import type { DataFile } from '../../src/lib/open-data.ts';
import { urls } from '../../src/lib/urls.ts';
import { validTreeWith } from './content-trees.ts';

type Entries = OpenDataInput['entries'];

/** A worksheet with nested parts, which the valid fixture lacks: lists of objects must export too. */
const WORKSHEET: ExportableEntry<'worksheets'> = {
  id: 'sheet',
  facts: {
    kind: 'form',
    adaptable: false,
    parts: [
      { kind: 'heading', id: 'about' },
      { kind: 'choice', id: 'when', options: ['morning', 'evening'] },
      { kind: 'table', id: 'people', columns: ['name', 'role'], rows: 5 },
    ],
    glossary: ['term'],
    reviewed: '2026-01-31',
    sources: [],
  },
  texts: {
    ca: {
      data: {
        title: 'Fitxa',
        summary: 'Una fitxa de prova amb parts niuades.',
        labels: { about: 'Sobre', when: 'Quan', 'when.morning': 'Matí', 'when.evening': 'Vespre', people: 'Persones', 'people.name': 'Nom', 'people.role': 'Rol' },
      },
      body: '',
    },
  },
};

/** The valid content fixture as the exports take it, with the worksheet, or any collection emptied. */
export function fixtureEntries(options: { empty?: CollectionName[] } = {}): Entries {
  const { content } = checkContent(validTreeWith());
  const entries = Object.fromEntries(
    COLLECTIONS.map((collection) => [
      collection,
      [...content[collection].values()].map((entry) => ({
        id: entry.id,
        facts: entry.facts,
        texts: Object.fromEntries(Object.entries(entry.texts).map(([lang, text]) => [lang as Lang, { data: text.data, body: text.body }])),
      })),
    ]),
  ) as Entries;
  entries.worksheets = [WORKSHEET];
  for (const collection of options.empty ?? []) entries[collection] = [];
  return entries;
}

export const FIXTURE_ORIGIN = 'https://example.org';

/** Every open-data file of the fixture, as a build of it would write them. */
export function fixtureFiles(entries: Entries = fixtureEntries(), settings: Partial<OpenDataInput> = {}): Promise<Map<string, DataFile>> {
  const absolute = (path: string) => urls.absolute(path, FIXTURE_ORIGIN);
  return openDataFiles({
    entries,
    absolute,
    publisher: { name: 'Teixit' },
    modified: '2026-02-01T10:00:00+01:00',
    datasets: COLLECTIONS.map((collection) => ({
      collection,
      temporal: temporalCoverage(collection, entries),
      spatial: spatialCoverage(collection, entries).map((id) => ({ iri: absolute(urls.entry('ca', 'territories', id)), labels: { ca: id } })),
    })),
    ...settings,
  });
}
