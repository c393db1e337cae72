// A synthetic knowledge base in Teixit's real content format (content/<collection>/<id>/entry.yaml and
// <lang>.mdx), sized to build about N pages, for benchmarks. Deterministic: the same options always write
// byte-identical files. Every relation resolves, every file passes the content checker, Basque is partial
// (so fallback pages exist), and text lengths follow the real entries of each collection.
//
//   node scripts/lib/synthetic-content.ts --pages 1000 --out /tmp/content [--seed 1]
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections.ts';
import { LANGUAGES, type Lang } from '../../src/lib/languages.ts';
import { suggestedSlug } from '../../src/lib/slugs.ts';
import { fingerprint } from '../../src/lib/translation-status.ts';
import {
  AUDIENCES,
  AXIS_KINDS,
  DURATION_UNITS,
  EXPERIENCE_KINDS,
  FORMATS,
  FACILITATION_LEVELS,
  PARTICIPATION_LEVELS,
  PHASES,
  PURPOSES,
  WORKSHEET_KINDS,
} from '../../src/schemas/vocabulary.ts';
import { WORDS } from './synthetic-words.ts';

export interface SyntheticOptions {
  /** HTML pages the site should build from the content, approximately */
  pages: number;
  seed?: number;
  /** Share of entries that have a Basque text (the others get fallback pages) */
  basqueShare?: number;
  /** Share of translations that record the fingerprint of an older source text (shown as outdated) */
  outdatedShare?: number;
}

export interface SyntheticSummary {
  entries: Record<CollectionName, number>;
  totalEntries: number;
  files: number;
  bytes: number;
}

/** Entries needed for about `pages` entry pages: each entry has a page in every language. */
export function entriesForPages(pages: number): number {
  return Math.max(0, Math.round(pages / LANGUAGES.length));
}

/**
 * How a grown knowledge base divides into collections. Methodologies, experiences and glossary terms
 * grow with the site; programmes, values and territories grow slowly, so they become hubs that many
 * entries point to (as in the real content, where every method names values and glossary terms).
 */
const SHARES: Record<Exclude<CollectionName, 'glossary'>, [share: number, minimum: number]> = {
  territories: [0.04, 3],
  programmes: [0.02, 2],
  values: [0.03, 3],
  axes: [0.14, 3],
  methodologies: [0.33, 4],
  guides: [0.05, 1],
  worksheets: [0.06, 1],
  experiences: [0.12, 2],
};
const MIN_ENTRIES = 24;

export function collectionSizes(total: number): Record<CollectionName, number> {
  if (total < MIN_ENTRIES) throw new Error(`Too few pages: a synthetic site needs at least ${MIN_ENTRIES} entries.`);
  const sizes = Object.fromEntries(
    Object.entries(SHARES).map(([collection, [share, minimum]]) => [collection, Math.max(minimum, Math.round(total * share))]),
  ) as Record<CollectionName, number>;
  sizes.glossary = total - Object.values(sizes).reduce((sum, n) => sum + n, 0);
  if (sizes.glossary < 3) throw new Error(`Too few pages for every collection (${total} entries).`);
  return Object.fromEntries(COLLECTIONS.map((c) => [c, sizes[c]])) as Record<CollectionName, number>;
}

// ---------------------------------------------------------------------------------------------------
// Seeded randomness: every entry, and every language of it, draws from its own stream, so that an
// entry's content does not depend on the order in which entries are written.

function hashSeed(text: string): number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^= h >>> 16) >>> 0;
}

class Rng {
  private state: number;
  constructor(...parts: (string | number)[]) {
    this.state = hashSeed(parts.join('\u001f'));
  }
  /** mulberry32 */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** Up to `count` distinct items, the first ones far more often (popular values, common terms) */
  skewed<T>(items: readonly T[], count: number, exclude?: T): T[] {
    const pool = exclude === undefined ? items : items.filter((item) => item !== exclude);
    const chosen = new Set<T>();
    const wanted = Math.min(count, pool.length);
    while (chosen.size < wanted) chosen.add(pool[Math.floor(pool.length * this.next() ** 1.6)] as T);
    return [...chosen];
  }
  distinct<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T);
    return chosen;
  }
}

