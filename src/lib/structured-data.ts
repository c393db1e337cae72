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

/** JSON for a `<script type="application/ld+json">` block: `<` escaped so that no text can close the element. */
export function jsonLd(thing: Thing): string {
  return JSON.stringify(thing).replaceAll('<', '\\u003c');
}
