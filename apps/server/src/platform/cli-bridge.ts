import { createServer, request, type Server } from 'node:http';
import type { LockOwner } from '@karvan/db';
import { generateSecret, isEqualSecret } from './secrets.ts';

/** What a command printed and how it ended. */
export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export type CommandRunner = (argv: string[]) => Promise<CommandResult>;

const MAX_REQUEST_BYTES = 64 * 1024;

/**
 * The command line's way into a running embedded server. Only one process may open the PGlite
 * data directory, so while the server holds it, `karvan <command>` sends its argv here and prints
 * what the server's run of the same command printed. It listens on loopback only, on a random
 * port, and needs the secret written into the lock's owner record (mode 0600, in the data dir).
 */
export async function startCliBridge(
  run: CommandRunner,
): Promise<{ port: number; secret: string; server: Server }> {
  const secret = generateSecret();
  const server = createServer((req, res) => {
    const answer = (status: number, body: CommandResult) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const given = req.headers['x-karvan-bridge-secret'];
    if (req.method !== 'POST' || typeof given !== 'string' || !isEqualSecret(given, secret)) {
      return answer(403, { exitCode: 1, stdout: '', stderr: 'forbidden\n' });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      let argv: string[];
      try {
        argv = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { argv: string[] }).argv;
        if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string')) throw new Error('argv');
      } catch {
        return answer(400, { exitCode: 2, stdout: '', stderr: 'bad request\n' });
      }
      run(argv).then(
        (result) => answer(200, result),
        (error: Error) => answer(200, { exitCode: 1, stdout: '', stderr: `${error.message}\n` }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('CLI bridge did not get a port');
  return { port: address.port, secret, server };
}

/** Sends a command to the server that holds the data directory. */
export function forwardToServer(owner: LockOwner, argv: string[]): Promise<CommandResult> {
  const bridge = owner.bridge;
  if (!bridge)
    return Promise.reject(new Error('The process holding the data directory accepts no commands.'));
  const body = JSON.stringify({ argv });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: 'POST',
        path: '/',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-karvan-bridge-secret': bridge.secret,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as CommandResult);
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
