import { Worker } from 'node:worker_threads';
import type { CheckMessage } from './check-import-file.ts';
import type { TableFormat } from './read-table-file.ts';

const WORKER_ENTRY = new URL('./check-import-file.worker.mjs', import.meta.url);

/**
 * `checkImportFile` in a worker thread: reading, checking and the search texts are most of an
 * import's work, and here they run beside the database writes (on the second core) instead of
 * blocking the event loop that serves requests. The worker checks the next batch while the
 * caller stores this one; it goes on when the caller asks for the next message.
 */
export async function* checkImportFileInWorker(
  path: string,
  format: TableFormat,
): AsyncGenerator<CheckMessage> {
  const worker = new Worker(WORKER_ENTRY, { workerData: { path, format } });
  const inbox: CheckMessage[] = [];
  let failure: unknown = null;
  let hasExited = false;
  let wake = () => {};
  worker.on('message', (message: CheckMessage) => {
    inbox.push(message);
    wake();
  });
  worker.on('error', (error) => {
    failure = error;
    wake();
  });
  worker.on('exit', () => {
    hasExited = true;
    wake();
  });
  try {
    for (;;) {
      while (!inbox.length && !failure && !hasExited) await new Promise<void>((resolve) => (wake = resolve));
      const message = inbox.shift();
      if (!message) throw failure ?? new Error('the import check ended without an answer');
      yield message;
      if (message.kind === 'done' || message.kind === 'failed') return;
      worker.postMessage('next');
    }
  } finally {
    await worker.terminate();
  }
}
