import { OPPORTUNITY_STATUSES, type OpportunityStatus } from '@karvan/domain/opportunity';
import { describe, expect, it } from 'vitest';
import { ROLES_AROUND_AN_OWNER } from '../../test/actors.ts';
import { financeModelPolicies as can, type ModelVisibility } from './finance.policies.ts';

/** Every role; the signed-in outsider is the investor reading a published opportunity. */
const { outsider: investor, ...others } = ROLES_AROUND_AN_OWNER;
const ROLES = { ...others, investor: investor! };

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
