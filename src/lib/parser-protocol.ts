import type { MdxCheck } from './check-mdx.ts';
import type { YamlOutcome } from './yaml-file.ts';

/** What the main thread and the parser thread say to each other (see parser-thread.ts). */

/** States of the shared flag: the thread is loading, waits for a task, or works on one. */
export const STARTING = 0;
export const IDLE = 1;
export const BUSY = 2;

export type ParserTask =
  /** The site's pages and glossary terms, sent once per check rather than with every text */
  | { kind: 'context'; knownPaths: string[]; glossaryIds: string[] }
  | { kind: 'yaml'; text: string; firstLine: number }
  | { kind: 'mdx'; body: string; firstLine: number; entryImages: string[] };

export type ParserReply = { value: YamlOutcome | MdxCheck } | { error: string };
