/** schema.org descriptions of pages, as JSON-LD objects. Pure: pages pass in absolute URLs and texts. */

type Thing = Record<string, unknown>;

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbList(crumbs: readonly Crumb[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export function webSite(input: { name: string; url: string; description: string; inLanguage: string; searchUrl?: string }): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: input.name,
    url: input.url,
    description: input.description,
    inLanguage: input.inLanguage,
    ...(input.searchUrl && {
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    }),
  };
}

export function howTo(input: {
  name: string;
  description: string;
  url: string;
  inLanguage: string;
  steps: readonly { name: string; text: string }[];
  supplies?: readonly string[];
}): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.inLanguage,
    ...(input.supplies && { supply: input.supplies.map((name) => ({ '@type': 'HowToSupply', name })) }),
    step: input.steps.map((step, index) => ({
      '@type': 'HowToStep',
      position: index + 1,
      name: step.name,
      text: step.text,
    })),
  };
}

export function definedTerm(input: {
  name: string;
  description: string;
  url: string;
  inLanguage: string;
  alternateNames: readonly string[];
  termSet: { name: string; url: string };
}): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.inLanguage,
    ...(input.alternateNames.length > 0 && { alternateName: [...input.alternateNames] }),
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: input.termSet.name, url: input.termSet.url },
  };
}

export interface DatasetDescription {
  name: string;
  description: string;
  url: string;
  keywords: readonly string[];
  inLanguage: readonly string[];
  /** An ISO 8601 interval, open-ended with ".." */
  temporalCoverage?: string;
  places: readonly string[];
  distributions: readonly { contentUrl: string; encodingFormat: string; inLanguage: string }[];
}

/** A catalogue of datasets with their downloads, as dataset search engines read it. */
export function dataCatalog(input: {
  name: string;
  description: string;
  url: string;
  inLanguage: string;
  license: string;
  datasets: readonly DatasetDescription[];
}): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'DataCatalog',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.inLanguage,
    license: input.license,
    dataset: input.datasets.map((dataset) => ({
      '@type': 'Dataset',
      name: dataset.name,
      description: dataset.description,
      url: dataset.url,
      keywords: [...dataset.keywords],
      inLanguage: [...dataset.inLanguage],
      license: input.license,
      isAccessibleForFree: true,
      ...(dataset.temporalCoverage && { temporalCoverage: dataset.temporalCoverage }),
      ...(dataset.places.length > 0 && { spatialCoverage: dataset.places.map((name) => ({ '@type': 'Place', name })) }),
      distribution: dataset.distributions.map((d) => ({ '@type': 'DataDownload', ...d })),
    })),
  };
}

/** A list of defined terms; each names the set it belongs to, as a term's own page does. */
export function definedTermSet(input: {
  name: string;
  description: string;
  url: string;
  inLanguage: string;
  terms: readonly { name: string; url: string; inLanguage: string }[];
}): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': input.url,
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.inLanguage,
    hasDefinedTerm: input.terms.map((term) => ({ '@type': 'DefinedTerm', ...term, inDefinedTermSet: input.url })),
  };
}

/** JSON for a `<script type="application/ld+json">` block: `<` escaped so that no text can close the element. */
export function jsonLd(thing: Thing): string {
  return JSON.stringify(thing).replaceAll('<', '\\u003c');
}
