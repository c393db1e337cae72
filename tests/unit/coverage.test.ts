import { describe, expect, test } from 'vitest';
import { spatialCoverage, temporalCoverage } from '../../src/lib/coverage.ts';
import type { OpenDataInput } from '../../src/lib/open-data-files.ts';
import { fixtureEntries } from '../helpers/open-data-fixture.ts';

type Entries = OpenDataInput['entries'];

const withEntries = (change: (entries: Entries) => void): Entries => {
  const entries = fixtureEntries();
  change(entries);
  return entries;
};

describe('coverage of a dataset, as far as the facts say', () => {
  test('programmes span their periods; an open-ended one leaves the end open; none, no period', () => {
    expect(temporalCoverage('programmes', fixtureEntries())).toEqual({ start: 2016, end: 2019 });
    const ongoing = withEntries((entries) => {
      const [first] = entries.programmes;
      if (first) entries.programmes.push({ ...first, id: 'later', facts: { ...first.facts, period: { start: 2021 } } });
    });
    expect(temporalCoverage('programmes', ongoing)).toEqual({ start: 2016 });
    const undated = withEntries((entries) => {
      for (const entry of entries.programmes) delete entry.facts.period;
    });
    expect(temporalCoverage('programmes', undated)).toBeUndefined();
  });

  test('measures span the years of their actions; other collections state no period', () => {
    expect(temporalCoverage('axes', fixtureEntries())).toEqual({ start: 2016, end: 2019 });
    expect(temporalCoverage('methodologies', fixtureEntries())).toBeUndefined();
  });

  test("places are the territories entries name or reach through their programmes, without those within another", () => {
    const entries = withEntries((all) => {
      const [city] = all.territories;
      if (!city) return;
      all.territories.push({ ...city, id: 'district', facts: { kind: 'district', parent: city.id, code: '01', order: 1 } });
      const [programme] = all.programmes;
      if (programme) programme.facts.territories = ['city', 'district'];
      const [method] = all.methodologies;
      if (method) method.facts.territories = ['district'];
    });
    expect(spatialCoverage('programmes', entries)).toEqual(['city']);
    expect(spatialCoverage('values', entries)).toEqual(['city']);
    expect(spatialCoverage('methodologies', entries)).toEqual(['district']);
    expect(spatialCoverage('territories', entries)).toEqual(['city']);
    expect(spatialCoverage('glossary', entries)).toEqual([]);
  });
});
