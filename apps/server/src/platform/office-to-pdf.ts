import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Office documents (docx, xlsx, pptx, odt…) become PDF through an external converter that the
 * installation names in `KARVAN_OFFICE_CONVERTER` — normally LibreOffice (`soffice`). It is run
 * the way LibreOffice expects: `<command> --headless --convert-to pdf --outdir <dir> <file>`,
 * without a shell (the file name is ours, but no string is ever interpreted), in a private
 * temporary directory that is removed afterwards, with a time limit so a hostile document cannot
 * hold a worker. Without a converter, office documents are offered for download only.
 */
export interface OfficeConverter {
  toPdf(bytes: Uint8Array, extension: string): Promise<Uint8Array>;
}

export class ConversionFailed extends Error {
  constructor(readonly reason: string) {
    super(`office conversion failed: ${reason}`);
    this.name = 'ConversionFailed';
  }
}

const SAFE_EXTENSION = /^[a-z0-9]{1,8}$/;

export function createOfficeConverter(
  command: string,
  options: { timeoutMs?: number } = {},
): OfficeConverter {
  const timeout = options.timeoutMs ?? 120_000;
  return {
    async toPdf(bytes, extension) {
      const ext = SAFE_EXTENSION.test(extension) ? extension : 'bin';
      const dir = await mkdtemp(join(tmpdir(), 'karvan-convert-'));
      try {
        const input = join(dir, `document.${ext}`);
        const outDir = join(dir, 'out');
        await writeFile(input, bytes);
        await run(command, ['--headless', '--convert-to', 'pdf', '--outdir', outDir, input], timeout, dir);
        const produced = (await readdir(outDir).catch(() => [])).find((name) => name.endsWith('.pdf'));
        if (!produced) throw new ConversionFailed('the converter wrote no PDF');
        return new Uint8Array(await readFile(join(outDir, produced)));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

function run(command: string, args: string[], timeout: number, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // HOME points into the private directory: LibreOffice writes its profile there, so parallel
    // conversions do not fight over one profile lock.
    const env = { ...process.env, HOME: cwd };
    execFile(command, args, { timeout, cwd, env, maxBuffer: 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error)
        reject(
          new ConversionFailed(error.killed ? 'timed out' : String(stderr || error.message).slice(0, 500)),
        );
      else resolve();
    });
  });
}
