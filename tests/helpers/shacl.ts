import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { standard } from './standards.ts';

/** Reading and validating RDF with the same libraries a harvester would use, and the DCAT-AP shapes. */

export const parseTurtle = (text: string) => new Store(new Parser({ format: 'text/turtle' }).parse(text));

/** JSON-LD as RDF, refusing to fetch anything: a catalogue that needs the network to be read fails here. */
export async function parseJsonLd(text: string): Promise<Store> {
  const documentLoader = async (url: string): Promise<never> => {
    throw new Error(`the JSON-LD asked for ${url}: its context must be inline`);
  };
  const nquads = await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads', documentLoader } as jsonld.Options.ToRdf);
  return new Store(new Parser({ format: 'application/n-quads' }).parse(nquads as unknown as string));
}

let shapes: Store | undefined;

/** Every violation of the DCAT-AP 3.0.0 shapes, one line each: focus node, path, message. */
export async function shaclViolations(data: Store): Promise<string[]> {
  shapes ??= parseTurtle(standard('dcat-ap-3.0.0-shacl.ttl'));
  const report = await new SHACLValidator(shapes).validate(data);
  return report.results.map((result) => {
    const message = result.message.map((m) => m.value).join('; ');
    return `${result.focusNode?.value} ${result.path?.value ?? ''}: ${message || result.sourceConstraintComponent?.value}`;
  });
}
