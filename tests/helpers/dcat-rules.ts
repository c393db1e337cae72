import { DataFactory, type Store, type Term } from 'n3';
import { LANGUAGES } from '../../src/lib/languages.ts';

/**
 * The project's own rule for its DCAT-AP catalogue, stricter than the shapes (which require little): the
 * catalogue says what it is in every language, who publishes it, in which languages and under which
 * licence; every dataset has what a portal shows and every distribution what a download needs.
 */

const { namedNode } = DataFactory;
const NS = { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#' };
const dcat = (term: string) => namedNode(`${NS.dcat}${term}`);
const dct = (term: string) => namedNode(`${NS.dct}${term}`);

export function catalogueRuleViolations(store: Store): string[] {
  const faults: string[] = [];
  const values = (subject: Term, predicate: Term) => store.getObjects(subject, predicate, null);
  const need = (subject: Term, predicate: Term, what: string) => {
    if (values(subject, predicate).length === 0) faults.push(`${subject.value}: no ${what}`);
  };
  const catalogues = store.getSubjects(namedNode(`${NS.rdf}type`), dcat('Catalog'), null);
  if (catalogues.length !== 1) return [`expected one dcat:Catalog, found ${catalogues.length}`];
  const catalogue = catalogues[0] as Term;
  for (const [predicate, what] of [
    [dct('title'), 'title'],
    [dct('description'), 'description'],
  ] as const) {
    const languages = values(catalogue, predicate).map((literal) => (literal.termType === 'Literal' ? literal.language : ''));
    for (const lang of LANGUAGES) if (!languages.includes(lang)) faults.push(`${catalogue.value}: no ${what} in ${lang}`);
  }
  need(catalogue, dct('publisher'), 'publisher');
  need(catalogue, dct('language'), 'language');
  need(catalogue, dct('license'), 'licence');
  const catalogueLicence = values(catalogue, dct('license')).length > 0;
  const datasets = values(catalogue, dcat('dataset'));
  if (datasets.length === 0) faults.push(`${catalogue.value}: no dataset`);
  for (const dataset of datasets) {
    need(dataset, dct('title'), 'title');
    need(dataset, dct('description'), 'description');
    need(dataset, dcat('theme'), 'theme');
    need(dataset, dcat('keyword'), 'keyword');
    need(dataset, dcat('distribution'), 'distribution');
    for (const distribution of values(dataset, dcat('distribution'))) {
      need(distribution, dcat('accessURL'), 'access URL');
      need(distribution, dcat('mediaType'), 'media type');
      need(distribution, dcat('byteSize'), 'byte size');
      if (!catalogueLicence) need(distribution, dct('license'), 'licence (its own or the catalogue’s)');
    }
  }
  return faults;
}
