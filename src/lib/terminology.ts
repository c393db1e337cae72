import type { ContentIssue } from './issues.ts';
import type { Lang } from './languages.ts';

/** One term of the glossary in one language: its preferred form and the variants not to write. */
export interface TermRule {
  lang: Lang;
  preferred: string;
  avoid: readonly string[];
  /** Proper names in which an avoided variant is correct */
  allowIn: readonly string[];
  /** The term's own text, which may name its variants to explain them */
  file: string;
}

/** A text to look through: its file and language. */
export interface TermText {
  file: string;
  lang: Lang;
  raw: string;
}

/** Front-matter fields that hold other forms on purpose (aliases and the termbase itself) or no prose. */
const SKIPPED_FIELDS = new Set(['aliases', 'avoid', 'allowIn', 'slug', 'translatedFrom']);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A variant as a whole word or phrase: an acronym or a capitalised form only as written, any other in any
 * case, and in either apostrophe (’ or ').
 */
function variantPattern(variant: string): RegExp {
  const body = escape(variant).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+');
  const flags = variant === variant.toLowerCase() ? 'giu' : 'gu';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags);
}

/** The lines of a translation that hold prose, by line number: its body and its text fields. */
function proseLines(raw: string): [number, string][] {
  const lines = raw.split(/\r?\n/);
  const prose: [number, string][] = [];
  let inFrontMatter = lines[0]?.replace(/^\uFEFF/, '') === '---';
  let skipping = false;
  lines.forEach((line, index) => {
    if (index === 0 && inFrontMatter) return;
    if (inFrontMatter && line === '---') {
      inFrontMatter = false;
      return;
    }
    if (inFrontMatter) {
      const key = /^([A-Za-z]\w*):/.exec(line)?.[1];
      if (key) skipping = SKIPPED_FIELDS.has(key);
      if (skipping) return;
      // Keys are ids (actions.<id>, labels.<id>), not prose.
      prose.push([index + 1, line.replace(/^(\s*(?:-\s+)?)[\w.-]+:(?=\s|$)/, (match) => ' '.repeat(match.length))]);
      return;
    }
    prose.push([index + 1, line]);
  });
  return prose;
}

/** Every use of a variant the glossary says to avoid, outside the proper names where it is correct. */
export function checkTerminology(rules: readonly TermRule[], texts: readonly TermText[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const rule of rules) {
    const allowed = rule.allowIn.map(variantPattern);
    for (const variant of rule.avoid) {
      const pattern = variantPattern(variant);
      for (const text of texts) {
        if (text.lang !== rule.lang || text.file === rule.file) continue;
        for (const [line, content] of proseLines(text.raw)) {
          // Addresses and attribute values (links, <Term id="...">) are not prose.
          const prose = content.replace(/\]\([^)]*\)|\b\w+="[^"]*"/g, (match) => ' '.repeat(match.length));
          const masked = allowed.reduce((current, name) => current.replace(name, (match) => ' '.repeat(match.length)), prose);
          for (const match of masked.matchAll(pattern)) {
            issues.push({
              severity: 'error',
              file: text.file,
              line,
              field: '(terminology)',
              expected: `the glossary's term "${rule.preferred}" (see ${rule.file})`,
              found: `"${match[0]}"`,
            });
          }
        }
      }
    }
  }
  return issues;
}
