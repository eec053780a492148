import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/policy.ts';
import { testUser } from '../../test/actors.ts';
import { organizationPolicies as can } from './organizations.policies.ts';

const user = testUser;

const anonymous: Actor = { kind: 'anonymous' };

describe('organisation policies, both ways', () => {
  it('canCreate: users and the platform may, anonymous may not', () => {
    expect(can.canCreate(user('a'))).toBe(true);
    expect(can.canCreate({ kind: 'system', name: 'cli' })).toBe(true);
    expect(can.canCreate(anonymous)).toBe(false);
  });
  it('canListMembers: members and admins may, outsiders and agency officers may not', () => {
    expect(can.canListMembers(user('a'), 'member')).toBe(true);
    expect(can.canListMembers(user('a', ['admin']), null)).toBe(true);
    expect(can.canListMembers(user('a'), null)).toBe(false);
    expect(can.canListMembers(user('a', ['agency-officer']), null)).toBe(false);
    expect(can.canListMembers(anonymous, null)).toBe(false);
  });
  it('canEditProfile and canManageMembers: owners and admins only', () => {
    for (const rule of [can.canEditProfile, can.canManageMembers]) {
      expect(rule(user('a'), 'owner')).toBe(true);
      expect(rule(user('a', ['admin']), null)).toBe(true);
      expect(rule(user('a'), 'member')).toBe(false);
      expect(rule(user('a'), null)).toBe(false);
    }
  });
  it('canRemoveMember: a member removes only themself; owners remove anyone', () => {
    expect(can.canRemoveMember(user('a'), 'member', 'a')).toBe(true);
    expect(can.canRemoveMember(user('a'), 'member', 'b')).toBe(false);
    expect(can.canRemoveMember(user('a'), null, 'a')).toBe(false);
    expect(can.canRemoveMember(user('a'), 'owner', 'b')).toBe(true);
  });
});
