// Streams 1 GiB through the data room's file store and reports peak RSS and throughput. Run by
// dataroom.bench.ts in a process of its own (it imports nothing else, so RSS is the store's):
//   npx tsx bench/dataroom/store-write.ts
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createFileStore } from '../../node_modules/@karvan/server/src/platform/file-store/file-store.ts';

export const STORE_BYTES = 1024 ** 3;
const RSS_TARGET_MIB = 150;
const MiB = 1024 * 1024;

/** `total` bytes of pseudo-random data (so nothing compresses or dedupes), generated as read. */
export function generatedStream(total: number): Readable {
  let sent = 0;
  let seed = 0x9e3779b9;
  const chunk = Buffer.alloc(256 * 1024);
  return new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      for (let i = 0; i < chunk.length; i += 4) {
        seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
        chunk.writeUInt32LE(seed, i);
      }
      const size = Math.min(chunk.length, total - sent);
      sent += size;
      this.push(Buffer.from(chunk.subarray(0, size)));
    },
  });
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'karvan-bench-files-'));
  try {
    const store = createFileStore(root);
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    const start = performance.now();
    const staged = await store.write(generatedStream(STORE_BYTES), { maxBytes: 2 * STORE_BYTES });
    await staged.commit();
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
    console.log(
      `  store.write + commit, 1 GiB generated stream: ${seconds.toFixed(1)} s, ${(STORE_BYTES / MiB / seconds).toFixed(0)} MiB/s ` +
        `(generating the data included); RSS before ${(before / MiB).toFixed(0)} MiB, peak ${(peak / MiB).toFixed(0)} MiB; ` +
        `target < ${RSS_TARGET_MIB} MiB`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
