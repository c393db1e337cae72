import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { codeDigest } from './code-digest.ts';
import type { ParserReply, ParserTask } from './parser-protocol.ts';

/**
 * Parses kept from one check to the next, so that a check after an edit parses only the files that
 * changed (at 5,000 pages, parsing is nine tenths of the check). A parse is found by what was parsed,
 * with the pages and terms an MDX text was checked against; the file it is kept in is named after the
 * checker's own code and locked dependencies, so that changing either starts afresh.
 */
export interface ParseCache {
  get(task: ParserTask, context: ParserTask | undefined): ParserReply | undefined;
  set(task: ParserTask, context: ParserTask | undefined, reply: ParserReply): void;
  /** Keeps the parses this check used, and only those */
  save(): void;
}

const projectRoot = resolve(import.meta.dirname, '..', '..');

/** Where the build, the dev server and `npm run check` keep their parses */
export const PARSE_CACHE_DIR = join(projectRoot, 'node_modules', '.cache', 'teixit-parses');

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The code the parses come from: the model, the checker and the parsers' versions */
let checker: string | undefined;
const checkerCode = () => (checker ??= codeDigest(['src/lib', 'src/schemas']));

export function openParseCache(dir: string = PARSE_CACHE_DIR): ParseCache {
  // The context (every page and term of the site) is digested once, not with every text
  let context: { task: ParserTask | undefined; digest: string } | undefined;
  const keyOf = (task: ParserTask, contextTask: ParserTask | undefined) => {
    if (task.kind !== 'mdx') return sha256(serialize(task));
    const current = context && context.task === contextTask ? context : { task: contextTask, digest: sha256(serialize(contextTask ?? null)) };
    context = current;
    return sha256(serialize([task, current.digest]));
  };
  const file = join(dir, `${checkerCode()}.bin`);
  let stored = new Map<string, ParserReply>();
  try {
    if (existsSync(file)) stored = deserialize(readFileSync(file)) as Map<string, ParserReply>;
  } catch {
    // A damaged file (a build stopped while writing it, say) costs one full check, nothing else
  }
  const used = new Map<string, ParserReply>();
  let added = 0;
  return {
    get(task, context) {
      const key = keyOf(task, context);
      const reply = used.get(key) ?? stored.get(key);
      if (reply) used.set(key, reply);
      return reply;
    },
    set(task, context, reply) {
      used.set(keyOf(task, context), reply);
      added++;
    },
    save() {
      if (added === 0 && used.size === stored.size) return;
      mkdirSync(dir, { recursive: true });
      // Written aside, then renamed: checks that run at once (the tests') never read half a file
      const partial = `${file}.${process.pid}`;
      writeFileSync(partial, serialize(used));
      renameSync(partial, file);
      for (const other of readdirSync(dir)) if (join(dir, other) !== file && !other.includes('.bin.')) rmSync(join(dir, other), { force: true });
    },
  };
}
