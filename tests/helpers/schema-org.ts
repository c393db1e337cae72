/**
 * The properties search engines document as required for each schema.org type the site uses (Google's
 * structured-data guides where a type has one: Dataset, BreadcrumbList, HowTo; schema.org's own sense of
 * the type elsewhere). A type missing from this table is a fault too: a new type needs its rule.
 */
export const REQUIRED: Record<string, readonly string[]> = {
  WebSite: ['name', 'url'],
  SearchAction: ['target', 'query-input'],
  EntryPoint: ['urlTemplate'],
  BreadcrumbList: ['itemListElement'],
  ListItem: ['position', 'name', 'item'],
  HowTo: ['name', 'step'],
  HowToStep: ['text'],
  HowToSupply: ['name'],
  DataCatalog: ['name', 'dataset'],
  Dataset: ['name', 'description'],
  DataDownload: ['contentUrl', 'encodingFormat'],
  Place: ['name'],
  DefinedTermSet: ['name'],
  DefinedTerm: ['name', 'inDefinedTermSet'],
};

const present = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Every typed node in a JSON-LD block, however deeply nested, with where it is. */
function typedNodes(value: unknown, path = '$'): { type: string; node: Record<string, unknown>; path: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => typedNodes(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  const own = typeof node['@type'] === 'string' ? [{ type: node['@type'], node, path }] : [];
  return [...own, ...Object.entries(node).flatMap(([key, child]) => typedNodes(child, `${path}.${key}`))];
}

/** The types a JSON-LD block uses, and each missing required property or type without a rule. */
export function schemaOrgFaults(block: unknown): { types: string[]; faults: string[] } {
  const nodes = typedNodes(block);
  const faults = nodes.flatMap(({ type, node, path }) => {
    const required = REQUIRED[type];
    if (!required) return [`${path}: ${type} has no rule of required properties`];
    const missing = required.filter((property) => !present(node[property]));
    return missing.map((property) => `${path}: ${type} without ${property}`);
  });
  const dataset = nodes.filter((n) => n.type === 'Dataset');
  for (const { node, path } of dataset) {
    const length = String(node.description ?? '').length;
    if (length < 50 || length > 5000) faults.push(`${path}: a Dataset description of ${length} characters (50 to 5000)`);
  }
  return { types: [...new Set(nodes.map((n) => n.type))], faults };
}
