import { fileURLToPath } from 'node:url';
import { connectPglite } from '@karvan/db';
import { buildApp } from './app.ts';
import { createMailer } from './platform/mailer.ts';

export const OPENAPI_FILE = fileURLToPath(new URL('../openapi.json', import.meta.url));

/** The OpenAPI document as committed: generated from the route schemas, stable key order. */
export async function generateOpenApiDocument(): Promise<string> {
  // Building the app needs a database handle; nothing is queried, so an empty in-memory one will do.
  const handle = await connectPglite({});
  try {
    const app = await buildApp({
      db: handle.db,
      databaseKind: 'pglite',
      config: {
        publicUrl: 'http://localhost:3000',
        webDistDir: null,
        dataDir: null,
        isSecureCookies: false,
        version: '0.1.0',
        authRateLimitPerMinute: 20,
        dataroom: { maxFileBytes: 2 * 1024 ** 3, maxRoomBytes: 20 * 1024 ** 3, officeConverter: null },
      },
      mailer: createMailer({ smtpUrl: null, from: 'x', logger: { info() {}, warn() {} } }),
      now: () => new Date(),
    });
    const document = JSON.stringify(app.swagger(), null, 2);
    await app.close();
    return `${document}\n`;
  } finally {
    await handle.close();
  }
}
