import { describe, expect, test } from 'vitest';
import { fixtureEntries, fixtureFiles } from '../helpers/open-data-fixture.ts';
import { profileFaults } from '../helpers/frictionless.ts';
import { packageRowFaults, type DataPackage } from '../helpers/table-check.ts';
import type { DataFile } from '../../src/lib/open-data.ts';

/** The data package of the valid fixture (with a worksheet of nested parts), and faults planted in it. */

const files = await fixtureFiles();
const read = (files: Map<string, DataFile>) => (path: string) => files.get(`data/${path}`)?.body ?? '';
const pkg = JSON.parse(files.get('data/datapackage.json')?.body ?? '') as DataPackage & { resources: { name: string; bytes: number; hash: string; path: string }[] };

/** The files with one CSV's text changed. */
function planted(path: string, change: (csv: string) => string) {
  const text = files.get(`data/${path}`)?.body ?? '';
  const changed = change(text);
  expect(changed).not.toBe(text);
  return (file: string) => (file === path ? changed : read(files)(file));
}

describe('the Frictionless data package', () => {
  test('validates against the Data Package 2.0 profile; its Table Schemas against theirs', () => {
    expect(profileFaults('datapackage', pkg)).toEqual([]);
    expect(profileFaults('tableschema', JSON.parse(read(files)('worksheets.tableschema.json')))).toEqual([]);
  });

  test('states the size and SHA-256 hash of each CSV as it is served', () => {
    const resource = pkg.resources.find((r) => r.name === 'methodologies-ca');
    const csv = files.get('data/methodologies.ca.csv');
    expect(resource).toMatchObject({ path: 'methodologies.ca.csv', bytes: csv?.bytes, hash: `sha256:${csv?.sha256}` });
  });

  test('every row of every CSV matches its schema, nested worksheet parts included', () => {
    const { faults, rows } = packageRowFaults(pkg, read(files));
    expect(faults).toEqual([]);
    expect(rows).toBeGreaterThan(20);
  });

  test('an empty collection exports a header and no rows, and still validates', async () => {
    const empty = await fixtureFiles(fixtureEntries({ empty: ['worksheets'] }));
    expect(empty.get('data/worksheets.ca.csv')?.body.trim().split('\n')).toHaveLength(1);
    expect(packageRowFaults(JSON.parse(empty.get('data/datapackage.json')?.body ?? ''), read(empty)).faults).toEqual([]);
  });

  test('a planted wrong type fails: a group size that is not an integer', () => {
    const wrong = planted('methodologies.ca.csv', (csv) => csv.replace(',collaborate,5,30,', ',collaborate,five,30,'));
    expect(packageRowFaults(pkg, wrong).faults).toEqual(['methodologies-ca row 1 facts.groupSize.min: "five" not an integer']);
  });

  test('a planted value outside its vocabulary, and a missing required one, fail', () => {
    const outside = planted('methodologies.ca.csv', (csv) => csv.replace(',collaborate,', ',command,'));
    expect(packageRowFaults(pkg, outside).faults[0]).toMatch(/^methodologies-ca row 1 facts\.participation: "command"/);
    const missing = planted('methodologies.ca.csv', (csv) => csv.replace(',2026-11-23,', ',,'));
    expect(packageRowFaults(pkg, missing).faults).toEqual(['methodologies-ca row 1 facts.reviewed: required, but missing']);
  });

  test('a planted broken foreign key fails: a measure of a programme no row has', () => {
    const broken = planted('axes.es.csv', (csv) => csv.replaceAll(',prog,', ',nowhere,'));
    const { faults } = packageRowFaults(pkg, broken);
    expect(faults.length).toBeGreaterThan(0);
    expect(faults.every((fault) => /^axes-es row \d+ facts\.programme: "nowhere" is no id of programmes-ca$/.test(fault))).toBe(true);
  });

  test('a repeated id breaks the primary key', () => {
    const repeated = planted('territories.ca.csv', (csv) => {
      const [header, row] = csv.trim().split('\n');
      return `${header}\n${row}\n${row}\n`;
    });
    expect(packageRowFaults(pkg, repeated).faults).toContain('territories-ca row 2: primary key city repeats');
  });
});
