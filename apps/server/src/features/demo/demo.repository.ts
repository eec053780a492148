import { type Database, eq, inArray, or, schema } from '@karvan/db';

/** Deletes everything marked as demo. Memberships, sessions, tokens and invitations cascade. */
export async function deleteDemoData(tx: Database): Promise<{ organizations: number; users: number }> {
  // Opportunities hold their organisation (restrict): the demo ones go first, with any created in a demo organisation.
  await tx
    .delete(schema.opportunities)
    .where(
      or(
        eq(schema.opportunities.isDemo, true),
        inArray(
          schema.opportunities.organizationId,
          tx
            .select({ id: schema.organizations.id })
            .from(schema.organizations)
            .where(eq(schema.organizations.isDemo, true)),
        ),
      ),
    );
  const organizations = await tx
    .delete(schema.organizations)
    .where(eq(schema.organizations.isDemo, true))
    .returning({ id: schema.organizations.id });
  const users = await tx
    .delete(schema.users)
    .where(eq(schema.users.isDemo, true))
    .returning({ id: schema.users.id });
  return { organizations: organizations.length, users: users.length };
}

export async function readSetting(db: Database, key: string): Promise<unknown> {
  const [row] = await db
    .select({ value: schema.systemSettings.value })
    .from(schema.systemSettings)
    .where(eq(schema.systemSettings.key, key));
  return row?.value ?? null;
}

export async function writeSetting(db: Database, key: string, value: unknown): Promise<void> {
  await db
    .insert(schema.systemSettings)
    .values({ key, value: value as object })
    .onConflictDoUpdate({
      target: schema.systemSettings.key,
      set: { value: value as object, updatedAt: new Date() },
    });
}
