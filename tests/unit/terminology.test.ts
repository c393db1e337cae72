import { describe, expect, test } from 'vitest';
import { formatIssue } from '../../src/lib/issues.ts';
import { checkTerminology, type TermRule } from '../../src/lib/terminology.ts';

const sse: TermRule = {
  lang: 'en',
  preferred: 'Social and solidarity economy (SSE)',
  avoid: ['ESS'],
  allowIn: ['Pla d’impuls de l’ESS'],
  file: 'content/glossary/social-solidarity-economy/en.mdx',
};
const host: TermRule = { lang: 'es', preferred: 'Barrio acogedor', avoid: ['barrio de acogida'], allowIn: [], file: 'content/glossary/host-neighbourhood/es.mdx' };

const text = (file: string, lang: 'en' | 'es', raw: string) => ({ file, lang, raw });

describe('the glossary as termbase', () => {
  test('reports each use of an avoided variant with its file, line and the preferred term', () => {
    const raw = ['---', 'title: "Measure 29"', 'summary: "The ESS in districts."', '---', '', 'Under the Pla d’impuls de l’ESS, the ESS grows.'].join('\n');
    expect(checkTerminology([sse], [text('content/axes/m/en.mdx', 'en', raw)]).map(formatIssue)).toEqual([
      'content/axes/m/en.mdx:3 error in (terminology): expected the glossary\'s term "Social and solidarity economy (SSE)" (see content/glossary/social-solidarity-economy/en.mdx), found "ESS"',
      'content/axes/m/en.mdx:6 error in (terminology): expected the glossary\'s term "Social and solidarity economy (SSE)" (see content/glossary/social-solidarity-economy/en.mdx), found "ESS"',
    ]);
  });

  test('a lowercase variant is found in any case and across a line’s spaces; an acronym only as written', () => {
    const raw = '---\ntitle: "x"\n---\n\nEl Barrio de  acogida y el barrio de acogida. Una ess.';
    expect(checkTerminology([host, { ...sse, lang: 'es' }], [text('content/x/y/es.mdx', 'es', raw)])).toHaveLength(2);
  });

  test('aliases, keys and addresses are not prose, and the term’s own page may name its variants', () => {
    const raw = '---\ntitle: "x"\naliases:\n  - "ESS"\nactions:\n  ESS: "plan"\n---\n\n[link](/en/ESS/) <Term id="ESS">term</Term>';
    expect(checkTerminology([sse], [text('content/x/y/en.mdx', 'en', raw)])).toEqual([]);
    expect(checkTerminology([sse], [text(sse.file, 'en', 'The ESS.')])).toEqual([]);
  });

  test('only texts in the rule’s language are checked', () => {
    expect(checkTerminology([sse], [text('content/x/y/es.mdx', 'es', 'La ESS.')])).toEqual([]);
  });
});
