import { AppError } from './errors.ts';

export const PLATFORM_ROLES = ['admin', 'agency-officer'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** Who is calling. Every request has one, set by the authentication hook before anything else. */
export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      email: string;
      name: string;
      platformRoles: PlatformRole[];
      via: 'session' | 'token';
      /** The session or token id the call came with. */
      credentialId: string;
    }
  /** The command line or the start-up seeding: it acts as the platform. */
  | { kind: 'system'; name: string };

export type UserActor = Extract<Actor, { kind: 'user' }>;

/**
 * A route's gate: a named predicate over the actor alone. Every route names one (a test walks
 * them all). Decisions that need the resource — is this user an owner of *this* organisation —
 * are the capability's own policy functions (`features/<x>/<x>.policies.ts`), called by its service.
 */
export interface RoutePolicy {
  name: string;
  describe: string;
  allows(actor: Actor): boolean;
}

const isUser = (actor: Actor): actor is UserActor => actor.kind === 'user';

export const hasPlatformRole = (actor: Actor, role: PlatformRole): boolean =>
  actor.kind === 'system' || (isUser(actor) && actor.platformRoles.includes(role));

export const routePolicies = {
  public: { name: 'public', describe: 'Anyone, signed in or not.', allows: () => true },
  signedIn: { name: 'signedIn', describe: 'Any signed-in user or API token.', allows: isUser },
  platformAdmin: {
    name: 'platformAdmin',
    describe: 'Platform administrators only.',
    allows: (actor) => hasPlatformRole(actor, 'admin'),
  },
} as const satisfies Record<string, RoutePolicy>;

/** Throws the right error for a refused actor: 401 when nobody is signed in, 403 otherwise. */
export function deny(actor: Actor): never {
  throw new AppError(actor.kind === 'anonymous' ? 'auth.required' : 'auth.forbidden');
}

/** Narrows to a signed-in user or throws 401. */
export function requireUser(actor: Actor): UserActor {
  if (!isUser(actor)) throw new AppError('auth.required');
  return actor;
}

/** Who an audit entry is attributed to. */
export function auditActorOf(actor: Actor): { actorUserId: string | null; actorKind: string } {
  if (actor.kind === 'user') return { actorUserId: actor.userId, actorKind: `user:${actor.via}` };
  if (actor.kind === 'system') return { actorUserId: null, actorKind: `system:${actor.name}` };
  return { actorUserId: null, actorKind: 'anonymous' };
}
