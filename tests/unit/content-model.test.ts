import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { formatIssue } from '../../src/lib/issues.ts';
import { BAD_CASES, UNUSUAL_CASES, validTreeWith } from '../helpers/content-trees.ts';

/** Shorter than the real limit, so that the slow fixtures cost seconds, not minutes; scripts/check.ts is tested with the real one. */
const PARSE_TIME_LIMIT_MS = 1500;

/** Each bad fixture (an overlay on the valid fixture) and the exact messages an editor must read. */
const EXPECTED: Record<string, string | string[]> = {
  'unknown-reference':
    'content/programmes/prog/entry.yaml:1 error in territories[1]: expected the id of an existing territories entry (a folder under content/territories/), found "atlantis"',
  'translation-without-facts':
    "content/values/orphan/entry.yaml error in (file): expected the entry's facts in entry.yaml, which every translation belongs to, found no entry.yaml beside es.mdx",
  'no-default-text':
    'content/values/untexted/ca.mdx error in (file): expected the text in the default language (ca.mdx), which every translation is made from, found no such file',
  'unknown-language':
    'content/values/val/fr.mdx error in (file name): expected entry.yaml, an image, or a translation named <language>.mdx with a language among ca, es, en, eu, found "fr.mdx"',
  'missing-required-field':
    'content/methodologies/meth/entry.yaml:1 error in participation: expected one of "inform", "consult", "involve", "collaborate", "empower", found nothing (the field is missing)',
  'value-outside-set':
    'content/experiences/exp/entry.yaml:1 error in kind: expected one of "city-project", "territorial-project", "facility", found "museum"',
  'yaml-syntax':
    'content/territories/city/entry.yaml:2 error in (YAML syntax): expected valid YAML, found Map keys must be unique',
  'unknown-field':
    'content/axes/goal/entry.yaml:3 error in colour: expected a field this collection defines (check the spelling against CONTRIBUTING.md), found an unknown field',
  'bad-folder-name':
    'content/values/Bad_Name error in (folder name): expected an entry id in lowercase-with-hyphens that is not just a number, e.g. community-asset-mapping, found "Bad_Name"',
  // A bare number would be taken for a page of the collection's index
  'numeric-folder-name':
    'content/values/2 error in (folder name): expected an entry id in lowercase-with-hyphens that is not just a number, e.g. community-asset-mapping, found "2"',
  'summary-too-short':
    'content/glossary/term/en.mdx:4 error in summary: expected at least 20 character(s), found 10 character(s)',
  'action-without-wording':
    'content/axes/measure/en.mdx error in actions.second: expected the wording of action "second", declared in content/axes/measure/entry.yaml, found nothing (the field is missing)',
  'experience-unknown-action':
    'content/experiences/exp-unknown-action/entry.yaml:4 error in action: expected the id of an action of its axes (first, second), found "third"',
  'action-without-years':
    'content/axes/measure-two/entry.yaml:6 error in actions[0].years: expected at least 1 item(s), found 0 item(s)',
  'no-front-matter':
    'content/values/val/en.mdx:1 error in (front matter): expected a front matter block opened and closed by --- lines, found none',
  'unknown-collection':
    'content/recipes/soup/entry.yaml error in (folder): expected a collection folder: one of programmes, axes, values, methodologies, guides, worksheets, experiences, glossary, territories, found "recipes"',
  'unknown-purpose':
    'content/methodologies/meth-unknown-purpose/entry.yaml:1 error in purposes[0]: expected one of "understand-the-territory", "bring-people-together", "generate-ideas", "decide-and-prioritise", "plan-together", "strengthen-groups-and-networks", "share-knowledge", "evaluate-and-learn", "manage-shared-spaces", "build-the-local-economy", found "make-friends"',
  'unknown-facilitation':
    'content/methodologies/meth-unknown-facilitation/entry.yaml:2 error in facilitation: expected one of "none", "some", "experienced", found "expert"',
  'worksheet-label-missing':
    'content/worksheets/sheet/es.mdx error in labels.people.role: expected the wording of "people.role", declared in content/worksheets/sheet/entry.yaml, found nothing (the field is missing)',
  'worksheet-undeclared-label':
    'content/worksheets/sheet/en.mdx error in labels.stamp: expected only labels of parts declared in content/worksheets/sheet/entry.yaml, found an undeclared label "stamp"',
  'worksheet-table-without-columns':
    'content/worksheets/sheet-two/entry.yaml:9 error in parts[5].columns: expected a list, found nothing (the field is missing)',
  'slug-missing':
    `content/values/val/es.mdx error in slug: expected the page's address in es, made from its title: slug: "val-title-es" (npm run slugs writes it), found nothing (the field is missing)`,
  'slug-taken':
    'content/glossary/term-two/ca.mdx error in slug: expected an address of its own in its section and language, not the slug or old id of content/glossary/term/ca.mdx, found "term"',
  'slug-old-id':
    'content/glossary/term-three/es.mdx error in slug: expected an address of its own in its section and language, not the slug or old id of content/glossary/term/entry.yaml, found "term"',
  'bad-date':
    'content/guides/guide/entry.yaml:4 error in reviewed: expected a date written YYYY-MM-DD, found "23/11/2026"',
  'mdx-broken-internal-link':
      'content/values/mdx-broken-internal-link/ca.mdx:9 error in (body): expected a link to a page of this site (e.g. /ca/valors/cooperation/), found a broken internal link "/ca/valors/no-such-value/"',
  'mdx-event-handler':
      'content/values/mdx-event-handler/ca.mdx:9 error in <Aside> onClick: expected no event-handler attributes, found the event handler onClick',
  'mdx-export':
      'content/values/mdx-export/ca.mdx:9 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure, found an export statement',
  'mdx-expression':
      'content/values/mdx-expression/ca.mdx:9 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure; braces may only hold a plain text such as {\'{\'}, found the expression {1 + fetch("/x")}',
  'mdx-iframe':
      'content/values/mdx-iframe/ca.mdx:9 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure, found the element <iframe>',
  'mdx-import':
      'content/values/mdx-import/ca.mdx:9 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure, found an import statement',
  'mdx-javascript-url':
      'content/values/mdx-javascript-url/ca.mdx:9 error in (body): expected a web address (http or https), a mailto: or tel: address, or a path of this site, found the scheme javascript: in "javascript:alert(1)"',
  'mdx-missing-alt':
      'content/values/mdx-missing-alt/ca.mdx:9 error in (body): expected alt text describing the image: ![what it shows](...), found an image without alt text',
  'mdx-object':
      'content/values/mdx-object/ca.mdx:9 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure, found the element <object>',
  'mdx-script':
      'content/values/mdx-script/ca.mdx:9 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure, found the element <script>',
  'mdx-style':
      'content/values/mdx-style/ca.mdx:9 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure, found the element <style>',
  'mdx-unknown-component':
      'content/values/mdx-unknown-component/ca.mdx:9 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure, found the unknown element <Carousel>',
  'mdx-unknown-term':
    'content/values/mdx-unknown-term/ca.mdx:9 error in <Term> id: expected the id of a glossary entry (a folder under content/glossary/), found "no-such-term"',
  'mdx-figure-missing-image':
    'content/values/mdx-figure-missing-image/ca.mdx:9 error in <Figure> src: expected the name of an image file in the entry\'s folder (.jpg, .png, .webp or .avif), found "missing.png"',
  'mdx-figure-empty-alt':
    'content/values/mdx-figure-empty-alt/ca.mdx:9 error in <Figure> alt: expected alt text describing the image, found an empty alt',
  'mdx-attribute-expression':
      'content/values/mdx-attribute-expression/ca.mdx:9 error in <Aside> type: expected a plain value in quotes, found the expression {"no" + "te"}',
  // Nothing may make a page load from another origin, however the address is written
  'mdx-remote-image': [9, 11, 13, 15].map(
    (line, i) =>
      `content/values/mdx-remote-image/ca.mdx:${line} error in (body): expected an image file in the entry's folder (.jpg, .png, .webp or .avif), e.g. ![what it shows](photo.jpg); the site loads nothing from other origins, found an image from https://example.org: "${['https://example.org/map.png', '//example.org/map.png', '/\\example.org/map.png', 'HTTPS://EXAMPLE.ORG/map.png'][i]}"`,
  ),
  'mdx-html-media': ([[9, 'img'], [11, 'video'], [13, 'audio'], [15, 'embed'], [17, 'svg'], [17, 'image']] as const).map(
    ([line, element]) =>
      `content/values/mdx-html-media/ca.mdx:${line} error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure, found the element <${element}>`,
  ),
  // Browsers drop tabs inside a scheme and ignore its case; Markdown decodes character references first
  'mdx-unsafe-link-schemes': (
    [
      [9, 'javascript:', 'JavaScript:alert(1)'],
      [11, 'javascript:', 'java\\u0009script:alert(1)'],
      [13, 'javascript:', 'javascript:alert(1)'],
      [15, 'vbscript:', 'vbscript:msgbox(1)'],
      [17, 'data:', 'data:text/html;base64,PHNjcmlwdD4='],
      [21, 'file:', 'file:///etc/passwd'],
    ] as const
  ).map(
    ([line, scheme, url]) =>
      `content/values/mdx-unsafe-link-schemes/ca.mdx:${line} error in (body): expected a web address (http or https), a mailto: or tel: address, or a path of this site, found the scheme ${scheme} in "${url}"`,
  ),
  // Files no parser may choke on: each is an error naming the file, and the other problems are still reported
  'yaml-alias-bomb':
    'content/values/yaml-alias-bomb/entry.yaml:3 error in (YAML syntax): expected aliases (*name) that stand for at most 100 values in all, found aliases that multiply into more (an alias bomb); write the values out instead',
  'yaml-deep-nesting':
    'content/values/yaml-deep-nesting/entry.yaml:1 error in (YAML syntax): expected lists and groups of fields nested at most 32 levels deep, found deeper nesting',
  'yaml-nesting-too-deep':
    'content/values/yaml-nesting-too-deep/ca.mdx:4 error in (YAML syntax): expected lists and groups of fields nested at most 32 levels deep, found deeper nesting',
  'yaml-slow':
    'content/values/yaml-slow/entry.yaml error in (YAML syntax): expected YAML the checker can read within 1.5 s, found text that takes longer, such as thousands of keys or anchors',
  'mdx-slow-emphasis':
    'content/values/mdx-slow-emphasis/ca.mdx error in (body): expected Markdown the checker can read within 1.5 s, found text that takes longer, such as long runs of * or _, or brackets or lists nested hundreds deep',
  'mdx-deep-nesting':
    'content/values/mdx-deep-nesting/ca.mdx:9 error in (body): expected lists, quotes and components nested at most 32 levels deep, found deeper nesting',
  'too-large':
    'content/values/too-large/ca.mdx error in (file): expected a content file of at most 512 KB, found 596 KB, too large to check; split the text or move data out of it',
  'not-utf8':
    'content/values/not-utf8/ca.mdx:6 error in (file): expected text encoded as UTF-8, found bytes that are not UTF-8 (saved as Latin-1, Windows-1252 or UTF-16?); save the file as UTF-8',
  // Files the site's own parsers would read otherwise, or not at all
  'yaml-read-differently': [
    'content/values/yaml-directive/entry.yaml:1 error in (YAML syntax): expected YAML 1.2, as the site reads it, found a %YAML 1.1 directive',
    "content/values/yaml-tag/entry.yaml:1 error in (YAML syntax): expected valid YAML without tags (!name), which the site's parser refuses, found Unresolved tag: !ids",
  ],
  'cr-line-endings':
    'content/values/cr-line-endings/ca.mdx:1 error in (front matter): expected a front matter block opened and closed by --- lines, found none: its lines end in CR alone; save it with LF or CRLF line endings',
  'fake-image':
    "content/values/fake-image/map.png error in (file): expected a PNG image, as the file's name says, found a file whose first bytes are not those of a PNG image; export the image again as PNG",
  // Facts valid one by one but not together
  'range-min-above-max': [
    'content/methodologies/meth-range/entry.yaml:5 error in groupSize.max: expected at least groupSize.min (12), found 5',
    'content/methodologies/meth-range/entry.yaml:6 error in duration.max: expected at least duration.min (3), found 1',
  ],
  'period-end-before-start':
    'content/programmes/prog-period/entry.yaml:2 error in period.end: expected at least period.start (2020), found 2016',
  'action-year-outside-period': [0, 2].map(
    (index) =>
      `content/axes/measure-years/entry.yaml:5 error in actions[0].years[${index}]: expected a year within the period of programme "prog" (2016–2019, in content/programmes/prog/entry.yaml), found ${index === 0 ? 2015 : 2020}`,
  ),
  'related-to-itself': [
    'content/glossary/term-self/entry.yaml:1 error in related[0]: expected the id of another glossary entry, found "term-self", this entry\'s own id',
    'content/methodologies/meth-self/entry.yaml:10 error in related[1]: expected the id of another methodologies entry, found "meth-self", this entry\'s own id',
    'content/territories/district-self/entry.yaml:2 error in parent: expected the id of another territories entry, found "district-self", this entry\'s own id',
  ],
  'territory-parent-cycle': [
    'content/territories/north/entry.yaml:2 error in parent: expected a territory that is not part of "north" itself, found "south", whose parents lead back to it (north → south → north)',
    'content/territories/south/entry.yaml:2 error in parent: expected a territory that is not part of "south" itself, found "north", whose parents lead back to it (south → north → south)',
  ],
  'duplicate-in-list': [
    'content/axes/measure-twice/entry.yaml:5 error in actions[0].years[1]: expected no item twice in actions[0].years, found 2016 again (first at actions[0].years[0])',
    'content/axes/measure-twice/entry.yaml:6 error in actions[1].id: expected no item twice in actions, found the id "first" again (first at actions[0].id)',
    'content/methodologies/meth-twice/ca.mdx:14 error in tips[1]: expected no item twice in tips, found "Book the room early" again (first at tips[0])',
    'content/methodologies/meth-twice/entry.yaml:1 error in purposes[2]: expected no item twice in purposes, found "generate-ideas" again (first at purposes[0])',
    'content/methodologies/meth-twice/entry.yaml:8 error in values[1]: expected no item twice in values, found "val" again (first at values[0])',
    'content/methodologies/meth-twice/entry.yaml:15 error in sources[1]: expected no item twice in sources, found the same item again (first at sources[0])',
  ],
  // Files the site would silently ignore
  'md-beside-mdx': ['ca.md', 'en.markdown'].map(
    (name) =>
      `content/values/val/${name} error in (file name): expected entry.yaml, an image, or a translation named <language>.mdx with a language among ca, es, en, eu, found "${name}" beside ${name.replace(/\..*/, '')}.mdx, which the site reads instead: this file would be ignored`,
  ),
  'translation-misnamed': [
    'content/methodologies/meth/EU.mdx error in (file name): expected entry.yaml, an image, or a translation named <language>.mdx with a language among ca, es, en, eu, found "EU.mdx", which the site would ignore: rename it eu.mdx',
    'content/values/facts-yml/entry.yml error in (file name): expected entry.yaml, an image, or a translation named <language>.mdx with a language among ca, es, en, eu, found "entry.yml", which the site would ignore: rename it entry.yaml',
    "content/values/facts-yml/entry.yaml error in (file): expected the entry's facts in entry.yaml, which every translation belongs to, found no entry.yaml beside ca.mdx, entry.yml",
    'content/worksheets/sheet/eu-ES.mdx error in (file name): expected entry.yaml, an image, or a translation named <language>.mdx with a language among ca, es, en, eu, found "eu-ES.mdx", which the site would ignore: rename it eu.mdx',
  ],
  'image-extension-case':
    'content/values/image-extension-case/map.Jpg error in (file name): expected entry.yaml, an image, or a translation named <language>.mdx with a language among ca, es, en, eu, found "map.Jpg", which the site would ignore: rename it map.jpg',
  'subfolder-in-entry':
    'content/values/val/images error in (folder): expected only files in an entry folder (entry.yaml, <language>.mdx and images), found the folder "images", which the site never reads',
  'unused-image':
    'content/values/unused-image/map.png warning in (file): expected an image a text of this entry shows, with <Figure src="map.png" alt="..." /> or ![...](map.png), found an image no text uses',
};