// ---------------------------------------------------------------------------------------------------
// Text: words drawn with the frequencies of Teixit's own texts, plus a long tail of rarer made-up words
// (so the vocabulary keeps growing with the site, as a real one does, which is what search indexes feel).

interface Vocabulary {
  words: string[];
  cumulative: number[];
  total: number;
  /** Longer words, for titles and headings */
  content: string[];
}

const RARE_SHARE = 0.2;
const RARE_POOL = 50_000;
const SYLLABLES: Record<Lang, string[]> = {
  ca: ['ca', 'ter', 'ri', 'ment', 'ció', 'pla', 'ne', 'sol', 'dà', 'ria', 'co', 'mu', 'ni', 'tat', 'vei', 'nal', 'gra', 'llo'],
  es: ['ca', 'ter', 'ri', 'mien', 'to', 'ción', 'pla', 'ne', 'so', 'li', 'da', 'ria', 'co', 'mu', 'ni', 'dad', 've', 'ci'],
  en: ['com', 'mu', 'ni', 'ty', 'ter', 'ri', 'tor', 'plan', 'ning', 'so', 'cial', 'ward', 'ex', 'change', 'shire', 'ton', 'gath', 'er'],
  eu: ['ko', 'mu', 'ni', 'ta', 'te', 'lu', 'rral', 'de', 'gi', 'za', 'rte', 'auz', 'ola', 'ben', 'ta', 'tze', 'ga', 'ra'],
};

const vocabularies = new Map<Lang, Vocabulary>();

function vocabulary(lang: Lang): Vocabulary {
  const known = vocabularies.get(lang);
  if (known) return known;
  const tokens = WORDS[lang].split(' ');
  const words: string[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i + 1 < tokens.length; i += 2) {
    words.push(tokens[i] as string);
    total += Number(tokens[i + 1]);
    cumulative.push(total);
  }
  const content = words.filter((word) => word.length >= 6 && !word.includes("'"));
  const made = { words, cumulative, total, content };
  vocabularies.set(lang, made);
  return made;
}

function rareWord(lang: Lang, rank: number): string {
  const rng = new Rng('rare', lang, rank);
  const syllables = SYLLABLES[lang];
  let word = '';
  for (let i = rng.int(2, 4); i > 0; i--) word += rng.pick(syllables);
  return word;
}

function word(rng: Rng, lang: Lang): string {
  if (rng.chance(RARE_SHARE)) return rareWord(lang, Math.floor(RARE_POOL ** rng.next()));
  const { words, cumulative, total } = vocabulary(lang);
  const target = rng.next() * total;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((cumulative[mid] as number) > target) high = mid;
    else low = mid + 1;
  }
  return words[low] as string;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Writes one language of an entry. Structure (how many items, how long each is) comes from `shape`,
 * which every language of the entry replays from the same seed, so translations have the same shape;
 * the words come from the language's own stream.
 */
class Writer {
  readonly lang: Lang;
  private readonly shape: Rng;
  private readonly words: Rng;
  constructor(lang: Lang, shape: Rng, words: Rng) {
    this.lang = lang;
    this.shape = shape;
    this.words = words;
  }

  count(min: number, max: number): number {
    return this.shape.int(min, max);
  }

  sentence(): string {
    const length = this.words.int(9, 26);
    const parts: string[] = [];
    for (let i = 0; i < length; i++) {
      const w = word(this.words, this.lang);
      parts.push(i < length - 1 && i > 2 && this.words.chance(0.07) ? `${w},` : w);
    }
    return `${capitalise(parts.join(' '))}.`;
  }

  /** Sentences making up about `min`..`max` characters (their number depends on the language's words) */
  text(min: number, max: number): string {
    const target = this.shape.int(min, max);
    const sentences: string[] = [];
    let length = 0;
    while (length < target) {
      const next = this.sentence();
      sentences.push(next);
      length += next.length + 1;
    }
    const joined = sentences.join(' ');
    return joined.length > max + 80 ? `${joined.slice(0, max).replace(/\s+\S*$/, '')}.` : joined;
  }

