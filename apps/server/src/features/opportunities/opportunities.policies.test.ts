import { OPPORTUNITY_STATUSES, type OpportunityStatus } from '@karvan/domain/opportunity';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/policy.ts';
import { ROLES_AROUND_AN_OWNER as ROLES } from '../../test/actors.ts';
import { opportunityPolicies as can } from './opportunities.policies.ts';

/** The expected answer of each rule, written out per role: statuses where it is allowed. */
const ALL = [...OPPORTUNITY_STATUSES];
const EXPECTED: Record<string, Record<string, OpportunityStatus[]>> = {
  canView: {
    anonymous: ['published'],
    outsider: ['published'],
    member: ALL,
    officer: ALL,
    admin: ALL,
    cli: ALL,
  },
  canEdit: {
    anonymous: [],
    outsider: [],
    member: ['draft', 'submitted', 'returned', 'published'],
    officer: ALL,
    admin: ALL,
    cli: ALL,
  },
  canSubmit: {
    anonymous: [],
    outsider: [],
    member: ['draft', 'returned'],
    officer: ['draft', 'returned'],
    admin: ['draft', 'returned'],
    cli: ['draft', 'returned'],
  },
  canPublish: {
    anonymous: [],
    outsider: [],
    member: [],
    officer: ['draft', 'submitted', 'returned'],
    admin: ['draft', 'submitted', 'returned'],
    cli: ['draft', 'submitted', 'returned'],
  },
  canReturn: {
    anonymous: [],
    outsider: [],
    member: [],
    officer: ['submitted'],
    admin: ['submitted'],
    cli: ['submitted'],
  },
  canClose: {
    anonymous: [],
    outsider: [],
    member: ['published'],
    officer: ['published'],
    admin: ['published'],
    cli: ['published'],
  },
};

function allows(rule: string, actor: Actor, status: OpportunityStatus, isMember: boolean): boolean {
  switch (rule) {
    case 'canView':
      return can.canView(actor, status, isMember);
    case 'canEdit':
      return can.canEdit(actor, status, isMember);
    case 'canSubmit':
      return can.canSubmit(actor, status, isMember);
    case 'canPublish':
      return can.canPublish(actor, status);
    case 'canReturn':
      return can.canReturn(actor, status);
    default:
      return can.canClose(actor, status, isMember);
  }
}

describe('opportunity policies: every role in every status', () => {
  for (const [rule, byRole] of Object.entries(EXPECTED)) {
    it(rule, () => {
      for (const [role, [actor, isMember]] of Object.entries(ROLES)) {
        const allowed = ALL.filter((status) => allows(rule, actor, status, isMember));
        expect(allowed, `${rule} for ${role}`).toEqual(byRole[role]);
      }
    });
  }

  it('timeline, import and contact', () => {
    const answers = Object.fromEntries(
      Object.entries(ROLES).map(([role, [actor, isMember]]) => [
        role,
        [
          can.canViewTimeline(actor, isMember),
          can.canImport(actor, isMember),
          can.canPublishOnImport(actor),
          can.canSeeContact(actor),
        ],
      ]),
    );
    expect(answers).toEqual({
      anonymous: [false, false, false, false],
      outsider: [false, false, false, true],
      member: [true, true, false, true],
      officer: [true, true, true, true],
      admin: [true, true, true, true],
      cli: [true, true, true, true],
    });
  });
});
