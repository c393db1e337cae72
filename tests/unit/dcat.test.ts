import { DataFactory } from 'n3';
import { describe, expect, test } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { publisherFromEnv } from '../../src/lib/publisher.ts';
import { expandGraph } from '../../src/lib/rdf.ts';
import { catalogueRuleViolations } from '../helpers/dcat-rules.ts';
import { fixtureFiles } from '../helpers/open-data-fixture.ts';
import { parseJsonLd, parseTurtle, shaclViolations } from '../helpers/shacl.ts';

/** The DCAT-AP catalogue of the valid fixture, and faults planted in its graph. */

const { namedNode, literal } = DataFactory;
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const files = await fixtureFiles();
const catalogue = () => parseTurtle(files.get('data/catalogue.ttl')?.body ?? '');

describe('the DCAT-AP catalogue', () => {
  test('has no violation of the DCAT-AP 3.0.0 shapes, and meets the project rule', async () => {
    const graph = catalogue();
    expect(await shaclViolations(graph)).toEqual([]);
    expect(catalogueRuleViolations(graph)).toEqual([]);
  });

  test('its JSON-LD carries its context and reads without the network into the same number of triples', async () => {
    const text = files.get('data/catalogue.jsonld')?.body ?? '';
    expect(typeof JSON.parse(text)['@context']).toBe('object');
    expect((await parseJsonLd(text)).size).toBe(catalogue().size);
  });

  test('one dataset per collection; one distribution per language and format, with its media type and size', () => {
    const graph = catalogue();
    expect(graph.getSubjects(RDF_TYPE, namedNode(`${DCAT}Dataset`), null)).toHaveLength(COLLECTIONS.length);
    const csv = namedNode(`${files.get('data/catalogue.jsonld') && 'https://example.org/data/catalogue.jsonld'}#methodologies.es.csv`);
    expect(graph.getObjects(csv, namedNode(`${DCAT}mediaType`), null).map((t) => t.value)).toEqual(['https://www.iana.org/assignments/media-types/text/csv']);
    expect(graph.getObjects(csv, namedNode(`${DCT}format`), null).map((t) => t.value)).toEqual(['http://publications.europa.eu/resource/authority/file-type/CSV']);
    expect(graph.getObjects(csv, namedNode(`${DCAT}byteSize`), null).map((t) => Number(t.value))).toEqual([files.get('data/methodologies.es.csv')?.bytes]);
    expect(graph.getObjects(csv, namedNode(`${DCT}conformsTo`), null).map((t) => t.value)).toEqual(['https://example.org/data/methodologies.tableschema.json']);
    expect(graph.getObjects(csv, namedNode(`${DCT}language`), null).map((t) => t.value)).toEqual(['http://publications.europa.eu/resource/authority/language/SPA']);
    const distributions = graph.getSubjects(RDF_TYPE, namedNode(`${DCAT}Distribution`), null);
    expect(distributions).toHaveLength(COLLECTIONS.length * LANGUAGES.length * 2);
  });

  test('a planted missing licence breaks the project rule (the shapes do not ask for one)', async () => {
    const graph = catalogue();
    graph.removeQuads(graph.getQuads(null, namedNode(`${DCT}license`), null, null));
    expect(await shaclViolations(graph)).toEqual([]);
    const faults = catalogueRuleViolations(graph);
    expect(faults).toContain('https://example.org/data/catalogue.jsonld: no licence');
    expect(faults).toContain('https://example.org/data/catalogue.jsonld#methodologies.ca.json: no licence (its own or the catalogue’s)');
  });

  test('a planted wrong type is a SHACL violation: a byte size as text, a licence that is no licence document', async () => {
    const graph = catalogue();
    const distribution = namedNode('https://example.org/data/catalogue.jsonld#values.en.json');
    const [size] = graph.getQuads(distribution, namedNode(`${DCAT}byteSize`), null, null);
    if (!size) throw new Error('no byte size');
    graph.removeQuad(size);
    graph.addQuad(distribution, namedNode(`${DCAT}byteSize`), literal(size.object.value));
    const licence = namedNode('http://publications.europa.eu/resource/authority/licence/CC_BYSA_4_0');
    graph.removeQuads(graph.getQuads(licence, RDF_TYPE, null, null));
    const violations = await shaclViolations(graph);
    expect(violations.some((v) => v.startsWith(`${distribution.value} ${DCAT}byteSize`))).toBe(true);
    expect(violations.filter((v) => v.includes(`${DCT}license`)).length).toBeGreaterThan(COLLECTIONS.length);
  });

  test('the publisher is the site as configured: no contact point without a repository, its issues with one', async () => {
    const graph = catalogue();
    expect(graph.getQuads(null, namedNode(`${DCAT}contactPoint`), null, null)).toHaveLength(0);
    const [agent] = graph.getObjects(namedNode('https://example.org/data/catalogue.jsonld'), namedNode(`${DCT}publisher`), null);
    expect(graph.getObjects(agent ?? null, namedNode('http://xmlns.com/foaf/0.1/name'), null).map((t) => t.value)).toEqual(['Teixit']);
    expect(graph.getQuads(null, namedNode('http://www.w3.org/2006/vcard/ns#hasEmail'), null, null)).toHaveLength(0);

    const withRepository = await fixtureFiles(undefined, { repository: { url: 'https://github.com/owner/teixit', branch: 'main' } });
    const repositoryGraph = parseTurtle(withRepository.get('data/catalogue.ttl')?.body ?? '');
    expect(await shaclViolations(repositoryGraph)).toEqual([]);
    const urls = repositoryGraph.getObjects(null, namedNode('http://www.w3.org/2006/vcard/ns#hasURL'), null).map((t) => t.value);
    expect(urls).toEqual(['https://github.com/owner/teixit/issues']);
    expect(repositoryGraph.getQuads(null, namedNode(`${DCAT}contactPoint`), null, null)).toHaveLength(COLLECTIONS.length);
  });

  test('the publisher name is a build setting, the site name by default', () => {
    expect(publisherFromEnv({})).toEqual({ name: 'Teixit' });
    expect(publisherFromEnv({ TEIXIT_PUBLISHER: ' Xarxa Teixit ' })).toEqual({ name: 'Xarxa Teixit' });
  });

  test('a term the JSON-LD context lacks stops the build instead of being dropped', async () => {
    await expect(expandGraph([{ '@id': 'https://example.org/x', '@type': 'Dataset', colour: 'red' }])).rejects.toThrow();
  });

  test('the programmes cover their years and the cities they work in, the measures the years of their actions', () => {
    const graph = catalogue();
    const period = (collection: string) => {
      const [node] = graph.getObjects(namedNode(`https://example.org/data/catalogue.jsonld#${collection}`), namedNode(`${DCT}temporal`), null);
      if (!node) return [];
      return ['startDate', 'endDate'].map((p) => graph.getObjects(node, namedNode(`${DCAT}${p}`), null)[0]?.value);
    };
    expect(period('programmes')).toEqual(['2016', '2019']);
    expect(period('axes')).toEqual(['2016', '2019']);
    expect(period('glossary')).toEqual([]);
    const spatial = graph.getObjects(namedNode('https://example.org/data/catalogue.jsonld#programmes'), namedNode(`${DCT}spatial`), null);
    expect(spatial.map((t) => t.value)).toEqual(['https://example.org/ca/territoris/city/']);
  });
});
