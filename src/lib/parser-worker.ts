// The parser thread (see parser-thread.ts): parses one file at a time and tells the waiting main thread
// through shared memory when its answer is ready.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { checkMdxBody, type MdxContext } from './check-mdx.ts';
import { IDLE, type ParserReply, type ParserTask } from './parser-protocol.ts';
import { parseYaml } from './yaml-file.ts';

const { state, replies } = workerData as { state: SharedArrayBuffer; replies: MessagePort };
const flag = new Int32Array(state);
let context: Omit<MdxContext, 'entryImages'> = { knownPaths: new Set(), glossaryIds: new Set() };

function run(task: Exclude<ParserTask, { kind: 'context' }>): ParserReply {
  try {
    if (task.kind === 'yaml') return { value: parseYaml(task.text, task.firstLine) };
    return { value: checkMdxBody(task.body, task.firstLine, { ...context, entryImages: new Set(task.entryImages) }) };
  } catch (error) {
    return { error: String(error) };
  }
}

parentPort?.on('message', (task: ParserTask) => {
  if (task.kind === 'context') {
    context = { knownPaths: new Set(task.knownPaths), glossaryIds: new Set(task.glossaryIds) };
    return;
  }
  const reply = run(task);
  try {
    replies.postMessage(reply);
  } catch (error) {
    // Data too deep or too strange to copy between threads
    replies.postMessage({ error: String(error) } satisfies ParserReply);
  }
  Atomics.store(flag, 0, IDLE);
  Atomics.notify(flag, 0);
});

Atomics.store(flag, 0, IDLE);
Atomics.notify(flag, 0);
