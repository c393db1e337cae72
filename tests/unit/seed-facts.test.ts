import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import type { Entry } from '../../src/lib/entry.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { readContentTree } from '../../src/lib/content-files.ts';
import type { Lang } from '../../src/lib/languages.ts';
import { WAYS_IN } from '../../src/lib/home.ts';
import { ROOT } from '../helpers/build.ts';

/**
 * Every fact of the three seed documents (../shared/seeds/) as data on the site. If an entry, a
 * relation or an action's years go missing or change, this fails.
 */
const { content, issues } = checkContent(readContentTree(join(ROOT, 'content')));
const entry = <C extends CollectionName>(collection: C, id: string): Entry<C> => {
  const found = content[collection].get(id);
  if (!found) throw new Error(`content/${collection}/${id} is missing`);
  return found;
};
const axesOf = (programme: string, kind: string) =>
  [...content.axes.values()].filter((a) => a.facts.programme === programme && a.facts.kind === kind).map((a) => a.id).sort();
const inLanguage = (collection: CollectionName, lang: Lang) => [...content[collection].values()].filter((e) => e.texts[lang]).length;

describe('the knowledge base holds every seed fact', () => {
  test('the content has no errors', () => {
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  test('three programmes, with their territories and period', () => {
    expect([...content.programmes.keys()].sort()).toEqual(['barakaldo-civic-centres', 'energies-comunitaries', 'ess-impulse-plan-territories']);
    expect(entry('programmes', 'energies-comunitaries').facts.territories).toContain('barcelona');
    expect(entry('programmes', 'barakaldo-civic-centres').facts.territories).toEqual(['barakaldo']);
    expect(entry('programmes', 'ess-impulse-plan-territories').facts.period).toEqual({ start: 2016, end: 2019 });
    expect(entry('programmes', 'ess-impulse-plan-territories').facts.audiences.sort()).toEqual(
      ['council-departments', 'community-fabric', 'district-technicians'].sort(),
    );
  });

  test('Energies Comunitàries: three goals, five axes, seven values', () => {
    expect(axesOf('energies-comunitaries', 'goal')).toEqual(['ec-goal-connect', 'ec-goal-generate-knowledge', 'ec-goal-make-visible']);
    expect(axesOf('energies-comunitaries', 'axis')).toEqual([
      'ec-axis-activities',
      'ec-axis-coproduction',
      'ec-axis-host-neighbourhood',
      'ec-axis-networks',
      'ec-axis-public-debate',
    ]);
    const values = [...content.values.values()].filter((v) => v.facts.programmes.includes('energies-comunitaries'));
    expect(values.map((v) => v.id).sort()).toEqual([
      'cooperation',
      'coproduction',
      'facilitation',
      'inclusion-of-voices',
      'knowledge-transfer',
      'methodological-innovation',
      'strengthening-projects',
    ]);
  });

  test('the ESS chapter: three objectives and measures 29, 31 and 32 with each action and its exact years', () => {
    expect(axesOf('ess-impulse-plan-territories', 'objective')).toHaveLength(3);
    const years = (id: string) => Object.fromEntries(entry('axes', id).facts.actions.map((a) => [a.id, a.years]));
    const all = [2016, 2017, 2018, 2019];
    const fromSeventeen = [2017, 2018, 2019];
    expect(entry('axes', 'ess-measure-29').facts.number).toBe(29);
    expect(years('ess-measure-29')).toEqual({
      'district-plans': all,
      'territorial-model': all,
      'extend-model': fromSeventeen,
      'social-market': all,
      'fundamental-needs': all,
    });
    expect(entry('axes', 'ess-measure-31').facts.number).toBe(31);
    expect(years('ess-measure-31')).toEqual({
      'city-flagship-projects': all,
      'territorial-pioneers': all,
      'new-reference-spaces': all,
      'periurban-spaces': fromSeventeen,
    });
    expect(entry('axes', 'ess-measure-32').facts.number).toBe(32);
    expect(years('ess-measure-32')).toEqual({
      study: [2016, 2017],
      'develop-strategy': [2017, 2018],
      'urban-reruralization': fromSeventeen,
    });
  });

  test('the projects measure 31 names are experiences, tied to it', () => {
    const kinds = Object.fromEntries([...content.experiences.values()].map((e) => [e.id, e.facts.kind]));
    expect(kinds).toEqual({
      'can-pico': 'city-project',
      coopolis: 'city-project',
      'eix-pere-iv': 'city-project',
      cooperasec: 'territorial-project',
      'impuls-cooperatiu-de-sants': 'territorial-project',
      'mercat-importa': 'territorial-project',
    });
    for (const experience of content.experiences.values()) {
      expect(experience.facts.axes).toContain('ess-measure-31');
      // The plan names each only as an example, in the action for its kind of project.
      expect(experience.facts.action).toBe(experience.facts.kind === 'city-project' ? 'city-flagship-projects' : 'territorial-pioneers');
      expect(experience.facts.namedOnly).toBe(true);
    }
    const wording = entry('axes', 'ess-measure-31').texts.ca?.data.actions ?? {};
    for (const name of ['Coòpolis', 'Can Picó', 'Eix Pere IV']) expect(wording['city-flagship-projects']).toContain(name);
    for (const name of ['Mercat Importa', 'CooperaSec', 'Impuls Cooperatiu de Sants']) expect(wording['territorial-pioneers']).toContain(name);
  });

  test('no two experiences repeat a sentence: what they share, the page says once from their facts', () => {
    for (const lang of ['ca', 'es', 'en', 'eu'] as const) {
      const seen = new Map<string, string>();
      for (const experience of content.experiences.values()) {
        // Headings may repeat ("How to learn from a reference"); sentences may not.
        const body = (experience.texts[lang]?.body ?? '').replace(/^#.*$/gm, '');
        for (const sentence of body.split(/(?<=[.:;?!])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 30)) {
          expect(seen.get(sentence), `${lang}: "${sentence}" in ${experience.id}`).toBeUndefined();
          seen.set(sentence, experience.id);
        }
      }
    }
  });

  test("Barakaldo's network: two civic centres, three houses of culture, four services, six lines", () => {
    expect(axesOf('barakaldo-civic-centres', 'service')).toHaveLength(4);
    expect(axesOf('barakaldo-civic-centres', 'line')).toHaveLength(6);
    expect(entry('programmes', 'barakaldo-civic-centres').texts.ca?.data.summary).toMatch(/dos centres cívics i tres cases de cultura/);
  });

  test('Barcelona, its ten districts with their numbers, and Barakaldo', () => {
    const districts = [...content.territories.values()].filter((t) => t.facts.kind === 'district');
    expect(districts.map((d) => d.facts.code).sort()).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10']);
    expect(districts.every((d) => d.facts.parent === 'barcelona')).toBe(true);
    expect(entry('territories', 'barakaldo').facts.kind).toBe('city');
  });

  test('the practitioner knowledge: 14 methodologies, 4 guides through every phase, 25 glossary terms', () => {
    expect(content.methodologies.size).toBeGreaterThanOrEqual(14);
    for (const method of content.methodologies.values()) {
      expect(method.facts.values.length, method.id).toBeGreaterThan(0);
      expect(method.facts.axes.length, method.id).toBeGreaterThan(0);
    }
    expect(content.guides.size).toBeGreaterThanOrEqual(4);
    for (const phase of ['design', 'planning', 'execution', 'evaluation'] as const) {
      expect([...content.guides.values()].some((guide) => guide.facts[phase].length > 0), phase).toBe(true);
    }
    expect(content.glossary.size).toBeGreaterThanOrEqual(25);
  });

  test('Catalan, Spanish and English are complete; Basque covers programmes, values, axes and the glossary', () => {
    for (const collection of COLLECTIONS) {
      for (const lang of ['ca', 'es', 'en'] as const) {
        expect(inLanguage(collection, lang), `${collection} in ${lang}`).toBe(content[collection].size);
      }
    }
    for (const collection of ['programmes', 'values', 'axes', 'glossary'] as const) {
      expect(inLanguage(collection, 'eu'), `${collection} in eu`).toBe(content[collection].size);
    }
  });

  test("every way in on the home page leads to an entry of the knowledge base", () => {
    for (const way of WAYS_IN) expect(content[way.to.collection].has(way.to.id), way.key).toBe(true);
  });
});
