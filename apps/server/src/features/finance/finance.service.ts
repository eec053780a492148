import { type Locale, pickLocalizedText } from '@karvan/domain';
import type { OpportunityStatus } from '@karvan/domain/opportunity';
import { appendAudit } from '../../platform/audit.ts';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { type Actor, deny } from '../../platform/policy.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { opportunityPolicies } from '../opportunities/opportunities.policies.ts';
import * as opportunities from '../opportunities/opportunities.repository.ts';
import { userIdOf } from '../opportunities/opportunities.service.ts';
import { listDocumentChanges } from './compare-documents.ts';
import type { ModelExportInput } from './export/report-content.ts';
import { financeModelPolicies as can, type ModelVisibility } from './finance.policies.ts';
import * as repo from './finance.repository.ts';
import type {
  TCreateModelRequest,
  TModel,
  TModelSummary,
  TModelVersion,
  TSaveVersionRequest,
  TUpdateModelRequest,
} from './finance.schemas.ts';
import { checkDocument, evaluateDocument } from './finance-evaluation.service.ts';

interface Access {
  row: repo.ModelRow;
  isMember: boolean;
}

const isMemberFor = (deps: AppDeps, actor: Actor, organizationId: string) =>
  opportunities.isMemberOf(deps.db, organizationId, userIdOf(actor));

const mayRead = (actor: Actor, row: repo.ModelRow, isMember: boolean) =>
  can.canRead(actor, row.opportunityStatus as OpportunityStatus, isMember, row.visibility as ModelVisibility);

/** A model the actor may read, or 404 — never 403, which would confirm it exists. */
async function loadReadable(deps: AppDeps, actor: Actor, modelId: string): Promise<Access> {
  const row = await repo.findModel(deps.db, modelId);
  if (!row) throw new AppError('resource.not_found');
  const isMember = await isMemberFor(deps, actor, row.organizationId);
  if (!mayRead(actor, row, isMember)) throw new AppError('resource.not_found');
  return { row, isMember };
}

/** A model the actor may change: 404 when they may not even read it, 403 when they only read it. */
async function loadEditable(deps: AppDeps, actor: Actor, modelId: string): Promise<Access> {
  const access = await loadReadable(deps, actor, modelId);
  if (!can.canEdit(actor, access.isMember)) deny(actor);
  return access;
}

function toSummary(actor: Actor, row: repo.ModelRow, isMember: boolean): TModelSummary {
  return {
    id: row.id,
    opportunityId: row.opportunityId,
    name: row.name,
    visibility: row.visibility as ModelVisibility,
    latestVersion: row.latestVersion,
    updatedAt: row.updatedAt,
    updatedBy: { name: row.updatedByName },
    allowed: { edit: can.canEdit(actor, isMember), delete: can.canDelete(actor, isMember) },
  };
}

function toVersion(row: repo.VersionRow): TModelVersion {
  // Stored documents were validated when saved; reading them again fills defaults added since.
  const document = checkDocument(row.document, 'en');
  return {
    version: row.version,
    document,
    note: row.note,
    createdAt: row.createdAt,
    createdBy: { name: row.createdByName },
    result: evaluateDocument(document),
  };
}

async function loadVersion(deps: AppDeps, modelId: string, version: number): Promise<repo.VersionRow> {
  const row = await repo.findVersion(deps.db, modelId, version);
  if (!row) throw new AppError('resource.not_found');
  return row;
}

async function toModel(deps: AppDeps, actor: Actor, { row, isMember }: Access): Promise<TModel> {
  const [latest, versions] = await Promise.all([
    loadVersion(deps, row.id, row.latestVersion),
    repo.listVersions(deps.db, row.id),
  ]);
  return {
    ...toSummary(actor, row, isMember),
    opportunityTitle: row.opportunityTitle,
    latest: toVersion(latest),
    versions: versions.map((v) => ({
      version: v.version,
      note: v.note,
      createdAt: v.createdAt,
      createdBy: { name: v.createdByName },
    })),
  };
}

/** Whether the actor is a member of the opportunity's owner; 404 when they may not see the opportunity. */
async function loadVisibleOpportunity(deps: AppDeps, actor: Actor, opportunityId: string): Promise<boolean> {
  const opportunity = await opportunities.findOpportunity(deps.db, opportunityId);
  if (!opportunity) throw new AppError('resource.not_found');
  const isMember = await isMemberFor(deps, actor, opportunity.organizationId);
  if (!opportunityPolicies.canView(actor, opportunity.status as OpportunityStatus, isMember))
    throw new AppError('resource.not_found');
  return isMember;
}

/** The models of an opportunity the actor may read; 404 when the opportunity itself is hidden from them. */
export async function listModels(deps: AppDeps, actor: Actor, opportunityId: string) {
  const isMember = await loadVisibleOpportunity(deps, actor, opportunityId);
  const rows = await repo.listModels(deps.db, opportunityId);
  return {
    items: rows.filter((row) => mayRead(actor, row, isMember)).map((row) => toSummary(actor, row, isMember)),
  };
}

export async function getModel(deps: AppDeps, actor: Actor, modelId: string): Promise<TModel> {
  return toModel(deps, actor, await loadReadable(deps, actor, modelId));
}

