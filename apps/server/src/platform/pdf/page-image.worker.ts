import { parentPort } from 'node:worker_threads';
import type { PageImageJob, PageImageReply } from './page-image-pool.ts';
import { watermarkedPageImage } from './watermarked-page-image.ts';

// One job at a time per worker; the pool hands out the next when this one answers.
parentPort!.on('message', async (job: PageImageJob & { id: number }) => {
  let reply: PageImageReply;
  try {
    const png = await watermarkedPageImage(job.pdf, job.page, job.lines, { scale: job.scale });
    reply = { id: job.id, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply, 'png' in reply ? [reply.png.buffer as ArrayBuffer] : []);
});
