import { randomBytes } from 'node:crypto';
import {
  type Locale,
  type LocalizedText,
  pickLocalizedText,
  toSearchIndexText,
  toSearchText,
} from '@karvan/domain';
import { appendAudit } from '../../platform/audit.ts';
import { cachedByVersion } from '../../platform/change-cache.ts';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { type Actor, deny, requireUser, type UserActor } from '../../platform/policy.ts';
import { decodeCursor, encodeCursor } from '../../platform/schemas.ts';
import { correctSearchText } from '../../platform/search-correction.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { fieldError } from '../../platform/validation-messages.ts';
import { findUserByEmail } from '../account/account.repository.ts';
import { invitationMail } from './organizations.mail.ts';
import { organizationPolicies as can } from './organizations.policies.ts';
import * as repo from './organizations.repository.ts';
import {
  COUNTRIES_WITH_PROVINCES,
  type OrganizationRole,
  type TCreateOrganizationRequest,
  type TListOrganizationsQuery,
  type TOrganization,
  type TUpdateOrganizationRequest,
} from './organizations.schemas.ts';

const INVITATION_LIFETIME_MS = 14 * 24 * 3600 * 1000;

const viewerIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);

/** All names and descriptions, normalised and segmented, for the search index. */
const searchTextOf = (name: LocalizedText, description: LocalizedText = {}) =>
  toSearchIndexText([...Object.values(name), ...Object.values(description)].join(' '));

/** A URL-safe slug from the Latin name when there is one, else `org`, plus a suffix when taken. */
export function slugBase(name: LocalizedText): string {
  const latin = (name.en ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return latin || 'org';
}

async function chooseSlug(db: AppDeps['db'], name: LocalizedText): Promise<string> {
  const base = slugBase(name);
  if (!(await repo.isSlugTaken(db, base))) return base;
  return `${base}-${randomBytes(3).toString('hex')}`;
}

async function assertPlace(db: AppDeps['db'], country: string, province: string | undefined, locale: Locale) {
  if (!(await repo.isKnownCountry(db, country))) {
    throw new AppError('validation.failed', { errors: [fieldError('country', 'country_unknown', locale)] });
  }
  const needsProvince = (COUNTRIES_WITH_PROVINCES as readonly string[]).includes(country);
  if (needsProvince && !province) {
    throw new AppError('validation.failed', {
      errors: [fieldError('province', 'province_required', locale)],
    });
  }
  if (province && (!needsProvince || !(await repo.isKnownProvince(db, country, province)))) {
    throw new AppError('validation.failed', {
      errors: [fieldError('province', 'province_mismatch', locale)],
    });
  }
}

export async function createOrganization(
  deps: AppDeps,
  actor: Actor,
  input: TCreateOrganizationRequest,
  locale: Locale,
  options: { ownerUserId?: string | null; isDemo?: boolean; slug?: string } = {},
): Promise<TOrganization> {
  if (!can.canCreate(actor)) deny(actor);
  await assertPlace(deps.db, input.country, input.province, locale);
  const ownerUserId = options.ownerUserId !== undefined ? options.ownerUserId : requireUser(actor).userId;
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const description = input.description ?? {};
    const values = {
      name: input.name,
      description,
      kind: input.kind,
      country: input.country,
      province: input.province ?? null,
      searchText: searchTextOf(input.name, description),
      isDemo: options.isDemo ?? false,
      now,
    };
    const slug = options.slug ?? (await chooseSlug(tx, input.name));
    // A concurrent create took the slug between our check and insert: a random suffix is free.
    const organizationId =
      (await repo.insertOrganization(tx, { ...values, slug })) ??
      (await repo.insertOrganization(tx, {
        ...values,
        slug: `${slugBase(input.name)}-${randomBytes(4).toString('hex')}`,
      }));
    if (!organizationId) throw new AppError('internal.error');
    if (ownerUserId) await repo.upsertMembership(tx, organizationId, ownerUserId, 'owner', now);
    await appendAudit(
      tx,
      actor,
      {
        action: 'organization.created',
        subjectType: 'organization',
        subjectId: organizationId,
        data: { kind: input.kind },
      },
      now,
    );
    return (await repo.findOrganization(tx, organizationId, ownerUserId))!;
  });
}

export async function getOrganization(deps: AppDeps, actor: Actor, idOrSlug: string): Promise<TOrganization> {
  const organization = await repo.findOrganization(deps.db, idOrSlug, viewerIdOf(actor));
  if (!organization || !can.canView(actor, organization.myRole)) throw new AppError('resource.not_found');
  return organization;
}

