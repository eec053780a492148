import { type Actor, hasPlatformRole } from '../../platform/policy.ts';
import type { OrganizationRole } from './organizations.schemas.ts';

/**
 * Resource-level rules for organisations. `role` is the actor's role in the organisation in
 * question (null when not a member). Each is tested both ways in organizations.policies.test.ts.
 */
export const organizationPolicies = {
  /** Profiles are public: the directory is how partners find each other. */
  canView: (_actor: Actor, _role: OrganizationRole | null) => true,
  canCreate: (actor: Actor) => actor.kind === 'user' || actor.kind === 'system',
  /** Members see each other; platform admins see all (support). */
  canListMembers: (actor: Actor, role: OrganizationRole | null) =>
    role !== null || hasPlatformRole(actor, 'admin'),
  canEditProfile: (actor: Actor, role: OrganizationRole | null) =>
    role === 'owner' || hasPlatformRole(actor, 'admin'),
  canManageMembers: (actor: Actor, role: OrganizationRole | null) =>
    role === 'owner' || hasPlatformRole(actor, 'admin'),
  /** Anyone may leave; removing somebody else needs canManageMembers. */
  canRemoveMember: (actor: Actor, role: OrganizationRole | null, targetUserId: string) =>
    (actor.kind === 'user' && actor.userId === targetUserId && role !== null) ||
    organizationPolicies.canManageMembers(actor, role),
} as const;
