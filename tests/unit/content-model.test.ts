import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { formatIssue } from '../../src/lib/issues.ts';
import { BAD_CASES, validTreeWith } from '../helpers/content-trees.ts';

/** Each bad fixture (an overlay on the valid fixture) and the exact message an editor must read. */
const EXPECTED: Record<string, string> = {
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
    'content/glossary/term/en.mdx:3 error in summary: expected at least 20 character(s), found 10 character(s)',
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
  'bad-date':
    'content/guides/guide/entry.yaml:4 error in reviewed: expected a date written YYYY-MM-DD, found "23/11/2026"',
  'mdx-broken-internal-link':
      'content/values/mdx-broken-internal-link/ca.mdx:8 error in (body): expected a link to a page of this site (e.g. /ca/valors/cooperation/), found a broken internal link "/ca/valors/no-such-value/"',
  'mdx-event-handler':
      'content/values/mdx-event-handler/ca.mdx:8 error in <Aside> onClick: expected no event-handler attributes, found the event handler onClick',
  'mdx-export':
      'content/values/mdx-export/ca.mdx:8 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure, found an export statement',
  'mdx-expression':
      'content/values/mdx-expression/ca.mdx:8 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure; braces may only hold a plain text such as {\'{\'}, found the expression {1 + fetch("/x")}',
  'mdx-iframe':
      'content/values/mdx-iframe/ca.mdx:8 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure, found the element <iframe>',
  'mdx-import':
      'content/values/mdx-import/ca.mdx:8 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure, found an import statement',
  'mdx-javascript-url':
      'content/values/mdx-javascript-url/ca.mdx:8 error in (body): expected a web address or a path of this site, found a script URL "javascript:alert(1)"',
  'mdx-missing-alt':
      'content/values/mdx-missing-alt/ca.mdx:8 error in (body): expected alt text describing the image: ![what it shows](...), found an image without alt text',
  'mdx-object':
      'content/values/mdx-object/ca.mdx:8 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure, found the element <object>',
  'mdx-script':
      'content/values/mdx-script/ca.mdx:8 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure, found the element <script>',
  'mdx-style':
      'content/values/mdx-style/ca.mdx:8 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure, found the element <style>',
  'mdx-unknown-component':
      'content/values/mdx-unknown-component/ca.mdx:8 error in (body): expected plain Markdown and the components Aside, Term, Steps, Figure, found the unknown element <Carousel>',
  'mdx-unknown-term':
    'content/values/mdx-unknown-term/ca.mdx:8 error in <Term> id: expected the id of a glossary entry (a folder under content/glossary/), found "no-such-term"',
  'mdx-figure-missing-image':
    'content/values/mdx-figure-missing-image/ca.mdx:8 error in <Figure> src: expected the name of an image file in the entry\'s folder (.jpg, .png, .webp or .avif), found "missing.png"',
  'mdx-figure-empty-alt':
    'content/values/mdx-figure-empty-alt/ca.mdx:8 error in <Figure> alt: expected alt text describing the image, found an empty alt',
  'mdx-attribute-expression':
      'content/values/mdx-attribute-expression/ca.mdx:8 error in <Aside> type: expected a plain value in quotes, found the expression {"no" + "te"}',
};

const messages = (...overlays: string[]) => checkContent(validTreeWith(...overlays)).issues.map(formatIssue);

describe('the content model', () => {
  test('accepts the valid fixture without a single issue', () => {
    expect(messages()).toEqual([]);
  });

  test('has an expected message for every bad fixture folder, and a folder for every message', () => {
    expect(readdirSync(BAD_CASES).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(Object.entries(EXPECTED))('refuses %s with a message naming file, field and expectation', (name, message) => {
    expect(messages(join(BAD_CASES, name))).toEqual([message]);
  });

  test('reports every problem of a tree in one run, not only the first', () => {
    const all = readdirSync(BAD_CASES).map((name) => join(BAD_CASES, name));
    expect(new Set(messages(...all))).toEqual(new Set(Object.values(EXPECTED)));
  });
});
