import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { LIST_DELIMITER, tableSchema, toCsv, xsdPattern } from '../../src/lib/table-schema.ts';
import type { ExportRecord } from '../../src/lib/open-data.ts';

type Field = { name: string; type: string; format?: string; constraints?: Record<string, unknown> };
const fieldsOf = (collection: (typeof COLLECTIONS)[number]) => tableSchema(collection).fields as Field[];
const field = (collection: (typeof COLLECTIONS)[number], name: string) => fieldsOf(collection).find((f) => f.name === name);

describe('Table Schemas generated from the model', () => {
  test.each(COLLECTIONS)('an empty %s collection still has its header, the fields of its schema', (collection) => {
    const [header] = parseCsv(toCsv(collection, [])) as string[][];
    expect(header).toEqual(fieldsOf(collection).map((f) => f.name));
  });

  test('types and required fields follow the zod model', () => {
    expect(field('methodologies', 'facts.groupSize.min')).toMatchObject({ type: 'integer', constraints: { required: true, exclusiveMinimum: 0 } });
    expect(field('methodologies', 'facts.duration.max')).toMatchObject({ type: 'number', constraints: { required: true } });
    expect(field('methodologies', 'facts.reviewed')).toMatchObject({ type: 'date', constraints: { required: true } });
    expect(field('worksheets', 'facts.adaptable')).toMatchObject({ type: 'boolean', constraints: { required: true } });
    expect(field('methodologies', 'url')).toMatchObject({ type: 'string', format: 'uri', constraints: { required: true } });
    expect(field('programmes', 'facts.period.end')).toMatchObject({ type: 'integer', constraints: { minimum: 1900, maximum: 2100 } });
    expect(field('programmes', 'facts.period.end')?.constraints?.required).toBeUndefined();
    // A body may be empty, which a CSV cell cannot tell from a missing value: it cannot be required.
    expect(field('methodologies', 'body')?.constraints).toBeUndefined();
  });

  test('enums come from the vocabularies, also in list cells', () => {
    expect(field('methodologies', 'facts.participation')?.constraints?.enum).toEqual(['inform', 'consult', 'involve', 'collaborate', 'empower']);
    const phases = new RegExp(`^(?:${field('methodologies', 'facts.phases')?.constraints?.pattern})$`);
    expect(phases.test('design | evaluation')).toBe(true);
    expect(phases.test('design | dreaming')).toBe(false);
    expect(phases.test('design|evaluation')).toBe(false);
    const purposes = new RegExp(`^(?:${field('methodologies', 'facts.purposes')?.constraints?.pattern})$`);
    expect(purposes.test('generate-ideas | plan-together | share-knowledge')).toBe(true);
    expect(purposes.test('generate-ideas | plan-together | share-knowledge | evaluate-and-learn')).toBe(false);
  });

  test('the id is the primary key; a relation that holds one id is a foreign key to the Catalan resource', () => {
    for (const collection of COLLECTIONS) expect(tableSchema(collection).primaryKey).toEqual(['id']);
    expect(tableSchema('axes').foreignKeys).toEqual([{ fields: ['facts.programme'], reference: { resource: 'programmes-ca', fields: ['id'] } }]);
    expect(tableSchema('territories').foreignKeys).toEqual([{ fields: ['facts.parent'], reference: { resource: 'territories-ca', fields: ['id'] } }]);
    expect(tableSchema('methodologies').foreignKeys).toBeUndefined();
  });

  test('lists of objects and records are JSON cells with the JSON Schema of their items', () => {
    expect(field('worksheets', 'facts.parts')).toMatchObject({ type: 'array', constraints: { required: true, jsonSchema: { type: 'array' } } });
    expect(field('axes', 'text.actions')).toMatchObject({ type: 'object', constraints: { jsonSchema: { type: 'object' } } });
  });

  test('JavaScript patterns become XML Schema ones; a leading negative lookahead is dropped, nothing else is guessed', () => {
    expect(xsdPattern('^(?![0-9]+$)[a-z0-9]+(?:-[a-z0-9]+)*$')).toBe('[a-z0-9]+(-[a-z0-9]+)*');
    expect(xsdPattern('^\\d{4}-\\d{2}-\\d{2}$')).toBe('\\d{4}-\\d{2}-\\d{2}');
    expect(xsdPattern('^a(?=b)$')).toBeUndefined();
  });
});

describe('CSV cells', () => {
  const row = (facts: Record<string, unknown>) =>
    ({ id: 'x', language: 'ca', url: 'https://example.org/ca/territoris/x/', facts, text: { title: 'X', summary: 'A summary long enough.' }, body: '' }) as unknown as ExportRecord;

  test('lists join their items with the delimiter; lists of objects are JSON; empty lists are empty cells', () => {
    const csv = toCsv('worksheets', [
      {
        ...row({ kind: 'form', adaptable: true, parts: [{ kind: 'heading', id: 'a' }], glossary: ['one', 'two'], reviewed: '2026-01-01', sources: [] }),
        text: { title: 'X', summary: 'A summary long enough.', labels: { a: 'A' } },
      } as unknown as ExportRecord,
    ]);
    const [cells] = parseCsv(csv, { columns: true }) as Record<string, string>[];
    expect(cells).toMatchObject({
      'facts.glossary': `one${LIST_DELIMITER}two`,
      'facts.parts': '[{"kind":"heading","id":"a"}]',
      'facts.sources': '',
      'facts.adaptable': 'true',
      'text.labels': '{"a":"A"}',
    });
  });

  test('refuses a list item that holds the delimiter, which no reader could split back', () => {
    const record = row({ related: [], sources: [] }) as unknown as { text: Record<string, unknown> };
    record.text = { title: 'X', summary: 'A summary long enough.', aliases: ['this | that'] };
    expect(() => toCsv('glossary', [record as unknown as ExportRecord])).toThrow('contains the CSV list delimiter');
  });
});
