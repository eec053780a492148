// Test support (not shipped code): a stand-in converter with LibreOffice's command line.
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A stand-in for LibreOffice with the same command line: it really runs as a separate process,
// reads the input named last and writes `<name>.pdf` into --outdir (a one-page PDF with the
// input's byte count), so the converter's process, directory and clean-up handling are exercised.
export async function fakeSoffice(body: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fake-soffice-'));
  const script = join(dir, 'soffice');
  await writeFile(script, `#!/usr/bin/env node\n${body}\n`);
  await chmod(script, 0o755);
  return script;
}

export const WRITES_PDF = `
const fs = require('node:fs'); const path = require('node:path');
const args = process.argv.slice(2);
const out = args[args.indexOf('--outdir') + 1]; const input = args[args.length - 1];
if (!args.includes('--headless') || args[args.indexOf('--convert-to') + 1] !== 'pdf') process.exit(3);
fs.mkdirSync(out, { recursive: true });
const size = fs.statSync(input).size;
// Smallest valid PDF with one page: enough for pdf-lib to load.
const pdf = '%PDF-1.4\\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 ' + size + ' 100]>>endobj\\ntrailer<</Root 1 0 R>>\\n%%EOF';
fs.writeFileSync(path.join(out, path.basename(input).replace(/\\.[^.]+$/, '') + '.pdf'), pdf);
`;
