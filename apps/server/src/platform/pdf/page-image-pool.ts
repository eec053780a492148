import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** One page to draw: the whole PDF, the page (from 1), the watermark lines and the scale. */
export interface PageImageJob {
  pdf: Uint8Array;
  page: number;
  lines: string[];
  scale: number;
}

export type PageImageReply = { id: number; png: Uint8Array } | { id: number; error: string };

const WORKER_ENTRY = new URL('./page-image.worker.mjs', import.meta.url);

interface Job {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

/** Taken synchronously when a slot is handed out, so two callers in one tick never share a worker. */
const CLAIMED: Job = { resolve: () => {}, reject: () => {} };

interface Slot {
  worker: Worker;
  /** The job this worker is drawing (one at a time), or null when idle. */
  job: Job | null;
}

/**
 * Watermarked page images drawn in worker threads. Parsing and rasterising a page takes a few
 * hundred milliseconds of CPU; on the event loop that would stall every other request for as
 * long, so pages are drawn beside it, at most `size` at once, the rest waiting in line. Workers
 * start on first use and do not keep the process alive while idle.
 */
export function createPageImagePool(size = Math.max(1, Math.min(2, availableParallelism()))) {
  const slots: Slot[] = [];
  const waiting: Array<() => void> = [];

  const finish = (slot: Slot) => {
    slot.job = null;
    slot.worker.unref();
    waiting.shift()?.();
  };

  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(WORKER_ENTRY), job: null };
    slot.worker.on('message', (reply: PageImageReply) => {
      const job = slot.job;
      finish(slot);
      if ('png' in reply)
        job?.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
      else job?.reject(new Error(reply.error));
    });
    // A crashed worker fails its own job and leaves the pool; later jobs start a fresh one.
    const drop = (error: Error) => {
      const index = slots.indexOf(slot);
      if (index < 0) return;
      slots.splice(index, 1);
      const job = slot.job;
      finish(slot);
      job?.reject(error);
    };
    slot.worker.on('error', drop);
    slot.worker.on('exit', (code) => drop(new Error(`page worker exited with code ${code}`)));
    slots.push(slot);
    return slot;
  };

  const acquire = async (): Promise<Slot> => {
    for (;;) {
      const slot =
        slots.find((candidate) => candidate.job === null) ?? (slots.length < size ? start() : null);
      if (slot) {
        slot.job = CLAIMED;
        return slot;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };

  return {
    async render(job: PageImageJob): Promise<Buffer> {
      const slot = await acquire();
      // A copy moves to the worker: transferring the caller's own buffer would empty it under the
      // caller (the viewer keeps converted office PDFs in a cache).
      const pdf = job.pdf.slice();
      return new Promise<Buffer>((resolve, reject) => {
        slot.job = { resolve, reject };
        slot.worker.ref();
        slot.worker.postMessage({ ...job, pdf, id: 0 }, [pdf.buffer as ArrayBuffer]);
      });
    },
    async close(): Promise<void> {
      const all = slots.splice(0);
      await Promise.all(all.map((slot) => slot.worker.terminate()));
    },
  };
}

export type PageImagePool = ReturnType<typeof createPageImagePool>;

let shared: PageImagePool | null = null;

/** The process's pool, shared by every request. */
export function sharedPageImagePool(): PageImagePool {
  shared ??= createPageImagePool();
  return shared;
}
