import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { RELATED_SHOWN } from '../../src/lib/relations.ts';
import { urls } from '../../src/lib/urls.ts';
import { contentWith, readPage, runBuild, tempDir } from '../helpers/build.ts';
import { indexedPages } from '../../src/integrations/build/pagefind-fragments.ts';

// The valid fixture with its one methodology copied until the methodologies need a second page; every
// copy names the fixture's value, so the value's page has far more related methodologies than it shows.
const COPIES = PAGE_SIZE + 10;
const content = contentWith(tempDir('no-overlay'));
for (let i = 1; i <= COPIES; i++) {
  const copy = join(content, 'methodologies', `meth-copy-${i}`);
  cpSync(join(content, 'methodologies', 'meth'), copy, { recursive: true });
  // Each copy is a page of its own, at its own address
  for (const file of readdirSync(copy).filter((name) => name.endsWith('.mdx'))) {
    writeFileSync(join(copy, file), readFileSync(join(copy, file), 'utf8').replace('slug: "meth"', `slug: "meth-copy-${i}"`));
  }
}
const methodologies = COPIES + 1;
// And the fixture's measure, copied until its programme has more measures than a relation list shows
const MEASURES = RELATED_SHOWN + 3;
for (let i = 1; i <= MEASURES - 1; i++) {
  const copy = join(content, 'axes', `measure-copy-${i}`);
  cpSync(join(content, 'axes', 'measure'), copy, { recursive: true });
  const facts = join(copy, 'entry.yaml');
  writeFileSync(facts, readFileSync(facts, 'utf8').replace('number: 29', `number: ${100 + i}`));
  for (const file of readdirSync(copy).filter((name) => name.endsWith('.mdx'))) {
    writeFileSync(join(copy, file), readFileSync(join(copy, file), 'utf8').replace('slug: "measure"', `slug: "measure-copy-${i}"`));
  }
}

describe('a site whose lists outgrow a page', () => {
  const build = runBuild(join(tempDir('long-lists'), 'dist'), { TEIXIT_CONTENT: content });

  test('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('a programme page shows RELATED_SHOWN of its measures and their actions, and sends to search for all', () => {
    const html = readPage(build.dist, urls.entry('en', 'programmes', 'prog'));
    expect(html.match(/<table/g)).toHaveLength(RELATED_SHOWN);
    expect(html).toContain(`And ${MEASURES - RELATED_SHOWN} more.`);
    expect(html).toContain('See the full list in search');
  });

  test('the methodologies index is split into pages that together list every methodology once', () => {
    const linksOn = (page: number) => {
      const html = readPage(build.dist, urls.collection('en', 'methodologies', page));
      const list = html.slice(html.indexOf('<ul class="entry-list">'), html.indexOf('</ul>', html.indexOf('<ul class="entry-list">')));
      return { html, links: [...list.matchAll(/href="([^"]+)"/g)].map((m) => m[1]) };
    };
    const first = linksOn(1);
    const second = linksOn(2);
    expect(first.links).toHaveLength(PAGE_SIZE);
    expect(new Set([...first.links, ...second.links]).size).toBe(methodologies);
    expect(first.html).toContain(`rel="next" href="${urls.collection('en', 'methodologies', 2)}"`);
    expect(second.html).toContain(`rel="prev" href="${urls.collection('en', 'methodologies')}"`);
    expect(second.html).toContain('<title>Methodologies (Page 2 of 2)');
    expect(() => readPage(build.dist, urls.collection('en', 'methodologies', 3))).toThrow();
  });

  test('search finds the methodologies section once, by its first page, and every methodology by its own', () => {
    const urlsIndexed = indexedPages(build.dist).map((page) => page.url);
    expect(urlsIndexed).toContain(urls.collection('en', 'methodologies'));
    expect(urlsIndexed).not.toContain(urls.collection('en', 'methodologies', 2));
    expect(urlsIndexed.filter((url) => url.startsWith(urls.collection('en', 'methodologies')))).toHaveLength(methodologies + 1);
  });

  /** The "Referred to by" group of methodologies on an entry's English page, checked to hold RELATED_SHOWN links. */
  const methodologiesReferring = (collection: 'values' | 'glossary', id: string) => {
    const html = readPage(build.dist, urls.entry('en', collection, id));
    const incoming = html.slice(html.indexOf('<h2>Referred to by</h2>'));
    const heading = incoming.indexOf(`<h3>Methodologies (${methodologies})</h3>`);
    expect(heading, 'the group heading gives the full count').toBeGreaterThan(-1);
    const group = incoming.slice(heading);
    expect([...group.slice(0, group.indexOf('</ul>')).matchAll(/<li>/g)]).toHaveLength(RELATED_SHOWN);
    return group;
  };

  test('a value shows a bounded number of its methodologies and links to search for all of them', () => {
    const search = urls.searchWith('en', { query: '', filters: { collection: ['Methodologies'], value: ['val title en'] } });
    expect(methodologiesReferring('values', 'val')).toContain(`href="${search.replaceAll('&', '&amp;')}"`);
  });

  test('an entry without a search filter of its own still shows a bounded list, with how many it leaves out', () => {
    expect(methodologiesReferring('glossary', 'term')).toContain(`<p>And ${methodologies - RELATED_SHOWN} more.</p>`);
  });
});
