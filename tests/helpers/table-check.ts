import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'astro/zod';

/**
 * Checks every row of every CSV of a Frictionless data package against its Table Schema: the header,
 * each cell's type and constraints (required, enum, pattern, bounds, JSON Schema), primary keys and
 * foreign keys. There is no well-kept JavaScript validator of Table Schema 2.0, so this is our own, over
 * zod (cells) and ajv (JSON cells); it knows the parts of the standard the site's schemas use and refuses
 * any other, rather than passing what it cannot check.
 */

interface Field {
  name: string;
  type: string;
  format?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minLength?: number;
    maxLength?: number;
    minimum?: number;
    maximum?: number;
    exclusiveMinimum?: number;
    jsonSchema?: object;
  };
}

export interface TableSchema {
  fields: Field[];
  missingValues?: string[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[];
}

interface Resource {
  name: string;
  path: string;
  schema: string | TableSchema;
}

export interface DataPackage {
  resources: Resource[];
}

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const KNOWN_CONSTRAINTS = new Set(['required', 'unique', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'jsonSchema']);

function bounded(number: z.ZodNumber, c: Field['constraints'] = {}) {
  let schema = number;
  if (c.minimum !== undefined) schema = schema.min(c.minimum);
  if (c.maximum !== undefined) schema = schema.max(c.maximum);
  if (c.exclusiveMinimum !== undefined) schema = schema.gt(c.exclusiveMinimum);
  return schema;
}

function jsonCell(field: Field, kind: 'array' | 'object') {
  const validate = field.constraints?.jsonSchema ? ajv.compile(field.constraints.jsonSchema) : undefined;
  return z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    })
    .refine((value) => (kind === 'array' ? Array.isArray(value) : !!value && typeof value === 'object' && !Array.isArray(value)), `not a JSON ${kind}`)
    .superRefine((value, ctx) => {
      if (validate && !validate(value)) ctx.addIssue({ code: 'custom', message: ajv.errorsText(validate.errors) });
    });
}

/** What a present (non-missing) cell of the field must be, as a zod schema over its text. */
function cellSchema(field: Field): z.ZodType<unknown, string> {
  const unknown = Object.keys(field.constraints ?? {}).filter((key) => !KNOWN_CONSTRAINTS.has(key));
  if (unknown.length > 0) throw new Error(`${field.name}: constraints this check does not know: ${unknown.join(', ')}`);
  const c = field.constraints ?? {};
  switch (field.type) {
    case 'string': {
      if (c.enum) return z.enum(c.enum as [string, ...string[]]);
      let text = field.format === 'uri' ? z.url() : z.string();
      if (field.format && field.format !== 'uri') throw new Error(`${field.name}: string format ${field.format} is not checked`);
      if (c.pattern) text = text.regex(new RegExp(`^(?:${c.pattern})$`), `does not match ${c.pattern}`);
      if (c.minLength !== undefined) text = text.min(c.minLength);
      if (c.maxLength !== undefined) text = text.max(c.maxLength);
      return text;
    }
    case 'integer':
      return z.string().regex(/^[+-]?\d+$/, 'not an integer').transform(Number).pipe(bounded(z.number().int(), c));
    case 'number':
      return z
        .string()
        .regex(/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/, 'not a number')
        .transform(Number)
        .pipe(bounded(z.number(), c));
    case 'boolean':
      return z.enum(['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0']);
    case 'date':
      return z.iso.date();
    case 'array':
    case 'object':
      return jsonCell(field, field.type);
    default:
      throw new Error(`${field.name}: type ${field.type} is not checked`);
  }
}

const parseRows = (text: string) => parseCsv(text, { relaxColumnCount: false }) as string[][];

/** Every fault of every row of every resource, one line each: resource, row number, field, problem. */
export function packageRowFaults(pkg: DataPackage, read: (path: string) => string): { faults: string[]; rows: number } {
  const faults: string[] = [];
  const tables = new Map<string, { schema: TableSchema; header: string[]; rows: string[][] }>();
  for (const resource of pkg.resources) {
    const schema = typeof resource.schema === 'string' ? (JSON.parse(read(resource.schema)) as TableSchema) : resource.schema;
    const [header = [], ...rows] = parseRows(read(resource.path));
    tables.set(resource.name, { schema, header, rows });
  }
  let checked = 0;
  for (const [name, { schema, header, rows }] of tables) {
    const names = schema.fields.map((field) => field.name);
    if (header.join(',') !== names.join(',')) {
      faults.push(`${name}: header ${header.join(',')} is not the schema's fields ${names.join(',')}`);
      continue;
    }
    const missing = new Set(schema.missingValues ?? ['']);
    const casts = schema.fields.map(cellSchema);
    const seen = schema.fields.map(() => new Set<string>());
    rows.forEach((row, index) => {
      checked++;
      const where = `${name} row ${index + 1}`;
      schema.fields.forEach((field, column) => {
        const cell = row[column] ?? '';
        if (missing.has(cell)) {
          if (field.constraints?.required) faults.push(`${where} ${field.name}: required, but missing`);
          return;
        }
        const result = (casts[column] as z.ZodType<unknown, string>).safeParse(cell);
        if (!result.success) faults.push(`${where} ${field.name}: "${cell.slice(0, 40)}" ${result.error.issues.map((i) => i.message).join('; ')}`);
        if (field.constraints?.unique && seen[column]?.has(cell)) faults.push(`${where} ${field.name}: "${cell}" is not unique`);
        seen[column]?.add(cell);
      });
    });
    const key = (row: string[], fields: string[]) => fields.map((f) => row[names.indexOf(f)] ?? '').join('\u001f');
    if (schema.primaryKey) {
      const keys = new Set<string>();
      rows.forEach((row, index) => {
        const value = key(row, schema.primaryKey ?? []);
        if (keys.has(value)) faults.push(`${name} row ${index + 1}: primary key ${value} repeats`);
        keys.add(value);
      });
    }
    for (const foreignKey of schema.foreignKeys ?? []) {
      const target = tables.get(foreignKey.reference.resource ?? name);
      if (!target) {
        faults.push(`${name}: foreign key to a resource the package lacks, ${foreignKey.reference.resource}`);
        continue;
      }
      const targetNames = target.schema.fields.map((field) => field.name);
      const targetKeys = new Set(target.rows.map((row) => foreignKey.reference.fields.map((f) => row[targetNames.indexOf(f)] ?? '').join('\u001f')));
      rows.forEach((row, index) => {
        if (foreignKey.fields.every((f) => missing.has(row[names.indexOf(f)] ?? ''))) return;
        const value = key(row, foreignKey.fields);
        if (!targetKeys.has(value)) {
          faults.push(`${name} row ${index + 1} ${foreignKey.fields.join(',')}: "${value}" is no ${foreignKey.reference.fields.join(',')} of ${foreignKey.reference.resource ?? name}`);
        }
      });
    }
  }
  return { faults, rows: checked };
}
