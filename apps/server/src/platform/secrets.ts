import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A random secret of 32 bytes, URL-safe. Used for session cookies, API tokens and reset links. */
export const generateSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Only this digest of a session, token or reset secret is stored, so a leaked database opens nothing. */
export const digestSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Constant-time string comparison (CSRF tokens). */
export function isEqualSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

// argon2id with the OWASP 2023 minimum (19 MiB, 2 passes, 1 lane): ~30 ms here.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id hash in PHC string form. */
export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_OPTIONS);

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false);

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check when the account does not exist, so timing tells nothing. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('karvan-dummy-password');
  await verifyPassword(await dummyHash, password);
}
