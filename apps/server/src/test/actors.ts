import type { Actor, PlatformRole } from '../platform/policy.ts';

/** A signed-in user as the policy functions see one (no database behind it). */
export const testUser = (id = 'u', roles: PlatformRole[] = []): Actor => ({
  kind: 'user',
  userId: id,
  email: `${id}@example.com`,
  name: id,
  platformRoles: roles,
  via: 'session',
  credentialId: 's',
});

/**
 * Every kind of caller a resource rule must answer for, each with whether it belongs to the
 * organisation that owns the resource. `outsider` is a signed-in user of another organisation.
 */
export const ROLES_AROUND_AN_OWNER: Record<string, [Actor, boolean]> = {
  anonymous: [{ kind: 'anonymous' }, false],
  outsider: [testUser(), false],
  member: [testUser(), true],
  officer: [testUser('u', ['agency-officer']), false],
  admin: [testUser('u', ['admin']), false],
  cli: [{ kind: 'system', name: 'cli' }, false],
};
