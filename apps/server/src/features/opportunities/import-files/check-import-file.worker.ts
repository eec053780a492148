// A worker thread's entry: checks one uploaded file off the main thread (see check-in-worker.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { checkImportFile } from './check-import-file.ts';
import type { TableFormat } from './read-table-file.ts';

const port = parentPort;
if (!port) throw new Error('check-import-file.worker.ts runs only as a worker thread');
const { path, format } = workerData as { path: string; format: TableFormat };

// One batch in flight: the next is checked while the main thread stores this one, and checked
// rows never pile up in memory when the database is the slower side.
const acks: Array<() => void> = [];
port.on('message', () => acks.shift()?.());
let stored: Promise<void> = Promise.resolve();
for await (const message of checkImportFile(path, format)) {
  await stored;
  stored = new Promise((resolve) => acks.push(resolve));
  port.postMessage(message);
}
port.close();