/** The audit entry of a change, written in the change's transaction. */
const audit = (
  tx: AppDeps['db'],
  actor: Actor,
  at: Date,
  action: string,
  modelId: string,
  data: Record<string, unknown>,
) => appendAudit(tx, actor, { action, subjectType: 'financial_model', subjectId: modelId, data }, at);

export async function createModel(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
  input: TCreateModelRequest,
  locale: Locale,
): Promise<TModel> {
  const isMember = await loadVisibleOpportunity(deps, actor, opportunityId);
  if (!can.canCreate(actor, isMember)) deny(actor);
  const document = checkDocument(input.document, locale);
  evaluateDocument(document);
  const at = deps.now();
  const userId = userIdOf(actor);
  const modelId = await inTransaction(deps.db, async (tx) => {
    const id = await repo.insertModel(tx, {
      opportunityId,
      name: input.name,
      visibility: input.visibility,
      userId,
      at,
    });
    await repo.insertVersion(tx, { modelId: id, version: 1, document, note: input.note ?? null, userId, at });
    await audit(tx, actor, at, 'financial_model.created', id, {
      opportunityId,
      visibility: input.visibility,
    });
    return id;
  });
  return getModel(deps, actor, modelId);
}

export async function updateModel(
  deps: AppDeps,
  actor: Actor,
  modelId: string,
  input: TUpdateModelRequest,
): Promise<TModel> {
  await loadEditable(deps, actor, modelId);
  const at = deps.now();
  await inTransaction(deps.db, async (tx) => {
    await repo.updateModel(tx, modelId, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.visibility !== undefined ? { visibility: input.visibility } : {}),
      updatedBy: userIdOf(actor),
      updatedAt: at,
    });
    await audit(tx, actor, at, 'financial_model.updated', modelId, { ...input });
  });
  return getModel(deps, actor, modelId);
}

/**
 * Saves a new version on top of `baseVersion`. The model row is locked first, so of two saves on
 * the same base one becomes N+1 and the other gets 409 `finance.version_conflict` (with the
 * current `latestVersion`), instead of silently replacing what the first one saved.
 */
export async function saveVersion(
  deps: AppDeps,
  actor: Actor,
  modelId: string,
  input: TSaveVersionRequest,
  locale: Locale,
): Promise<TModelVersion> {
  await loadEditable(deps, actor, modelId);
  const document = checkDocument(input.document, locale);
  evaluateDocument(document);
  const at = deps.now();
  const userId = userIdOf(actor);
  const version = await inTransaction(deps.db, async (tx) => {
    const latest = await repo.lockLatestVersion(tx, modelId);
    if (latest === null) throw new AppError('resource.not_found');
    if (latest !== input.baseVersion)
      throw new AppError('finance.version_conflict', { extra: { latestVersion: latest } });
    const next = latest + 1;
    await repo.insertVersion(tx, { modelId, version: next, document, note: input.note ?? null, userId, at });
    await repo.updateModel(tx, modelId, { latestVersion: next, updatedBy: userId, updatedAt: at });
    await audit(tx, actor, at, 'financial_model.version_saved', modelId, { version: next });
    return next;
  });
  return toVersion(await loadVersion(deps, modelId, version));
}

export async function getVersion(
  deps: AppDeps,
  actor: Actor,
  modelId: string,
  version: number,
): Promise<TModelVersion> {
  await loadReadable(deps, actor, modelId);
  return toVersion(await loadVersion(deps, modelId, version));
}

/** Two versions side by side and the input fields that differ between them. */
export async function compareVersions(
  deps: AppDeps,
  actor: Actor,
  modelId: string,
  fromVersion: number,
  toVersionNumber: number,
) {
  await loadReadable(deps, actor, modelId);
  const [from, to] = await Promise.all([
    loadVersion(deps, modelId, fromVersion),
    loadVersion(deps, modelId, toVersionNumber),
  ]);
  const a = toVersion(from);
  const b = toVersion(to);
  return { from: a, to: b, changes: listDocumentChanges(a.document, b.document) };
}

export async function deleteModel(deps: AppDeps, actor: Actor, modelId: string): Promise<void> {
  const { isMember } = await loadReadable(deps, actor, modelId);
  if (!can.canDelete(actor, isMember)) deny(actor);
  const at = deps.now();
  await inTransaction(deps.db, async (tx) => {
    await repo.updateModel(tx, modelId, { deletedAt: at, updatedBy: userIdOf(actor), updatedAt: at });
    await audit(tx, actor, at, 'financial_model.deleted', modelId, {});
  });
}

/** What the export writers need for one version, with the opportunity's title in the reader's language. */
export async function loadExport(
  deps: AppDeps,
  actor: Actor,
  modelId: string,
  version: number,
  locale: Locale,
): Promise<ModelExportInput> {
  const { row } = await loadReadable(deps, actor, modelId);
  const stored = toVersion(await loadVersion(deps, modelId, version));
  return {
    title: pickLocalizedText(row.opportunityTitle, locale)?.text ?? row.name,
    modelName: row.name,
    version: stored.version,
    createdAt: stored.createdAt,
    document: stored.document,
    result: stored.result,
    locale,
  };
}
