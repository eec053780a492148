import { OPPORTUNITY_STATUSES, type OpportunityStatus } from '@karvan/domain/opportunity';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/policy.ts';
import { financeModelPolicies as can, type ModelVisibility } from './finance.policies.ts';

const user = (roles: Array<'admin' | 'agency-officer'> = []): Actor => ({
  kind: 'user',
  userId: 'u',
  email: 'u@example.com',
  name: 'u',
  platformRoles: roles,
  via: 'session',
  credentialId: 's',
});

/** Every role, with whether it belongs to the organisation that owns the opportunity. */
const ROLES: Record<string, [Actor, boolean]> = {
  anonymous: [{ kind: 'anonymous' }, false],
  investor: [user(), false],
  member: [user(), true],
  officer: [user(['agency-officer']), false],
  admin: [user(['admin']), false],
  cli: [{ kind: 'system', name: 'cli' }, false],
};

const ALL = [...OPPORTUNITY_STATUSES];
const OWNER_SIDE = ['member', 'officer', 'admin', 'cli'];

describe('financial model policies: every role, status and visibility', () => {
  it('canRead: the owner side always; other signed-in users only investors models of published opportunities', () => {
    for (const [role, [actor, isMember]] of Object.entries(ROLES)) {
      for (const visibility of ['owners', 'investors'] as ModelVisibility[]) {
        const allowed = ALL.filter((status: OpportunityStatus) =>
          can.canRead(actor, status, isMember, visibility),
        );
        const expected = OWNER_SIDE.includes(role)
          ? ALL
          : role === 'investor' && visibility === 'investors'
            ? ['published']
            : [];
        expect(allowed, `${role} reading ${visibility}`).toEqual(expected);
      }
    }
  });

  it('create, edit and delete: the owner side only', () => {
    const answers = Object.fromEntries(
      Object.entries(ROLES).map(([role, [actor, isMember]]) => [
        role,
        [can.canCreate(actor, isMember), can.canEdit(actor, isMember), can.canDelete(actor, isMember)],
      ]),
    );
    expect(answers).toEqual({
      anonymous: [false, false, false],
      investor: [false, false, false],
      member: [true, true, true],
      officer: [true, true, true],
      admin: [true, true, true],
      cli: [true, true, true],
    });
  });
});
