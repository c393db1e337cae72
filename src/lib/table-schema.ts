import { stringify } from 'csv-stringify/sync';
import type { CollectionName } from '../schemas/collections.ts';
import { DEFAULT_LANGUAGE } from './languages.ts';
import { recordJsonSchema, resourceName, type ExportRecord } from './open-data.ts';
import { MODEL } from '../schemas/model.ts';

/**
 * The CSV files and their Frictionless Table Schemas (2.0), both derived from the JSON Schema that zod
 * generates for a dataset's records, so that the columns of a CSV depend on the model, never on the rows
 * a build happens to have: an empty collection still has its header, and an optional field its column.
 */

/** Between the items of a list cell. Table Schema 2.0's profile has no list type: list cells are strings. */
export const LIST_DELIMITER = ' | ';

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number)[];
  pattern?: string;
  format?: string;
  description?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
}

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'array' | 'object';
  format?: 'uri';
  description?: string;
  constraints?: Record<string, unknown>;
}

/** How a column writes its value: as it is, as a list joined by the delimiter, or as JSON. */
type CellKind = 'value' | 'list' | 'json';

interface Column {
  path: string[];
  cell: CellKind;
  field: TableField;
}

const SCALARS = new Set(['string', 'integer', 'number', 'boolean']);
const isScalar = (schema: JsonSchema | undefined) => !!schema?.type && SCALARS.has(schema.type);

/**
 * A zod (JavaScript) pattern in the XML Schema syntax Table Schema asks for, when it has one. A leading
 * negative lookahead only excludes values (an id is not a bare number), so dropping it leaves a looser
 * pattern that every valid value still matches.
 */
export function xsdPattern(pattern: string): string | undefined {
  const bare = pattern
    .replace(/^\^/, '')
    .replace(/\$$/, '')
    .replace(/^\(\?!(?:[^()]|\([^()]*\))*\)/, '')
    .replaceAll('(?:', '(');
  return bare.includes('(?') ? undefined : bare;
}

const escapeXsd = (text: string) => text.replace(/[.\\?*+{}()[\]|^]/g, '\\$&');

/** The pattern a whole list cell matches: its items, each matching the item pattern, joined by the delimiter. */
function listPattern(items: JsonSchema, maxItems: number | undefined): string | undefined {
  const item = items.enum ? `(${items.enum.map((v) => escapeXsd(String(v))).join('|')})` : items.pattern && xsdPattern(items.pattern);
  if (!item) return undefined;
  const more = maxItems === undefined ? '*' : `{0,${maxItems - 1}}`;
  return `${item}(${escapeXsd(LIST_DELIMITER)}${item})${more}`;
}

const compact = (constraints: Record<string, unknown>) => {
  const kept = Object.entries(constraints).filter(([, value]) => value !== undefined && value !== false);
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
};

/** Whether a string field may hold "", which a CSV cannot tell from a missing value. */
const mayBeEmpty = (schema: JsonSchema) =>
  !schema.enum && schema.format !== 'uri' && (schema.minLength ?? 0) === 0 && (!schema.pattern || new RegExp(schema.pattern).test(''));

function scalarField(name: string, schema: JsonSchema, required: boolean): TableField {
  const type = schema.format === 'date' ? 'date' : (schema.type as TableField['type']);
  const numeric = type === 'integer' || type === 'number';
  const constraints = compact({
    // An empty cell is a missing value: a string that may be empty cannot be required.
    required: required && (type !== 'string' || !mayBeEmpty(schema)),
    enum: schema.enum,
    minLength: type === 'string' && (schema.minLength ?? 0) > 1 ? schema.minLength : undefined,
    maxLength: type === 'string' ? schema.maxLength : undefined,
    pattern: type === 'string' && schema.pattern && !schema.enum ? xsdPattern(schema.pattern) : undefined,
    // zod bounds every integer by the safe ones: no constraint of the model.
    minimum: numeric && schema.minimum !== Number.MIN_SAFE_INTEGER ? schema.minimum : undefined,
    maximum: numeric && schema.maximum !== Number.MAX_SAFE_INTEGER ? schema.maximum : undefined,
    exclusiveMinimum: numeric ? schema.exclusiveMinimum : undefined,
  });
  return {
    name,
    type,
    ...(schema.format === 'uri' && { format: 'uri' as const }),
    ...(schema.description && { description: schema.description }),
    ...(constraints && { constraints }),
  };
}

