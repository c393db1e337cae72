import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { pageMap } from '../../src/lib/page-map.ts';
import { hasMoved, idOfSlug, slugFromTitle, slugOf, suggestedSlug } from '../../src/lib/slugs.ts';
import { urls } from '../../src/lib/urls.ts';
import { validTreeWith } from '../helpers/content-trees.ts';

describe('slugs', () => {
  test('a title becomes lowercase ASCII words joined by hyphens, in every language', () => {
    expect(slugFromTitle("Mapatge d'actius comunitaris")).toBe('mapatge-d-actius-comunitaris');
    expect(slugFromTitle('Col·laboració i intel·ligència col·lectiva')).toBe('collaboracio-i-intelligencia-collectiva');
    expect(slugFromTitle('Diagnóstico participativo en el año de la niña')).toBe('diagnostico-participativo-en-el-ano-de-la-nina');
    expect(slugFromTitle('Mesura 29: l’ESS als barris «i districtes»')).toBe('mesura-29-l-ess-als-barris-i-districtes');
    expect(slugFromTitle('Komunitate-aktiboen mapaketa')).toBe('komunitate-aktiboen-mapaketa');
  });

  test('English pages keep the entry id as their slug; the others take their title’s', () => {
    expect(suggestedSlug('en', 'community-asset-mapping', 'Community asset mapping')).toBe('community-asset-mapping');
    expect(suggestedSlug('es', 'community-asset-mapping', 'Mapeo de activos comunitarios')).toBe('mapeo-de-activos-comunitarios');
  });

  test('an entry’s page is at its slug, and its old address redirects there', () => {
    const tree = validTreeWith();
    const goal = tree.collections.get('axes')?.find((folder) => folder.id === 'goal');
    const es = goal?.files.get('es.mdx');
    if (!goal || !es) throw new Error('fixture missing');
    goal.files.set('es.mdx', { ...es, text: es.text.replace('slug: "goal"', 'slug: "objetivo"') });
    const { content, issues } = checkContent(tree);
    expect(issues).toEqual([]);
    expect(slugOf('axes', 'goal', 'es')).toBe('objetivo');
    expect(idOfSlug('axes', 'objetivo', 'es')).toBe('goal');
    expect(hasMoved('axes', 'goal', 'es')).toBe(true);
    expect(hasMoved('axes', 'goal', 'ca')).toBe(false);
    expect(urls.entry('es', 'axes', 'goal')).toBe('/es/ejes/objetivo/');
    const pages = pageMap(content);
    expect(pages.get('/es/ejes/goal/')?.redirect).toBe('/es/ejes/objetivo/');
    expect(pages.get('/es/ejes/goal/')?.indexable).toBe(false);
    expect(pages.get('/es/ejes/objetivo/')?.indexable).toBe(true);
    expect(pages.get('/ca/eixos/goal/')?.alternates.map((a) => a.path)).toContain('/es/ejes/objetivo/');
  });
});