  phrase(min: number, max: number): string {
    const length = this.shape.int(min, max);
    const { content } = vocabulary(this.lang);
    const parts: string[] = [];
    for (let i = 0; i < length; i++) parts.push(i % 2 === 0 ? this.words.pick(content) : word(this.words, this.lang));
    return capitalise(parts.join(' '));
  }

  list(min: number, max: number, chars: [number, number]): string[] {
    return Array.from({ length: this.count(min, max) }, () => this.text(...chars));
  }

  /** A Markdown body: `##` sections of paragraphs, some with a bullet list of bold lead-ins */
  body(sections: number, paragraph: [number, number], paragraphs: [number, number], headings?: string[]): string {
    const out: string[] = [];
    for (let s = 0; s < sections; s++) {
      out.push(`## ${headings?.[s] ?? this.phrase(2, 4)}`);
      for (let p = this.count(...paragraphs); p > 0; p--) out.push(this.text(...paragraph));
      if (this.shape.chance(0.35)) {
        const items = Array.from({ length: this.count(2, 4) }, () => `- **${this.phrase(1, 3)}:** ${this.text(60, 160)}`);
        out.push(items.join('\n'));
      }
    }
    return out.join('\n\n');
  }

  summary(): string {
    return this.text(110, 230);
  }

  paragraphs(count: number, chars: [number, number]): string {
    return Array.from({ length: count }, () => this.text(...chars)).join('\n\n');
  }
}

const PHASE_HEADINGS: Record<Lang, string[]> = {
  ca: ['Disseny', 'Planificació', 'Execució', 'Avaluació'],
  es: ['Diseño', 'Planificación', 'Ejecución', 'Evaluación'],
  en: ['Design', 'Planning', 'Execution', 'Evaluation'],
  eu: ['Diseinua', 'Plangintza', 'Gauzatzea', 'Ebaluazioa'],
};

// ---------------------------------------------------------------------------------------------------
// The entries

type Data = Record<string, unknown>;

interface Plan {
  collection: CollectionName;
  id: string;
  index: number;
  facts: Data;
  /** Text fields and body of one language */
  text: (w: Writer) => { data: Data; body: string };
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function makeIds(collection: CollectionName, count: number, seed: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const rng = new Rng(seed, collection, index, 'id');
    const { content } = vocabulary('en');
    const words = [rng.pick(content), rng.pick(content), rng.pick(content)].slice(0, rng.int(2, 3));
    return `${slug(words.join(' ')) || collection}-${index + 1}`;
  });
}

interface Sources {
  pool: Data[];
}

function sourcePool(seed: number, size: number): Sources {
  const pool = Array.from({ length: size }, (_, i) => {
    const rng = new Rng(seed, 'source', i);
    const w = new Writer(rng.pick(['ca', 'es', 'en'] as const), new Rng(seed, 'source-shape', i), rng);
    const source: Data = { title: w.phrase(3, 9), publisher: `${w.phrase(1, 3)}; ${w.phrase(1, 2)}` };
    if (rng.chance(0.5)) source.year = rng.int(1985, 2025);
    if (rng.chance(0.3)) source.url = `https://example.org/${slug(String(source.title)).slice(0, 40)}/`;
    return source;
  });
  return { pool };
}

function reviewed(rng: Rng): string {
  const month = String(rng.int(1, 12)).padStart(2, '0');
  const day = String(rng.int(1, 28)).padStart(2, '0');
  return `${rng.int(2023, 2026)}-${month}-${day}`;
}

