import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import type { Problem } from './issues.ts';

/**
 * Parses the YAML of one content file into plain data and the line of each of its fields. It runs in the
 * parser thread (see parser-thread.ts), so its result is plain data that can be posted back.
 */

/** The model nests three levels at most (a worksheet part's options); anything far deeper is a mistake or an attack. */
export const MAX_YAML_DEPTH = 32;
/** yaml's own default: how many values aliases (*name) may stand for before a file counts as an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

export type YamlOutcome = { data: unknown; lines: [string, number][] } | { problems: Problem[] };

const syntax = (line: number | undefined, expected: string, found: string): Problem => ({
  line,
  field: '(YAML syntax)',
  expected,
  found,
});

const tooDeep = (line: number | undefined) =>
  syntax(line, `lists and groups of fields nested at most ${MAX_YAML_DEPTH} levels deep`, 'deeper nesting');

/** Lines of every field, walked without recursion so that no nesting can exhaust the stack; a problem when it goes too deep. */
function fieldLines(doc: Document, lineAt: (offset: number) => number): Map<string, number> | Problem {
  const lines = new Map<string, number>();
  const pending: [unknown, PropertyKey[]][] = [[doc.contents, []]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, path] = next;
    if (!isNode(node)) continue;
    const line = node.range ? lineAt(node.range[0]) : undefined;
    if (line !== undefined) lines.set(lineKey(path), line);
    if (path.length > MAX_YAML_DEPTH) return tooDeep(line);
    if (isMap(node)) {
      for (const pair of node.items) pending.push([pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]]);
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => pending.push([item, [...path, index]]));
    }
  }
  return lines;
}

function firstAliasLine(doc: Document, lineAt: (offset: number) => number): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_, node) {
      line = node.range ? lineAt(node.range[0]) : undefined;
      return visit.BREAK;
    },
  });
  return line;
}

/** `firstLine` is the file line the YAML starts on (2 in a front matter), for messages. */
export function parseYaml(yaml: string, firstLine: number): YamlOutcome {
  const lineCounter = new LineCounter();
  const lineAt = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // Warnings count: a tag yaml cannot resolve (!foo) is one that Astro's own YAML parser refuses.
  const faults = [...doc.errors, ...doc.warnings];
  const exhausted = faults.find((fault) => fault.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) return { problems: [tooDeep(lineAt(exhausted.pos[0]))] };
  if (faults.length > 0) {
    return {
      problems: faults.map((fault) =>
        syntax(
          lineAt(fault.pos[0]),
          fault.code === 'TAG_RESOLVE_FAILED' ? "valid YAML without tags (!name), which the site's parser refuses" : 'valid YAML',
          fault.message.split('\n')[0] ?? 'a syntax error',
        ),
      ),
    };
  }
  // Under %YAML 1.1, yes and no are booleans to yaml and text to Astro's parser
  const version = doc.directives?.yaml.version ?? '1.2';
  if (version !== '1.2') return { problems: [syntax(firstLine, 'YAML 1.2, as the site reads it', `a %YAML ${version} directive`)] };
  const lines = fieldLines(doc, lineAt);
  if (!(lines instanceof Map)) return { problems: [lines] };
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {}, lines: [...lines] };
  } catch (error) {
    // Aliases of nested aliases can still go deeper than the nodes as written
    if (error instanceof RangeError) return { problems: [tooDeep(undefined)] };
    if (!(error instanceof ReferenceError)) throw error;
    return {
      problems: [
        syntax(
          firstAliasLine(doc, lineAt),
          `aliases (*name) that stand for at most ${MAX_ALIAS_COUNT} values in all`,
          'aliases that multiply into more (an alias bomb); write the values out instead',
        ),
      ],
    };
  }
}

/** The key of a field in a YAML outcome's lines: map keys as text, list positions as numbers, as in zod's issue paths. */
export const lineKey = (path: readonly PropertyKey[]): string =>
  JSON.stringify(path.map((key) => (typeof key === 'number' ? key : String(key))));
