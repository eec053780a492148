import type { OpportunityStatus } from '@karvan/domain/opportunity';
import { type Actor, hasPlatformRole } from '../../platform/policy.ts';

/**
 * Resource-level rules for opportunities. `isMember` says whether the actor belongs to the
 * owner organisation. Agency officers and administrators vet (publish, return) and may act on
 * any opportunity; the command line acts as the platform. Each rule is tested both ways in
 * opportunities.policies.test.ts, and every route is walked with every role in the route tests.
 */
const isOfficer = (actor: Actor) =>
  hasPlatformRole(actor, 'agency-officer') || hasPlatformRole(actor, 'admin');
const isOwnerSide = (actor: Actor, isMember: boolean) => isMember || isOfficer(actor);

export const opportunityPolicies = {
  isOfficer,
  /** Published opportunities are public; the others only for their owners and the vetting officers. */
  canView: (actor: Actor, status: OpportunityStatus, isMember: boolean) =>
    status === 'published' || isOwnerSide(actor, isMember),
  /** Investors must sign in to see whom to contact. */
  canSeeContact: (actor: Actor) => actor.kind === 'user' || actor.kind === 'system',
  canCreate: (actor: Actor, isMember: boolean) => isOwnerSide(actor, isMember),
  /** Owners keep their opportunity current while it is open; a closed one is history. */
  canEdit: (actor: Actor, status: OpportunityStatus, isMember: boolean) =>
    isOfficer(actor) || (isMember && status !== 'closed'),
  canSubmit: (actor: Actor, status: OpportunityStatus, isMember: boolean) =>
    isOwnerSide(actor, isMember) && (status === 'draft' || status === 'returned'),
  /** Officers publish what was submitted, or a draft they prepared or imported themselves. */
  canPublish: (actor: Actor, status: OpportunityStatus) =>
    isOfficer(actor) && (status === 'submitted' || status === 'draft' || status === 'returned'),
  canReturn: (actor: Actor, status: OpportunityStatus) => isOfficer(actor) && status === 'submitted',
  canClose: (actor: Actor, status: OpportunityStatus, isMember: boolean) =>
    isOwnerSide(actor, isMember) && status === 'published',
  canViewTimeline: (actor: Actor, isMember: boolean) => isOwnerSide(actor, isMember),
  canImport: (actor: Actor, isMember: boolean) => isOwnerSide(actor, isMember),
  /** Only the platform publishes on import: officers, administrators and the command line. */
  canPublishOnImport: (actor: Actor) => isOfficer(actor),
} as const;