function planEntries(seed: number, sizes: Record<CollectionName, number>): Plan[] {
  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, makeIds(c, sizes[c], seed)])) as Record<CollectionName, string[]>;
  const sources = sourcePool(seed, Math.max(12, Math.round(sizes.methodologies / 3)));
  const cities = Math.max(1, Math.round(sizes.territories / 8));
  const plans: Plan[] = [];
  const add = (collection: CollectionName, facts: (rng: Rng, id: string, index: number) => Data, text: Plan['text']) => {
    ids[collection].forEach((id, index) => {
      plans.push({ collection, id, index, facts: facts(new Rng(seed, collection, index, 'facts'), id, index), text });
    });
  };
  const cite = (rng: Rng, min: number, max: number) => rng.skewed(sources.pool, rng.int(min, max));
  const audiences = (rng: Rng, min: number, max: number) => rng.distinct(AUDIENCES, rng.int(min, max));

  add(
    'territories',
    (rng, _id, index) =>
      index < cities
        ? { kind: 'city', code: String(rng.int(1000, 52999)).padStart(5, '0'), order: index + 1 }
        : {
            kind: 'district',
            parent: ids.territories[index % cities],
            code: String(Math.floor((index - cities) / cities) + 1).padStart(2, '0'),
            order: Math.floor((index - cities) / cities) + 1,
          },
    // Place names are the same in every language
    (w) => ({ data: { title: capitalise(rareWord('ca', w.count(1, RARE_POOL))), summary: w.text(25, 70) }, body: '' }),
  );

  add(
    'programmes',
    (rng, _id, index) => {
      // Wide enough for every measure's action years (2012–2027), which must fall within their programme's period.
      const start = rng.int(2000, 2011);
      const facts: Data = {
        territories: rng.skewed(ids.territories, rng.int(1, 3)),
        period: rng.chance(0.5) ? { start, end: rng.int(2030, 2035) } : { start },
        audiences: audiences(rng, 1, 3),
        glossary: rng.skewed(ids.glossary, rng.int(4, 9)),
        order: index + 1,
        sources: cite(rng, 1, 2),
      };
      return facts;
    },
    (w) => ({
      data: { title: w.phrase(3, 7), summary: w.summary(), owner: w.phrase(2, 5) },
      body: w.body(3, [200, 400], [1, 2]),
    }),
  );

  add(
    'values',
    (rng, _id, index) => ({
      programmes: rng.skewed(ids.programmes, rng.int(1, 2)),
      order: index + 1,
      glossary: rng.skewed(ids.glossary, rng.int(2, 4)),
      sources: cite(rng, 1, 1),
    }),
    (w) => ({ data: { title: w.phrase(2, 5), summary: w.summary() }, body: w.paragraphs(w.count(2, 3), [250, 400]) }),
  );

  add(
    'axes',
    (rng, _id, index) => {
      const kind = rng.pick([...AXIS_KINDS, 'measure', 'line']);
      const facts: Data = { programme: rng.pick(ids.programmes), kind };
      if (kind === 'measure') {
        facts.number = index + 1;
        const first = rng.int(2012, 2024);
        facts.actions = Array.from({ length: rng.int(2, 5) }, (_, i) => ({
          id: `action-${i + 1}`,
          years: Array.from({ length: rng.int(1, 4) }, (_, y) => first + y),
        }));
      }
      facts.order = (index % 12) + 1;
      facts.glossary = rng.skewed(ids.glossary, rng.int(1, 6));
      facts.sources = cite(rng, 1, 2);
      return facts;
    },
    (w) => ({ data: { title: w.phrase(3, 8), summary: w.summary() }, body: w.paragraphs(w.count(1, 2), [250, 450]) }),
  );

  add(
    'methodologies',
    (rng, id) => ({
      purposes: rng.distinct(PURPOSES, rng.int(1, 3)),
      facilitation: rng.pick(FACILITATION_LEVELS),
      phases: rng.distinct(PHASES, rng.int(1, 3)).sort((a, b) => PHASES.indexOf(a) - PHASES.indexOf(b)),
      participation: rng.pick(PARTICIPATION_LEVELS),
      groupSize: (() => {
        const min = rng.int(2, 20);
        return { min, max: min + rng.int(4, 60) };
      })(),
      duration: (() => {
        const min = rng.int(1, 6);
        return { min, max: min + rng.int(0, 8), unit: rng.pick(DURATION_UNITS) };
      })(),
      format: rng.distinct(FORMATS, rng.int(1, 2)),
      values: rng.skewed(ids.values, rng.int(2, 4)),
      axes: rng.skewed(ids.axes, rng.int(2, 6)),
      related: rng.skewed(ids.methodologies, rng.int(3, 6), id),
      worksheets: rng.skewed(ids.worksheets, rng.int(1, 3)),
      experiences: rng.skewed(ids.experiences, rng.int(0, 3)),
      territories: rng.skewed(ids.territories, rng.int(0, 2)),
      glossary: rng.skewed(ids.glossary, rng.int(4, 9)),
      audiences: audiences(rng, 2, 5),
      reviewed: reviewed(rng),
      sources: cite(rng, 2, 4),
    }),
    (w) => ({
      data: {
        title: w.phrase(2, 5),
        summary: w.summary(),
        purpose: w.text(450, 650),
        whenToUse: w.list(3, 5, [80, 150]),
        whenNotToUse: w.list(3, 4, [80, 150]),
        roles: w.list(3, 5, [100, 180]),
        materials: w.list(4, 7, [30, 80]),
        steps: Array.from({ length: w.count(5, 8) }, () => ({ title: w.phrase(2, 5), text: w.text(240, 400) })),
        tips: w.list(4, 6, [60, 130]),
        risks: w.list(3, 5, [110, 190]),
        example: w.text(520, 750),
      },
      body: w.body(w.count(1, 2), [350, 600], [1, 2]),
    }),
  );

  add(
    'guides',
    (rng) => ({
      design: rng.skewed(ids.methodologies, rng.int(1, 3)),
      planning: rng.skewed(ids.methodologies, rng.int(1, 3)),
      execution: rng.skewed(ids.methodologies, rng.int(1, 3)),
      evaluation: rng.skewed(ids.methodologies, rng.int(1, 3)),
      programmes: rng.skewed(ids.programmes, rng.int(1, 2)),
      axes: rng.skewed(ids.axes, rng.int(2, 4)),
      values: rng.skewed(ids.values, rng.int(2, 3)),
      territories: rng.skewed(ids.territories, rng.int(0, 2)),
      glossary: rng.skewed(ids.glossary, rng.int(5, 9)),
      audiences: audiences(rng, 2, 4),
      reviewed: reviewed(rng),
      sources: cite(rng, 3, 6),
    }),
    (w) => ({
      data: { title: w.phrase(4, 9), summary: w.summary() },
      body: `${w.text(300, 600)}\n\n${w.body(4, [280, 480], [2, 3], PHASE_HEADINGS[w.lang])}`,
    }),
  );

  add(
    'worksheets',
    (rng) => ({
      kind: rng.pick(WORKSHEET_KINDS),
      adaptable: false,
      parts: [
        { kind: 'heading', id: 'about' },
        { kind: 'line', id: 'name' },
        { kind: 'lines', id: 'notes', rows: rng.int(3, 8) },
        { kind: 'table', id: 'people', columns: ['who', 'what'], rows: rng.int(4, 10) },
      ],
      reviewed: reviewed(rng),
    }),
    (w) => ({
      data: {
        title: w.phrase(2, 5),
        summary: w.summary(),
        labels: {
          about: w.phrase(1, 3),
          name: w.phrase(1, 3),
          notes: w.phrase(2, 4),
          people: w.phrase(1, 3),
          'people.who': w.phrase(1, 2),
          'people.what': w.phrase(1, 2),
        },
      },
      body: w.paragraphs(1, [150, 300]),
    }),
  );

  add(
    'experiences',
    (rng) => ({
      kind: rng.pick(EXPERIENCE_KINDS),
      programmes: rng.skewed(ids.programmes, 1),
      axes: rng.skewed(ids.axes, rng.int(1, 2)),
      territories: rng.skewed(ids.territories, 1),
      glossary: rng.skewed(ids.glossary, rng.int(1, 3)),
      sources: cite(rng, 1, 2),
    }),
    (w) => ({ data: { title: w.phrase(1, 4), summary: w.summary() }, body: w.body(2, [220, 420], [1, 2]) }),
  );

  add(
    'glossary',
    (rng, id) => ({
      related: rng.skewed(ids.glossary, rng.int(2, 5), id),
      sources: cite(rng, 0, 1),
    }),
    (w) => {
      // Drawn as many times as before, so the rest of the content stays the same; a repeat is dropped
      // (the checker refuses an alias given twice, which happens once in about 2,500 entries).
      const aliases = [...new Set(Array.from({ length: w.count(0, 3) }, () => w.phrase(1, 3).toLowerCase()))];
      return {
        data: { title: w.phrase(1, 3), summary: w.text(80, 220), ...(aliases.length > 0 ? { aliases } : {}) },
        body: w.paragraphs(w.count(1, 2), [250, 450]),
      };
    },
  );
  return plans;
}

