import jsonld from 'jsonld';
import { Parser, Writer } from 'n3';
import context from './dcat-ap.context.json' with { type: 'json' };

/**
 * The catalogue's RDF, written by JSON-LD and Turtle libraries rather than by hand. Its JSON-LD context
 * is a file of the project, inlined into what is published: nothing is ever fetched to read it.
 */

export const CATALOGUE_CONTEXT = context;

const options = {
  documentLoader: async (url: string): Promise<never> => {
    throw new Error(`The catalogue reads no JSON-LD from the network (asked for ${url}): its context is src/lib/dcat-ap.context.json.`);
  },
  // Fails on any term the context does not define, instead of dropping it without a word.
  safe: true,
};

type Graph = readonly Record<string, unknown>[];

/** The nodes in RDF terms: every term checked against the context. */
export function expandGraph(graph: Graph): Promise<jsonld.JsonLdDocument> {
  return jsonld.expand({ ...context, '@graph': graph } as unknown as jsonld.JsonLdDocument, options as jsonld.Options.Expand);
}

export async function toJsonLd(graph: Graph): Promise<string> {
  const compacted = await jsonld.compact(await expandGraph(graph), context as jsonld.ContextDefinition, options as jsonld.Options.Compact);
  return `${JSON.stringify(compacted, null, 2)}\n`;
}

/** The same graph in N-Quads, as JSON-LD's own RDF conversion writes it. */
export async function toNQuads(graph: Graph): Promise<string> {
  const rdf = await jsonld.toRDF(await expandGraph(graph), { ...options, format: 'application/n-quads' } as jsonld.Options.ToRdf);
  return rdf as unknown as string;
}

const PREFIXES = Object.fromEntries(
  Object.entries(context['@context']).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && /[#/]$/.test(entry[1])),
);

/** Turtle with the nodes in the order the graph lists them (the catalogue first), not JSON-LD's sorted one. */
export async function toTurtle(graph: Graph): Promise<string> {
  const position = new Map(graph.map((node, index) => [node['@id'], index]));
  const at = (subject: string) => position.get(subject) ?? graph.length;
  // Keeps JSON-LD's own blank node labels (_:b0) rather than prefixing them with the parser's.
  const quads = new Parser({ format: 'application/n-quads', blankNodePrefix: '' }).parse(await toNQuads(graph));
  const writer = new Writer({ prefixes: PREFIXES });
  writer.addQuads(quads.sort((a, b) => at(a.subject.value) - at(b.subject.value)));
  return new Promise((resolve, reject) => writer.end((error, result) => (error ? reject(error) : resolve(result))));
}
