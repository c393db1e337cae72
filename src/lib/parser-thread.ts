import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { MdxCheck } from './check-mdx.ts';
import type { ParseCache } from './parse-cache.ts';
import { BUSY, IDLE, STARTING, type ParserReply, type ParserTask } from './parser-protocol.ts';
import type { YamlOutcome } from './yaml-file.ts';

/**
 * Parsing under a time limit. Some short texts keep a parser busy for minutes (80 KB of `*a*a*a…` takes
 * the Markdown parser over a minute, 10 KB of `- - - …` half a minute, 20,000 YAML keys as long), and no
 * list of such texts is ever complete. So every file is parsed in a worker thread while the checker waits for it, synchronously,
 * with a deadline: a file that misses it is parsed once more on a new thread, and reported if it misses
 * that deadline too. (The first deadline alone failed ordinary files twice at 5,000 and 10,000 pages, on
 * a 2-core machine that the cold build's other processes kept busy: a stall of the machine, not the text.)
 */

/** Far above what any entry takes (a few milliseconds; the largest allowed file, 512 KB of prose, about a second). */
export const PARSE_TIME_LIMIT_MS = 3000;
/** Loading the parsers is not part of any file's time; on a loaded machine it can take seconds. */
const STARTUP_LIMIT_MS = 60_000;

/** A file's parse: its result, or the thread ran out of time, or it failed (a fault of the checker, not of the file) */
export type Parsed<T> = { value: T } | { timedOut: true; attempts: number } | { error: string };

const ATTEMPTS = 2;

class ParserThread {
  readonly flag = new Int32Array(new SharedArrayBuffer(4));
  readonly replies: MessagePort;
  readonly worker: Worker;
  /** The context the thread holds, so that a check sends its own once */
  context?: ParserTask;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.replies = port1;
    this.worker = new Worker(new URL('./parser-worker.ts', import.meta.url), {
      workerData: { state: this.flag.buffer, replies: port2 },
      transferList: [port2],
      // A text that makes the parser hoard memory ends the thread, not the check
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    // An idle thread must not keep a finished check's process alive
    this.worker.unref();
    this.replies.unref();
  }

  run(task: ParserTask, limitMs: number): ParserReply | undefined {
    if (Atomics.wait(this.flag, 0, STARTING, STARTUP_LIMIT_MS) === 'timed-out') {
      throw new Error(`The content parser thread did not start within ${STARTUP_LIMIT_MS / 1000} s`);
    }
    Atomics.store(this.flag, 0, BUSY);
    this.worker.postMessage(task);
    if (Atomics.wait(this.flag, 0, BUSY, limitMs) === 'timed-out' && Atomics.load(this.flag, 0) !== IDLE) return undefined;
    return receiveMessageOnPort(this.replies)?.message as ParserReply | undefined;
  }

  send(task: ParserTask) {
    this.worker.postMessage(task);
  }
}

/** One thread serves every check of the process, so that tests and the dev server load the parsers once. */
let thread: ParserThread | undefined;

export interface Parser {
  yaml(text: string, firstLine: number): Parsed<YamlOutcome>;
  mdx(body: string, firstLine: number, entryImages: Iterable<string>): Parsed<MdxCheck>;
  /** Pages and glossary terms for the MDX checks that follow */
  setContext(knownPaths: Iterable<string>, glossaryIds: Iterable<string>): void;
}

/** A parser under `limitMs` a file; with a cache, a text parsed by an earlier check is not parsed again. */
export function openParser(limitMs = PARSE_TIME_LIMIT_MS, cache?: ParseCache): Parser {
  let context: ParserTask | undefined;
  const run = <T>(task: ParserTask): Parsed<T> => {
    const known = cache?.get(task, context);
    if (known) return known as Parsed<T>;
    const parsed = parse<T>(task);
    // Only a text's own outcome is kept: not a time-out, which a busy machine can cause, nor a checker fault
    if ('value' in parsed) cache?.set(task, context, parsed as ParserReply);
    return parsed;
  };
  const parse = <T>(task: ParserTask): Parsed<T> => {
    for (let attempt = 1; ; attempt++) {
      thread ??= new ParserThread();
      if (context && thread.context !== context) {
        thread.send(context);
        thread.context = context;
      }
      const reply = thread.run(task, limitMs);
      if (reply) return reply as Parsed<T>;
      void thread.worker.terminate();
      thread = undefined;
      if (attempt === ATTEMPTS) return { timedOut: true, attempts: attempt };
    }
  };
  return {
    yaml: (text, firstLine) => run({ kind: 'yaml', text, firstLine }),
    mdx: (body, firstLine, entryImages) => run({ kind: 'mdx', body, firstLine, entryImages: [...entryImages] }),
    setContext(knownPaths, glossaryIds) {
      context = { kind: 'context', knownPaths: [...knownPaths], glossaryIds: [...glossaryIds] };
    },
  };
}