/** Measures word their actions in every language, keyed by the action ids of entry.yaml. */
function withActions(plan: Plan, w: Writer, data: Data): Data {
  const actions = plan.facts.actions as { id: string }[] | undefined;
  if (plan.collection !== 'axes' || !actions) return data;
  return { ...data, actions: Object.fromEntries(actions.map((action) => [action.id, w.text(80, 200)])) };
}

const yamlText = (data: Data) =>
  stringify(data, { lineWidth: 110, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', aliasDuplicateObjects: false });

function mdx(data: Data, body: string): string {
  return `---\n${yamlText(data)}---\n${body ? `\n${body}\n` : ''}`;
}

/** Writes the synthetic content into `dir`, which must not exist or be empty. */
export function generateContent(dir: string, options: SyntheticOptions): SyntheticSummary {
  const { pages, seed = 1, basqueShare = 0.4, outdatedShare = 0.03 } = options;
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} is not empty`);
  const sizes = collectionSizes(entriesForPages(pages));
  let files = 0;
  let bytes = 0;
  const write = (path: string, text: string) => {
    writeFileSync(path, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  const plans = planEntries(seed, sizes);
  const idsOf = new Map<string, Set<string>>();
  for (const plan of plans) idsOf.set(plan.collection, (idsOf.get(plan.collection) ?? new Set()).add(plan.id));
  const slugsTaken = new Set<string>();
  // As the tools write them: from the title, English at the id; unique in a section, and never another entry's id.
  const slugFor = (plan: (typeof plans)[number], lang: Lang, title: string) => {
    const wanted = suggestedSlug(lang, plan.id, title);
    const clashes = (slug: string) => slugsTaken.has(`${plan.collection}/${lang}/${slug}`) || (slug !== plan.id && idsOf.get(plan.collection)?.has(slug));
    const slug = clashes(wanted) ? `${wanted}-${plan.index + 1}` : wanted;
    slugsTaken.add(`${plan.collection}/${lang}/${slug}`);
    return slug;
  };
  for (const plan of plans) {
    const folder = join(dir, plan.collection, plan.id);
    mkdirSync(folder, { recursive: true });
    write(join(folder, 'entry.yaml'), yamlText(plan.facts));
    const languages = LANGUAGES.filter(
      (lang) => lang !== 'eu' || new Rng(seed, plan.collection, plan.index, 'basque').chance(basqueShare),
    );
    let source: { data: Data; body: string } | undefined;
    for (const lang of languages) {
      const w = new Writer(lang, new Rng(seed, plan.collection, plan.index, 'shape'), new Rng(seed, plan.collection, plan.index, lang));
      const text = plan.text(w);
      const data = withActions(plan, w, text.data);
      data.slug = slugFor(plan, lang, String(data.title));
      if (!source) source = { data, body: text.body };
      else {
        const outdated = new Rng(seed, plan.collection, plan.index, lang, 'outdated').chance(outdatedShare);
        data.translatedFrom = fingerprint(outdated ? { data: { ...source.data, title: 'an earlier title' }, body: '' } : source);
      }
      write(join(folder, `${lang}.mdx`), mdx(data, text.body));
    }
  }
  const totalEntries = Object.values(sizes).reduce((sum, n) => sum + n, 0);
  return { entries: sizes, totalEntries, files, bytes };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { pages: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  if (!values.pages || !values.out) {
    console.error('Usage: node scripts/lib/synthetic-content.ts --pages N --out <folder> [--seed S]');
    process.exit(2);
  }
  const summary = generateContent(resolve(values.out), { pages: Number(values.pages), seed: Number(values.seed) });
  console.log(JSON.stringify(summary));
}
