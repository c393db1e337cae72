import type { Workbox } from 'workbox-window';
import type { Lang } from '../lib/languages.ts';
import { formatSize, type LanguageCopy, type WorkerReply } from '../lib/offline.ts';
import { onWorkerMessage } from './site-worker.ts';

interface Strings {
  size: string;
  downloading: string;
  kept: string;
  removed: string;
  failed: string;
  unsupported: string;
}

/** How long a download may go without a word of progress before the page asks whether it still runs */
const STALL_MS = 5000;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

/** The button that keeps a language on the device, its size, its progress and the way to remove it. */
export async function setUpOfflineCopy(root: HTMLElement, worker: Workbox | undefined): Promise<void> {
  const lang = root.dataset.lang as Lang;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const keep = root.querySelector<HTMLButtonElement>('[data-offline-keep]')!;
  const remove = root.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
  const size = root.querySelector<HTMLElement>('[data-offline-size]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  if (!worker) {
    status.textContent = strings.unsupported;
    return;
  }

  const show = (copy: LanguageCopy | undefined, said?: string) => {
    size.textContent = copy ? fill(strings.size, { size: formatSize(copy.bytes, lang) }) : '';
    keep.hidden = copy?.kept ?? false;
    keep.disabled = copy?.downloading ?? false;
    remove.hidden = !copy?.kept;
    progress.hidden = !copy?.downloading;
    status.textContent = said ?? (copy?.kept ? strings.kept : '');
  };
  const ask = async (message: object): Promise<LanguageCopy | undefined> => {
    // Only the worker in use serves the copy: a message waits for it.
    await worker.active;
    const reply = (await worker.messageSW(message)) as WorkerReply;
    if (!reply.ok) throw new Error(reply.error);
    return reply.copies[lang];
  };

  let heard = 0;
  onWorkerMessage((message) => {
    if (message.type !== 'progress' || message.lang !== lang) return;
    heard = Date.now();
    progress.hidden = false;
    progress.max = message.total;
    progress.value = message.done;
    status.textContent = fill(strings.downloading, { percent: Math.floor((100 * message.done) / Math.max(1, message.total)) });
  });
  keep.addEventListener('click', async () => {
    keep.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = fill(strings.downloading, { percent: 0 });
    heard = Date.now();
    // A browser may stop its worker mid-download (a busy or sleeping device), and the answer never comes:
    // a worker silent for a while is asked how the copy stands, and a copy no longer downloading has failed.
    let done = () => {};
    const stalled = new Promise<never>((_, reject) => {
      const check = setInterval(async () => {
        if (Date.now() - heard < STALL_MS) return;
        const copy = await ask({ type: 'status' }).catch(() => undefined);
        if (copy?.downloading || copy?.kept) return;
        clearInterval(check);
        reject(new Error('stopped'));
      }, STALL_MS);
      done = () => clearInterval(check);
    });
    try {
      show(await Promise.race([ask({ type: 'keep', lang }), stalled]));
    } catch {
      show(await ask({ type: 'status' }).catch(() => undefined), strings.failed);
    } finally {
      done();
    }
  });
  remove.addEventListener('click', async () => {
    remove.disabled = true;
    try {
      show(await ask({ type: 'remove', lang }), strings.removed);
    } catch {
      status.textContent = strings.failed;
    } finally {
      remove.disabled = false;
    }
  });
  try {
    show(await ask({ type: 'status' }));
  } catch {
    status.textContent = strings.unsupported;
  }
}
