import { and, type Database, desc, eq, isNull, type StoredLocalizedText, schema } from '@karvan/db';

const fm = schema.financialModels;
const fv = schema.financialModelVersions;
const op = schema.opportunities;
const users = schema.users;

/** A model with what its access rules need: the opportunity's status and owner organisation. */
export interface ModelRow {
  id: string;
  opportunityId: string;
  name: string;
  visibility: string;
  latestVersion: number;
  updatedAt: Date;
  updatedByName: string | null;
  opportunityStatus: string;
  organizationId: string;
  opportunityTitle: StoredLocalizedText;
}

const modelColumns = {
  id: fm.id,
  opportunityId: fm.opportunityId,
  name: fm.name,
  visibility: fm.visibility,
  latestVersion: fm.latestVersion,
  updatedAt: fm.updatedAt,
  updatedByName: users.name,
  opportunityStatus: op.status,
  organizationId: op.organizationId,
  opportunityTitle: op.title,
};

const selectModels = (db: Database) =>
  db
    .select(modelColumns)
    .from(fm)
    .innerJoin(op, eq(op.id, fm.opportunityId))
    .leftJoin(users, eq(users.id, fm.updatedBy));

/** Live (not deleted) models of an opportunity, most recently changed first. */
export async function listModels(db: Database, opportunityId: string): Promise<ModelRow[]> {
  return selectModels(db)
    .where(and(eq(fm.opportunityId, opportunityId), isNull(fm.deletedAt)))
    .orderBy(desc(fm.updatedAt), fm.id);
}

export async function findModel(db: Database, modelId: string): Promise<ModelRow | null> {
  const [row] = await selectModels(db).where(and(eq(fm.id, modelId), isNull(fm.deletedAt)));
  return row ?? null;
}

export interface VersionRow {
  version: number;
  document: Record<string, unknown>;
  note: string | null;
  createdAt: Date;
  createdByName: string | null;
}

const versionColumns = {
  version: fv.version,
  note: fv.note,
  createdAt: fv.createdAt,
  createdByName: users.name,
};

/** Every version's header (no documents), newest first. */
export async function listVersions(db: Database, modelId: string): Promise<Omit<VersionRow, 'document'>[]> {
  return db
    .select(versionColumns)
    .from(fv)
    .leftJoin(users, eq(users.id, fv.createdBy))
    .where(eq(fv.modelId, modelId))
    .orderBy(desc(fv.version));
}

export async function findVersion(
  db: Database,
  modelId: string,
  version: number,
): Promise<VersionRow | null> {
  const [row] = await db
    .select({ ...versionColumns, document: fv.document })
    .from(fv)
    .leftJoin(users, eq(users.id, fv.createdBy))
    .where(and(eq(fv.modelId, modelId), eq(fv.version, version)));
  return row ?? null;
}

export async function insertModel(
  db: Database,
  values: {
    opportunityId: string;
    name: string;
    visibility: string;
    userId: string | null;
    at: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(fm)
    .values({
      opportunityId: values.opportunityId,
      name: values.name,
      visibility: values.visibility,
      latestVersion: 1,
      createdBy: values.userId,
      createdAt: values.at,
      updatedBy: values.userId,
      updatedAt: values.at,
    })
    .returning({ id: fm.id });
  return row!.id;
}

export async function insertVersion(
  db: Database,
  values: {
    modelId: string;
    version: number;
    document: Record<string, unknown>;
    note: string | null;
    userId: string | null;
    at: Date;
  },
): Promise<void> {
  await db.insert(fv).values({
    modelId: values.modelId,
    version: values.version,
    document: values.document,
    note: values.note,
    createdBy: values.userId,
    createdAt: values.at,
  });
}

/**
 * Locks a live model's row for the rest of the transaction and returns its latest version: of two
 * saves on the same base, the second waits here and then sees the first one's version.
 */
export async function lockLatestVersion(db: Database, modelId: string): Promise<number | null> {
  const [row] = await db
    .select({ latestVersion: fm.latestVersion })
    .from(fm)
    .where(and(eq(fm.id, modelId), isNull(fm.deletedAt)))
    .for('update');
  return row?.latestVersion ?? null;
}

export async function updateModel(
  db: Database,
  modelId: string,
  values: Partial<{
    name: string;
    visibility: string;
    latestVersion: number;
    updatedBy: string | null;
    updatedAt: Date;
    deletedAt: Date;
  }>,
): Promise<void> {
  await db.update(fm).set(values).where(eq(fm.id, modelId));
}
