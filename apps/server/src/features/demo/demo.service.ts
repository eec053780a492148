import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCalendarFor, isLocale, type Locale, type LocalizedText } from '@karvan/domain';
import { appendAudit } from '../../platform/audit.ts';
import type { AppDeps } from '../../platform/context.ts';
import type { Actor, PlatformRole } from '../../platform/policy.ts';
import { hashPassword } from '../../platform/secrets.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findUserByEmail, insertUser } from '../account/account.repository.ts';
import { addRate, listRatesInForce } from '../exchange-rates/exchange-rates.service.ts';
import { isExternalIdTaken } from '../opportunities/opportunities.repository.ts';
import type { TCreateOpportunityRequest } from '../opportunities/opportunities.schemas.ts';
import { createOpportunity, takeStep, type WorkflowStep } from '../opportunities/opportunities.service.ts';
import { findOrganization, upsertMembership } from '../organizations/organizations.repository.ts';
import type { OrganizationRole, TCreateOrganizationRequest } from '../organizations/organizations.schemas.ts';
import { createOrganization } from '../organizations/organizations.service.ts';
import { DATA_DIR } from '../reference/reference-files.ts';
import * as repo from './demo.repository.ts';

/** Every demo account has this password; the start banner prints it, `seed --remove-demo` deletes them. */
export const DEMO_PASSWORD = 'karvan-demo-2026';
const INITIALIZED_KEY = 'initialized_at';

interface DemoOrganization {
  slug: string;
  kind: TCreateOrganizationRequest['kind'];
  country: string;
  province?: string | null;
  name: LocalizedText;
  description?: LocalizedText;
}

interface DemoUser {
  email: string;
  name: string;
  locale: string;
  organization?: string | null;
  role?: OrganizationRole;
  platformRoles?: PlatformRole[];
}

function readDemoFile<T>(name: string): T[] {
  const path = join(DATA_DIR, 'demo', name);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T[]) : [];
}

/**
 * Loads the demo scenario (a mining development organisation, a mining association, an
 * industrial-parks organisation, a provincial investment office, Chinese partners and their
 * users), all marked is_demo. Idempotent: what exists already is left as it is.
 */
export async function seedDemo(
  deps: AppDeps,
  actor: Actor,
): Promise<{ organizations: number; users: number; opportunities: number }> {
  const organizations = readDemoFile<DemoOrganization>('organizations.json');
  const users = readDemoFile<DemoUser>('users.json');
  let createdOrganizations = 0;
  let createdUsers = 0;
  for (const org of organizations) {
    if (await findOrganization(deps.db, org.slug, null)) continue;
    await createOrganization(
      deps,
      actor,
      {
        name: org.name,
        kind: org.kind,
        country: org.country,
        ...(org.province ? { province: org.province } : {}),
        ...(org.description ? { description: org.description } : {}),
      },
      'en',
      { ownerUserId: null, isDemo: true, slug: org.slug },
    );
    createdOrganizations++;
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of users) {
    if (await findUserByEmail(deps.db, user.email.toLowerCase())) continue;
    const locale: Locale = isLocale(user.locale) ? user.locale : 'en';
    await inTransaction(deps.db, async (tx) => {
      const created = await insertUser(tx, {
        email: user.email.toLowerCase(),
        name: user.name,
        passwordHash,
        locale,
        calendar: defaultCalendarFor(locale),
        platformRoles: user.platformRoles ?? [],
        isDemo: true,
      });
      if (!created) return;
      createdUsers++;
      const org = user.organization ? await findOrganization(tx, user.organization, null) : null;
      if (org) await upsertMembership(tx, org.id, created.id, user.role ?? 'member', deps.now());
      await appendAudit(
        tx,
        actor,
        { action: 'demo.user_created', subjectType: 'user', subjectId: created.id },
        deps.now(),
      );
    });
  }
  await seedDemoRates(deps, actor);
  const opportunities = await seedDemoOpportunities(deps, actor);
  return { organizations: createdOrganizations, users: createdUsers, opportunities };
}

/** Rates so that amounts show in US dollars; marked as demo rates for an administrator to replace. */
async function seedDemoRates(deps: AppDeps, actor: Actor) {
  const existing = new Set((await listRatesInForce(deps)).map((r) => r.currency));
  const rates = [
    ['CNY', '0.14'],
    ['AED', '0.2723'],
    ['IRR', '0.0000012'],
  ] as const;
  for (const [currency, usdPerUnit] of rates) {
    if (existing.has(currency)) continue;
    await addRate(deps, actor, {
      currency,
      usdPerUnit,
      validFrom: new Date('2026-01-01T00:00:00Z'),
      note: 'Demo rate: replace it with the rate your organisation uses.',
    });
  }
}

interface DemoOpportunity extends Omit<TCreateOpportunityRequest, 'organizationId'> {
  organization: string;
  status: 'draft' | 'submitted' | 'returned' | 'published';
  statusNote?: string;
}

/** The demo bank: published opportunities in several provinces, and some still in vetting. */
async function seedDemoOpportunities(deps: AppDeps, actor: Actor): Promise<number> {
  let created = 0;
  for (const { organization: slug, status, statusNote, ...fields } of readDemoFile<DemoOpportunity>(
    'opportunities.json',
  )) {
    const organization = await findOrganization(deps.db, slug, null);
    if (!organization || (await isExternalIdTaken(deps.db, organization.id, fields.externalId ?? '')))
      continue;
    const opportunity = await createOpportunity(
      deps,
      actor,
      { ...fields, organizationId: organization.id },
      'en',
      { isDemo: true },
    );
    const steps: WorkflowStep[] = {
      draft: [],
      submitted: ['submit'],
      returned: ['submit', 'return'],
      published: ['publish'],
    }[status] as WorkflowStep[];
    for (const step of steps) {
      await takeStep(
        deps,
        actor,
        opportunity.id,
        step,
        step === 'return' ? (statusNote ?? 'Please complete.') : null,
      );
    }
    created++;
  }
  return created;
}

export async function removeDemo(deps: AppDeps, actor: Actor) {
  return inTransaction(deps.db, async (tx) => {
    const removed = await repo.deleteDemoData(tx);
    await appendAudit(
      tx,
      actor,
      { action: 'demo.removed', subjectType: 'platform', data: removed },
      deps.now(),
    );
    return removed;
  });
}

/** On the very first start, load the demo scenario; later starts (and a removed demo) stay as they are. */
export async function initializeOnFirstStart(
  deps: AppDeps,
  actor: Actor,
): Promise<{ isFirstStart: boolean }> {
  if (await repo.readSetting(deps.db, INITIALIZED_KEY)) return { isFirstStart: false };
  await seedDemo(deps, actor);
  await repo.writeSetting(deps.db, INITIALIZED_KEY, deps.now().toISOString());
  return { isFirstStart: true };
}

/** Demo accounts for the start banner. */
export const listDemoAccounts = () => readDemoFile<DemoUser>('users.json').map((u) => u.email);