const messages = (...overlays: string[]) =>
  checkContent(validTreeWith(...overlays), { parseTimeLimitMs: PARSE_TIME_LIMIT_MS }).issues.map(formatIssue);
const expected = (name: string) => [EXPECTED[name] ?? []].flat();

describe('the content model', () => {
  test('accepts the valid fixture without a single issue', () => {
    expect(messages()).toEqual([]);
  });

  test('has an expected message for every bad fixture folder, and a folder for every message', () => {
    expect(readdirSync(BAD_CASES).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(Object.keys(EXPECTED))('refuses %s with a message naming file, field and expectation', (name) => {
    expect(messages(join(BAD_CASES, name))).toEqual(expected(name));
  });

  test('reports every problem of a tree in one run, not only the first', () => {
    const all = readdirSync(BAD_CASES).map((name) => join(BAD_CASES, name));
    expect(new Set(messages(...all))).toEqual(new Set(Object.keys(EXPECTED).flatMap(expected)));
  });
});

describe('valid content written in unusual ways', () => {
  const file = (...path: string[]) => readFileSync(join(UNUSUAL_CASES, ...path));

  test('the fixtures hold the bytes they are named after', () => {
    expect(file('bom', 'values', 'val', 'es.mdx').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(file('bom', 'values', 'val', 'entry.yaml').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    for (const path of ['glossary/term/en.mdx', 'glossary/term/entry.yaml', 'axes/measure/ca.mdx', 'axes/measure/entry.yaml']) {
      const text = file('crlf', path).toString('utf8');
      expect(text.split('\r\n').length - 1, path).toBe(text.split('\n').length - 1);
    }
  });

  test.each(readdirSync(UNUSUAL_CASES))('accepts %s without a single issue', (name) => {
    expect(messages(join(UNUSUAL_CASES, name))).toEqual([]);
  });

  test('reads them as the ordinary files they are', () => {
    const { content } = checkContent(validTreeWith(...readdirSync(UNUSUAL_CASES).map((name) => join(UNUSUAL_CASES, name))));
    expect(content.values.get('val')?.texts.es?.data.title).toBe('val title es');
    expect(content.glossary.get('term')?.texts.en?.body).toBe('\r\nBody of term in en.\r\n');
    expect(content.experiences.get('exp')?.texts.en?.data.summary).toContain('👩🏽‍🌾 🏳️‍🌈 🇪🇺, math 𝔘𝔫𝔦𝔠𝔬𝔡𝔢');
    expect(content.territories.get('city')?.texts.es).toMatchObject({ bodyStartLine: 8, data: { title: 'city title es' } });
    expect(content.axes.get('goal')?.facts).toMatchObject({ programme: 'prog', kind: 'goal' });
  });
});
