import { randomBytes } from 'node:crypto';
import { eq, schema } from '@karvan/db';
import { TestClient } from './client.ts';
import type { TestApp } from './harness.ts';

export const TEST_PASSWORD = 'correct horse battery';

/** Registers a new user through the API and returns a signed-in client. */
export async function signUp(
  t: TestApp,
  options: {
    email?: string;
    name?: string;
    locale?: string;
    platformRoles?: Array<'admin' | 'agency-officer'>;
  } = {},
) {
  const email = options.email ?? `user-${randomBytes(4).toString('hex')}@example.com`;
  const client = new TestClient(t.app, { locale: options.locale ?? 'en' });
  const response = await client.post('/api/v1/auth/register', {
    email,
    password: TEST_PASSWORD,
    name: options.name ?? 'Test User',
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${response.text}`);
  const userId = response.body.user.id as string;
  if (options.platformRoles?.length) {
    await t.deps.db
      .update(schema.users)
      .set({ platformRoles: options.platformRoles })
      .where(eq(schema.users.id, userId));
  }
  return { client, email, userId };
}

/** Creates an organisation owned by `client`'s user. */
export async function createOrganization(
  client: TestClient,
  overrides: Partial<{ name: Record<string, string>; kind: string; country: string; province: string }> = {},
) {
  const response = await client.post('/api/v1/organizations', {
    name: { en: `Org ${randomBytes(3).toString('hex')}` },
    kind: 'company',
    country: 'IR',
    province: 'IR-08',
    ...overrides,
  });
  if (response.status !== 201)
    throw new Error(`create organization failed: ${response.status} ${response.text}`);
  return response.body as { id: string; slug: string };
}
