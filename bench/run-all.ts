// Runs every benchmark module under bench/ (files named *.bench.ts exporting `run()`), in path order.
import { readdirSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

function findBenchmarks(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findBenchmarks(path);
      return entry.name.endsWith('.bench.ts') ? [path] : [];
    })
    .sort();
}

const filter = process.argv[2];
const cpus = os.cpus();
console.log(
  `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`,
);
for (const path of findBenchmarks(root)) {
  const name = relative(root, path);
  if (filter && !name.includes(filter)) continue;
  console.log(`\n== ${name}`);
  const module = (await import(pathToFileURL(path).href)) as { run?: () => unknown };
  if (typeof module.run !== 'function') throw new Error(`${name} exports no run()`);
  await module.run();
}
