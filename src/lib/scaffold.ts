import { stringify } from 'yaml';
import { fingerprint, type SourceText } from './translation-status.ts';

/**
 * The start of a translation: the source text to translate, already marked with the fingerprint of
 * the text it is made from. `fields` limits which fields are copied (a short start for a web editor).
 */
export function translationStarter(source: SourceText, fields?: readonly string[]): string {
  // The translation's slug comes from its own title, written when it is stamped.
  const { translatedFrom: _ignored, slug: _slug, ...data } = source.data;
  const copied = fields ? Object.fromEntries(fields.filter((f) => f in data).map((f) => [f, data[f]])) : data;
  const yaml = stringify({ ...copied, translatedFrom: fingerprint(source) }, { lineWidth: 0 });
  return `---\n${yaml}---\n${fields ? '' : source.body}`;
}

type JsonSchema = {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  default?: unknown;
  anyOf?: JsonSchema[];
};

/** A value that shows the field's shape and fails `npm run check` until the editor fills it in. */
function placeholder(schema: JsonSchema, today: string): unknown {
  if (schema.anyOf) return placeholder(schema.anyOf.find((s) => s.type !== 'null') ?? {}, today);
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'array': {
      const item = schema.items ?? {};
      if (item.enum) return [item.enum[0]];
      if (item.type === 'object') return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => placeholder(item, today));
      if (item.type === 'string' && (schema.minItems ?? 0) > 0 && !item.enum) return [''];
      return [];
    }
    case 'object': {
      if (!schema.properties) return {};
      return Object.fromEntries(
        Object.entries(schema.properties)
          .filter(([key]) => schema.required?.includes(key))
          .map(([key, child]) => [key, placeholder(child, today)]),
      );
    }
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum === undefined ? 0 : schema.exclusiveMinimum + 1);
    case 'string':
      return '';
    default:
      // A date field is preprocessed, so its input schema has no type.
      return today;
  }
}

function allowedValues(schema: JsonSchema): string | undefined {
  const values = schema.enum ?? schema.items?.enum;
  if (!values) return undefined;
  return `${schema.type === 'array' ? 'One or more of' : 'One of'}: ${values.join(', ')}.`;
}

/**
 * A YAML block with every field of a schema, each explained by a comment: required fields with a value
 * to replace, optional ones commented out. Comments come from the schema's own descriptions.
 */
export function explainedYaml(schema: JsonSchema, today: string, skip: readonly string[] = []): string {
  const lines: string[] = [];
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    if (skip.includes(key)) continue;
    const required = schema.required?.includes(key) ?? false;
    const hasDefault = field.default !== undefined;
    lines.push(`# ${field.description ?? key}`);
    const note = [required && !hasDefault ? 'Required.' : 'Optional.', allowedValues(field)].filter(Boolean).join(' ');
    lines.push(`# ${note}`);
    const value = stringify({ [key]: hasDefault ? field.default : placeholder(field, today) }, { lineWidth: 0 }).trimEnd();
    lines.push(required || hasDefault ? value : value.replace(/^/gm, '# '));
    lines.push('');
  }
  return lines.join('\n');
}