/**
 * One page of the directory. When the text finds nothing, misspelt words are corrected against the
 * known ones; when the text as typed matched anything every word is known and nothing changes, so
 * later pages of a corrected search take the same path.
 */
async function listWithCorrection(deps: AppDeps, filter: repo.OrganizationFilter, viewerId: string | null) {
  const page = await repo.listOrganizations(deps.db, filter, viewerId);
  if (page.items.length || !filter.searchText) return page;
  const corrected = await correctSearchText(deps.db, filter.searchText);
  return corrected ? repo.listOrganizations(deps.db, { ...filter, searchText: corrected }, viewerId) : page;
}

export async function listOrganizations(deps: AppDeps, actor: Actor, query: TListOrganizationsQuery) {
  const cursor = decodeCursor(query.cursor);
  const searchText = query.q ? toSearchText(query.q) : '';
  const filter: repo.OrganizationFilter = {
    searchText: searchText || null,
    kind: query.kind,
    country: query.country,
    province: query.province,
    after: cursor && cursor.length === 2 ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : null,
    limit: query.limit,
  };
  const viewerId = viewerIdOf(actor);
  const list = () => listWithCorrection(deps, filter, viewerId);
  // Anonymous pages are the same for everyone and cached per version of the directory; a
  // signed-in viewer sees their role in each organisation, which memberships change.
  const { items, hasMore } = viewerId
    ? await list()
    : await cachedByVersion(deps.db, 'organizations', JSON.stringify(filter), list);
  const last = items.at(-1);
  return {
    items,
    nextCursor: hasMore && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}

/** Loads the organisation and the actor's role in it, or 404s. */
async function loadWithRole(deps: AppDeps, actor: Actor, id: string) {
  const organization = await repo.findOrganization(deps.db, id, viewerIdOf(actor));
  if (!organization) throw new AppError('resource.not_found');
  return organization;
}

export async function updateOrganization(
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: TUpdateOrganizationRequest,
  locale: Locale,
): Promise<TOrganization> {
  const organization = await loadWithRole(deps, actor, id);
  if (!can.canEditProfile(actor, organization.myRole)) deny(actor);
  if (input.province) await assertPlace(deps.db, organization.country, input.province, locale);
  const name = input.name ?? organization.name;
  const description = input.description ?? organization.description;
  await inTransaction(deps.db, async (tx) => {
    await repo.updateOrganization(
      tx,
      organization.id,
      { ...input, searchText: searchTextOf(name, description) },
      deps.now(),
    );
    await appendAudit(
      tx,
      actor,
      {
        action: 'organization.updated',
        subjectType: 'organization',
        subjectId: organization.id,
        data: { fields: Object.keys(input) },
      },
      deps.now(),
    );
  });
  return (await repo.findOrganization(deps.db, organization.id, viewerIdOf(actor)))!;
}

export async function listMembers(deps: AppDeps, actor: Actor, id: string) {
  const organization = await loadWithRole(deps, actor, id);
  if (!can.canListMembers(actor, organization.myRole)) deny(actor);
  return repo.listMembers(deps.db, organization.id);
}

async function assertOwnersRemain(tx: AppDeps['db'], organizationId: string, targetIsOwner: boolean) {
  if (targetIsOwner && (await repo.countOwnersForUpdate(tx, organizationId)) <= 1) {
    throw new AppError('organization.last_owner');
  }
}

export async function changeMemberRole(
  deps: AppDeps,
  actor: Actor,
  id: string,
  userId: string,
  role: OrganizationRole,
) {
  const organization = await loadWithRole(deps, actor, id);
  if (!can.canManageMembers(actor, organization.myRole)) deny(actor);
  await inTransaction(deps.db, async (tx) => {
    const current = await repo.findRole(tx, organization.id, userId);
    if (!current) throw new AppError('resource.not_found');
    if (current === role) return;
    await assertOwnersRemain(tx, organization.id, current === 'owner');
    await repo.upsertMembership(tx, organization.id, userId, role, deps.now());
    await appendAudit(
      tx,
      actor,
      {
        action: 'membership.role_changed',
        subjectType: 'organization',
        subjectId: organization.id,
        data: { userId, role },
      },
      deps.now(),
    );
  });
}

/** Removes a member, or the actor leaves; never the last owner. */
export async function removeMember(deps: AppDeps, actor: Actor, id: string, userId: string) {
  const organization = await loadWithRole(deps, actor, id);
  if (!can.canRemoveMember(actor, organization.myRole, userId)) deny(actor);
  await inTransaction(deps.db, async (tx) => {
    const current = await repo.findRole(tx, organization.id, userId);
    if (!current) throw new AppError('resource.not_found');
    await assertOwnersRemain(tx, organization.id, current === 'owner');
    await repo.deleteMembership(tx, organization.id, userId);
    const isLeaving = actor.kind === 'user' && actor.userId === userId;
    await appendAudit(
      tx,
      actor,
      {
        action: isLeaving ? 'membership.left' : 'membership.removed',
        subjectType: 'organization',
        subjectId: organization.id,
        data: { userId },
      },
      deps.now(),
    );
  });
}

export async function listInvitations(deps: AppDeps, actor: Actor, id: string) {
  const organization = await loadWithRole(deps, actor, id);
  if (!can.canManageMembers(actor, organization.myRole)) deny(actor);
  return repo.listOpenInvitations(deps.db, organization.id, deps.now());
}

export async function invite(
  deps: AppDeps,
  actor: Actor,
  id: string,
  email: string,
  role: OrganizationRole,
  locale: Locale,
) {
  const organization = await loadWithRole(deps, actor, id);
  if (!can.canManageMembers(actor, organization.myRole)) deny(actor);
  const existing = await findUserByEmail(deps.db, email);
  if (existing && (await repo.findRole(deps.db, organization.id, existing.id))) {
    throw new AppError('organization.already_member');
  }
  const now = deps.now();
  const name = pickLocalizedText(organization.name, locale)?.text ?? organization.slug;
  const inviter = actor.kind === 'user' ? actor.name : 'Karvan';
  return inTransaction(deps.db, async (tx) => {
    const invitation = await repo.insertInvitation(tx, {
      organizationId: organization.id,
      email,
      role,
      invitedBy: viewerIdOf(actor),
      expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      now,
    });
    const link = `${deps.config.publicUrl}/invitations`;
    await deps.mailer.send(tx, {
      to: email,
      kind: 'invitation',
      ...invitationMail(locale, name, inviter, link),
    });
    await appendAudit(
      tx,
      actor,
      {
        action: 'invitation.created',
        subjectType: 'organization',
        subjectId: organization.id,
        data: { email, role },
      },
      now,
    );
    return invitation;
  });
}

export async function cancelInvitation(deps: AppDeps, actor: Actor, id: string, invitationId: string) {
  const organization = await loadWithRole(deps, actor, id);
  if (!can.canManageMembers(actor, organization.myRole)) deny(actor);
  await inTransaction(deps.db, async (tx) => {
    const invitation = await repo.findOpenInvitation(tx, invitationId, deps.now());
    if (!invitation || invitation.organizationId !== organization.id)
      throw new AppError('resource.not_found');
    await repo.closeInvitation(tx, invitationId, 'closed', deps.now());
    await appendAudit(
      tx,
      actor,
      { action: 'invitation.cancelled', subjectType: 'invitation', subjectId: invitationId },
      deps.now(),
    );
  });
}

export const listMyInvitations = (deps: AppDeps, actor: UserActor) =>
  repo.listInvitationsForEmail(deps.db, actor.email, deps.now());

/** Accepts or declines an invitation addressed to the signed-in user's e-mail. */
export async function answerInvitation(
  deps: AppDeps,
  actor: UserActor,
  invitationId: string,
  accept: boolean,
) {
  await inTransaction(deps.db, async (tx) => {
    const invitation = await repo.findOpenInvitation(tx, invitationId, deps.now());
    if (!invitation) throw new AppError('resource.not_found');
    if (invitation.email !== actor.email) throw new AppError('resource.not_found');
    await repo.closeInvitation(tx, invitationId, accept ? 'accepted' : 'closed', deps.now());
    if (accept) {
      const current = await repo.findRole(tx, invitation.organizationId, actor.userId);
      // Accepting never demotes an owner.
      if (current !== 'owner')
        await repo.upsertMembership(tx, invitation.organizationId, actor.userId, invitation.role, deps.now());
    }
    await appendAudit(
      tx,
      actor,
      {
        action: accept ? 'invitation.accepted' : 'invitation.declined',
        subjectType: 'organization',
        subjectId: invitation.organizationId,
        data: { invitationId },
      },
      deps.now(),
    );
  });
}
