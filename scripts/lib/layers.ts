// The project's layers, enforced with dependency-cruiser: the model (src/schemas) at the bottom, pure
// code (src/lib) above it, then what Astro runs (data, components, layouts, views, pages, integrations);
// scripts/ builds on src/; tests/ on both; nothing imports upwards, and no module imports itself back.
import { cruise, type IForbiddenRuleType, type IReporterOutput } from 'dependency-cruiser';

const ASTRO_LAYERS = '^src/(data|components|layouts|views|pages|integrations|scripts)/';

export const LAYER_RULES: IForbiddenRuleType[] = [
  { name: 'no-cycle', severity: 'error', from: {}, to: { circular: true } },
  { name: 'model-at-the-bottom', severity: 'error', from: { path: '^src/schemas/' }, to: { path: '^src/(?!schemas/)' } },
  { name: 'lib-below-astro', severity: 'error', from: { path: '^src/lib/' }, to: { path: ASTRO_LAYERS } },
  { name: 'src-never-imports-tools', severity: 'error', from: { path: '^src/' }, to: { path: '^(scripts|tests)/' } },
  { name: 'scripts-never-import-tests', severity: 'error', from: { path: '^scripts/' }, to: { path: '^tests/' } },
];

export interface LayerViolation {
  rule: string;
  from: string;
  to: string;
  /** For a cycle, the modules around it */
  cycle?: string[];
}

/** Every import under `paths` (relative to `baseDir`) that breaks a layer rule. */
export async function layerViolations(paths: string[], baseDir: string, exclude = 'node_modules'): Promise<LayerViolation[]> {
  const result: IReporterOutput = await cruise(paths, {
    baseDir,
    validate: true,
    ruleSet: { forbidden: LAYER_RULES },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: exclude },
    // Type-only imports count: a cycle of types is still a cycle between modules
    tsPreCompilationDeps: true,
  });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser returned a report instead of a result');
  return result.output.summary.violations.map((violation) => ({
    rule: violation.rule.name,
    from: violation.from,
    to: violation.to,
    ...(violation.cycle && { cycle: violation.cycle.map((step) => (typeof step === 'string' ? step : step.name)) }),
  }));
}
