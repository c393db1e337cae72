import type { CollectionName } from '../schemas/collections.ts';
import type { Lang } from './languages.ts';

/**
 * The EU vocabularies (publications.europa.eu authority tables) and IANA media types that DCAT-AP asks
 * catalogues to name things by, so that a European portal reads them without a mapping of its own.
 */
const AUTHORITY = 'http://publications.europa.eu/resource/authority/';

export const EU_LANGUAGES: Record<Lang, string> = {
  ca: `${AUTHORITY}language/CAT`,
  es: `${AUTHORITY}language/SPA`,
  en: `${AUTHORITY}language/ENG`,
  eu: `${AUTHORITY}language/EUS`,
};

export const DATA_THEME_SCHEME = { iri: `${AUTHORITY}data-theme`, title: 'Data theme' } as const;

/** The themes the collections fall under, with the authority's English labels. */
const THEME_LABELS = {
  SOCI: 'Population and society',
  GOVE: 'Government and public sector',
  EDUC: 'Education, culture and sport',
  ECON: 'Economy and finance',
  REGI: 'Regions and cities',
} as const;
type Theme = keyof typeof THEME_LABELS;

const COLLECTION_THEMES: Record<CollectionName, Theme[]> = {
  programmes: ['SOCI', 'GOVE'],
  axes: ['GOVE', 'SOCI'],
  values: ['SOCI'],
  methodologies: ['SOCI', 'EDUC'],
  guides: ['SOCI', 'GOVE'],
  worksheets: ['SOCI', 'EDUC'],
  experiences: ['SOCI', 'ECON'],
  glossary: ['SOCI'],
  territories: ['REGI'],
};

export function themesOf(collection: CollectionName): { iri: string; label: string }[] {
  return COLLECTION_THEMES[collection].map((code) => ({ iri: `${DATA_THEME_SCHEME.iri}/${code}`, label: THEME_LABELS[code] }));
}

export type DataFormat = 'json' | 'csv';

export const FORMATS: Record<DataFormat, { label: string; mediaType: string; iana: string; fileType: string }> = {
  json: {
    label: 'JSON',
    mediaType: 'application/json',
    iana: 'https://www.iana.org/assignments/media-types/application/json',
    fileType: `${AUTHORITY}file-type/JSON`,
  },
  csv: {
    label: 'CSV',
    mediaType: 'text/csv',
    iana: 'https://www.iana.org/assignments/media-types/text/csv',
    fileType: `${AUTHORITY}file-type/CSV`,
  },
};
