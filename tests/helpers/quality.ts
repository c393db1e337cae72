import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, Parser, type ConfigData, type HtmlElement } from 'html-validate';

/**
 * Static quality checks of built HTML, shared by the tests of the real site and the tests that show each
 * check catches its fault. Browser-side checks are in page-monitor.ts and accessibility.ts.
 */

/**
 * html-validate's recommended rules. Only rules that conflict with how Astro writes HTML are disabled,
 * each with its reason.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Titles are the entries' own, written by editors in four languages; some guides and measures are
    // long by nature, and a cut title would mislead. (It also counts Astro's `&#39;` as five characters.)
    'long-title': 'off',
    // A group of checkboxes under one name is how a form sends several answers to one question (the finder's).
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

export interface BuiltPage {
  /** The path a visitor asks for: `/ca/` for ca/index.html, `/ca/404.html` for ca/404.html */
  path: string;
  file: string;
}

/** Every HTML file of a built site, sorted by path. */
export function builtPages(dist: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string, path: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      if (item.isDirectory()) walk(join(dir, item.name), `${path}${item.name}/`);
      else if (item.name.endsWith('.html')) {
        pages.push({ path: item.name === 'index.html' ? path : `${path}${item.name}`, file: join(dir, item.name) });
      }
    }
  };
  walk(dist, '/');
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

export interface HtmlError {
  page: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export function formatHtmlError(error: HtmlError): string {
  return `${error.page}:${error.line}:${error.column} ${error.rule}: ${error.message}`;
}

/** The errors html-validate finds in one HTML file, named after `page` (its site path) in messages. */
export async function htmlErrors(file: string, page: string = file): Promise<HtmlError[]> {
  const report = await validator.validateString(readFileSync(file, 'utf8'), file);
  return report.results.flatMap((result) =>
    result.messages
      .filter((message) => message.severity === 2)
      .map(({ line, column, ruleId, message }) => ({ page, line, column, rule: ruleId, message })),
  );
}

/** Resolving the configuration costs more than parsing a page: done once. */
let parserConfig: ReturnType<HtmlValidate['getConfigFor']> | undefined;

/** A DOM of the page from html-validate's own parser, the one the validation above reads. */
async function parse(html: string): Promise<HtmlElement> {
  parserConfig ??= validator.getConfigFor('page.html');
  return new Parser(await parserConfig).parseHtml(html);
}

/** The characters Astro escapes in text and attributes, plus numeric references: all its output holds. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return named[name.toLowerCase()] ?? reference;
  });
}

export interface PageOutline {
  lang: string | null;
  /** The title as a reader sees it, entities decoded */
  title: string;
  description: string | null;
  canonical: string | null;
  noindex: boolean;
  h1Count: number;
}

/** What search engines and assistive technology read first about a page. */
export async function pageOutline(html: string): Promise<PageOutline> {
  const dom = await parse(html);
  const robots = dom.querySelector('meta[name="robots"]')?.getAttributeValue('content') ?? '';
  return {
    lang: dom.querySelector('html')?.getAttributeValue('lang') ?? null,
    title: decodeEntities(dom.querySelector('title')?.textContent ?? '').trim(),
    description: dom.querySelector('meta[name="description"]')?.getAttributeValue('content') ?? null,
    canonical: dom.querySelector('link[rel="canonical"]')?.getAttributeValue('href') ?? null,
    noindex: /\bnoindex\b/.test(robots),
    h1Count: dom.querySelectorAll('h1').length,
  };
}

/** The texts that name a part of a page: its title, headings, captions, legends and the labels of its lists. */
const NAMING = 'title, h1, h2, h3, h4, h5, h6, caption, legend, summary, figcaption, th, dt';

/**
 * Whether a text repeats the label that introduces it, as "Measure 29: Measure 29: the ESS" does when a
 * template puts a kind before a title that already starts with it.
 */
export function repeatsLabel(text: string): boolean {
  const parts = text.split(/:\s+/).map((part) => part.trim().toLocaleLowerCase());
  return parts.some((part, i) => {
    const label = parts[i - 1];
    return i > 0 && !!label && part.startsWith(label) && !/^[\p{L}\p{N}]/u.test(part.slice(label.length));
  });
}

/** The naming texts of a page (see NAMING) that repeat their label. */
export async function repeatedLabels(html: string): Promise<string[]> {
  const dom = await parse(html);
  return dom
    .querySelectorAll(NAMING)
    .map((element) => decodeEntities(element.textContent).replace(/\s+/g, ' ').trim())
    .filter(repeatsLabel);
}

/** The page's Content-Security-Policy from its <meta http-equiv>, or null when it has none. */
export async function pageCsp(html: string): Promise<string | null> {
  return cspOf(await parse(html));
}

function cspOf(dom: HtmlElement): string | null {
  const meta = dom.querySelectorAll('meta').find((m) => m.getAttributeValue('http-equiv')?.toLowerCase() === 'content-security-policy');
  return meta?.getAttributeValue('content') ?? null;
}

/** The sources a policy allows for scripts: script-src, or default-src when script-src is absent. */
function scriptSources(policy: string): string[] {
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name?.toLowerCase() ?? '', sources]),
  );
  return directives.get('script-src') ?? directives.get('default-src') ?? [];
}

/** Script types a browser runs; anything else (JSON-LD, JSON) is a data block that CSP does not govern. */
const EXECUTABLE_TYPE = /^(|module|importmap|(text|application)\/(x-)?(java|ecma)script)$/i;

/**
 * Inline scripts the page's own CSP does not list by hash: a browser refuses to run them (the policy
 * has no 'unsafe-inline'). A page without a policy lists none, so all its inline scripts are returned.
 */
export async function inlineScriptsOutsideCsp(html: string): Promise<string[]> {
  const dom = await parse(html);
  const policy = cspOf(dom);
  const allowed = new Set(policy ? scriptSources(policy) : []);
  return dom
    .querySelectorAll('script')
    .filter((script) => !script.hasAttribute('src') && EXECUTABLE_TYPE.test(script.getAttributeValue('type') ?? ''))
    .map((script) => script.textContent)
    .filter((code) => !allowed.has(`'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`))
    .map((code) => code.trim().slice(0, 80));
}