function columnsOf(schema: JsonSchema, path: string[], required: boolean): Column[] {
  if (schema.type === 'object' && schema.properties) {
    return Object.entries(schema.properties).flatMap(([key, child]) =>
      columnsOf(child, [...path, key], required && (schema.required ?? []).includes(key)),
    );
  }
  const name = path.join('.');
  const nonEmpty = required && (schema.minItems ?? 0) > 0;
  if (schema.type === 'array' && isScalar(schema.items)) {
    const description = `${schema.description ?? ''} A list: items separated by "${LIST_DELIMITER}".`.trim();
    const pattern = listPattern(schema.items ?? {}, schema.maxItems);
    return [{ path, cell: 'list', field: { name, type: 'string', description, ...withConstraints({ required: nonEmpty, pattern }) } }];
  }
  if (schema.type === 'array' || schema.type === 'object') {
    const description = `${schema.description ?? ''} JSON.`.trim();
    const field: TableField = { name, type: schema.type, description, ...withConstraints({ required: nonEmpty, jsonSchema: schema }) };
    return [{ path, cell: 'json', field }];
  }
  return [{ path, cell: 'value', field: scalarField(name, schema, required) }];
}

function withConstraints(constraints: Record<string, unknown>) {
  const kept = compact(constraints);
  return kept ? { constraints: kept } : {};
}

const columnCache = new Map<CollectionName, Column[]>();

function columns(collection: CollectionName): Column[] {
  let known = columnCache.get(collection);
  if (!known) {
    const record = recordJsonSchema(collection) as JsonSchema;
    known = columnsOf(record, [], true);
    columnCache.set(collection, known);
  }
  return known;
}

/**
 * The Table Schema of a collection's CSV files, shared by its four languages. Relations that hold one id
 * are foreign keys to the Catalan file, the only one that has a row for every entry.
 */
export function tableSchema(collection: CollectionName): Record<string, unknown> {
  const fields = columns(collection).map((column) => column.field);
  const refs: Record<string, CollectionName> = MODEL[collection].refs;
  const foreignKeys = Object.entries(refs)
    .map(([field, target]) => ({ column: columns(collection).find((c) => c.field.name === `facts.${field}`), target }))
    .filter(({ column }) => column?.cell === 'value')
    .map(({ column, target }) => ({
      fields: [column?.field.name ?? ''],
      reference: { resource: resourceName(target, DEFAULT_LANGUAGE), fields: ['id'] },
    }));
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: fields.map((field) => (field.name === 'id' ? { ...field, constraints: { required: true, unique: true } } : field)),
    missingValues: [''],
    primaryKey: ['id'],
    ...(foreignKeys.length > 0 && { foreignKeys }),
  };
}

function valueAt(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function cellOf(value: unknown, column: Column, rowId: string): string {
  if (value === undefined || value === null) return '';
  if (column.cell === 'list') {
    const items = (value as unknown[]).map(String);
    const ambiguous = items.find((item) => item.includes(LIST_DELIMITER));
    if (ambiguous !== undefined) {
      throw new Error(`${rowId} ${column.field.name}: the item "${ambiguous}" contains the CSV list delimiter "${LIST_DELIMITER}"`);
    }
    return items.join(LIST_DELIMITER);
  }
  if (column.cell === 'json') return Object.keys(value as object).length === 0 ? '' : JSON.stringify(value);
  return String(value);
}

/** A dataset as CSV, one column per field of its Table Schema, in the same order. */
export function toCsv(collection: CollectionName, rows: readonly ExportRecord[]): string {
  const all = columns(collection);
  const records = rows.map((row) => all.map((column) => cellOf(valueAt(row, column.path), column, row.id)));
  return stringify(records, { header: true, columns: all.map((column) => column.field.name), quoted_string: false });
}
