import { describe, expect, test } from 'vitest';
import { buildRelationIndex, groupByCollection } from '../../src/lib/relations.ts';
import { yearSpan } from '../../src/lib/timeline.ts';

const nodes = [
  { collection: 'values' as const, id: 'cooperation', facts: { programmes: ['ec'] } },
  { collection: 'programmes' as const, id: 'ec', facts: { territories: ['bcn'] } },
  { collection: 'methodologies' as const, id: 'mapping', facts: { values: ['cooperation'], axes: ['networks'], related: [] } },
  { collection: 'guides' as const, id: 'district', facts: { design: ['mapping'], evaluation: ['mapping'], values: ['cooperation'] } },
];

describe('relations', () => {
  const index = buildRelationIndex(nodes);

  test('outgoing relations follow the fields the model declares', () => {
    expect(index.outgoing({ collection: 'methodologies', id: 'mapping' })).toEqual([
      { field: 'values', entry: { collection: 'values', id: 'cooperation' } },
      { field: 'axes', entry: { collection: 'axes', id: 'networks' } },
    ]);
  });

  test('the other side is derived: a value lists what serves it without anyone writing it', () => {
    const incoming = index.incoming({ collection: 'values', id: 'cooperation' });
    expect(groupByCollection(incoming)).toEqual([
      ['methodologies', [{ collection: 'methodologies', id: 'mapping' }]],
      ['guides', [{ collection: 'guides', id: 'district' }]],
    ]);
  });

  test('an entry named in two fields is listed once on the other side', () => {
    const incoming = index.incoming({ collection: 'methodologies', id: 'mapping' });
    expect(incoming).toHaveLength(2);
    expect(groupByCollection(incoming)).toEqual([['guides', [{ collection: 'guides', id: 'district' }]]]);
  });

  test('an entry nobody names has no incoming relations', () => {
    expect(index.incoming({ collection: 'guides', id: 'district' })).toEqual([]);
  });
});

describe('timeline', () => {
  test('spans every year from first to last without gaps', () => {
    expect(yearSpan([[2017, 2019], [2016]])).toEqual([2016, 2017, 2018, 2019]);
    expect(yearSpan([])).toEqual([]);
  });
});
