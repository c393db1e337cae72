import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { layerViolations } from '../../scripts/lib/layers.ts';
import { ROOT } from '../../scripts/lib/env.ts';

describe('layers', () => {
  test('the project has no import cycle and nothing imports a layer above it', { timeout: 60_000 }, async () => {
    // The fixtures below break every rule on purpose
    expect(await layerViolations(['src', 'scripts', 'tests', 'astro.config.mjs'], ROOT, 'node_modules|^tests/fixtures/')).toEqual([]);
  });

  test('a cycle, an upward import from the model and a script importing a test helper are each caught', { timeout: 60_000 }, async () => {
    const violations = await layerViolations(['src', 'scripts', 'tests'], join(ROOT, 'tests', 'fixtures', 'layers'));
    expect(violations.map(({ rule, from, to }) => `${rule}: ${from} -> ${to}`).sort()).toEqual([
      'model-at-the-bottom: src/schemas/model.ts -> src/lib/a.ts',
      'no-cycle: src/lib/a.ts -> src/lib/b.ts',
      'scripts-never-import-tests: scripts/tool.ts -> tests/helper.ts',
    ]);
  });
});
