import type { OpportunityStatus } from '@karvan/domain/opportunity';
import type { Actor } from '../../platform/policy.ts';
import { opportunityPolicies } from '../opportunities/opportunities.policies.ts';

export type ModelVisibility = 'owners' | 'investors';

/**
 * Resource rules for financial models. `isMember` says whether the actor belongs to the
 * organisation that owns the model's opportunity. The owner side (members, agency officers,
 * administrators, the command line) may do everything; other signed-in users may read a model
 * marked `investors` once its opportunity is published. Anyone refused reading gets 404 from the
 * service, never 403, so a model's existence is not revealed. (Data-room grants will refine
 * "investors" later.) Tested both ways for every role in finance.policies.test.ts.
 */
const isOwnerSide = (actor: Actor, isMember: boolean) => opportunityPolicies.canCreate(actor, isMember);

export const financeModelPolicies = {
  canRead: (actor: Actor, status: OpportunityStatus, isMember: boolean, visibility: ModelVisibility) =>
    isOwnerSide(actor, isMember) ||
    (actor.kind === 'user' && status === 'published' && visibility === 'investors'),
  canCreate: (actor: Actor, isMember: boolean) => isOwnerSide(actor, isMember),
  canEdit: (actor: Actor, isMember: boolean) => isOwnerSide(actor, isMember),
  canDelete: (actor: Actor, isMember: boolean) => isOwnerSide(actor, isMember),
} as const;
