import type { StoredLocalizedText } from '@karvan/db';
import { appendAudit } from '../../platform/audit.ts';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { isUuid } from '../../platform/ids.ts';
import { type Actor, deny, requireUser } from '../../platform/policy.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { notifyQuestionAnswered, notifyQuestionAssigned } from '../notifications/notifications.service.ts';
import * as reads from './dataroom-reads.repository.ts';
import { loadRoomById, loadRoomForOpportunity, type RoomContext, requireOwner } from './room-access.ts';
import { visibleDocuments } from './search.service.ts';

export interface Question {
  id: string;
  subject: { kind: 'room' | 'folder' | 'document'; id: string | null; name: string | null };
  question: string;
  /** Null when the reader is a grantee of another organisation: bidders do not learn of each other. */
  askedBy: { name: string } | null;
  askedFor: { name: StoredLocalizedText } | null;
  createdAt: Date;
  assignedTo: { id: string; name: string } | null;
  answer: string | null;
  answeredAt: Date | null;
  answeredBy: { name: string } | null;
  isPublished: boolean;
}

const notFound = () => new AppError('resource.not_found');

/** Whether the caller can see a question's subject (the room itself, a folder in their tree, a document they may open). */
async function subjectVisibility(deps: AppDeps, ctx: RoomContext) {
  const documents = ctx.isOwner
    ? null
    : new Set((await visibleDocuments(deps, ctx)).documents.map((d) => d.id));
  return (row: Pick<reads.QuestionRow, 'documentId' | 'folderId'>): boolean => {
    if (ctx.isOwner) return true;
    if (ctx.ndaPending) return false;
    if (row.documentId) return documents!.has(row.documentId);
    if (row.folderId)
      return ctx.visibleFolderIds === 'all'
        ? ctx.liveFolders.some((f) => f.id === row.folderId)
        : ctx.visibleFolderIds.has(row.folderId);
    return true;
  };
}

/** Whether a question is the caller's own side's: asked for one of their organisations, or by them personally. */
function isOwnSide(ctx: RoomContext, row: reads.QuestionRow): boolean {
  if (row.askedForOrganizationId === null) return row.askedBy !== null && row.askedBy === ctx.viewer.userId;
  return ctx.access?.organizationIds.includes(row.askedForOrganizationId) ?? false;
}

/** Whether the caller may read the question at all (owner side: every one of the room). */
function mayRead(
  ctx: RoomContext,
  row: reads.QuestionRow,
  canSee: (row: reads.QuestionRow) => boolean,
): boolean {
  if (ctx.isOwner) return true;
  if (isOwnSide(ctx, row)) return true;
  return row.isPublished && canSee(row);
}

function toQuestion(
  ctx: RoomContext,
  row: reads.QuestionRow,
  names: Map<string, string>,
  canSee: (row: reads.QuestionRow) => boolean,
): Question {
  const kind = row.documentId ? 'document' : row.folderId ? 'folder' : 'room';
  const subjectId = row.documentId ?? row.folderId;
  // A question about something since hidden from the caller keeps its text but not the name.
  const shown = canSee(row);
  const revealAsker = ctx.isOwner || isOwnSide(ctx, row);
  return {
    id: row.id,
    subject: {
      kind,
      id: shown ? subjectId : null,
      name: shown && subjectId ? (names.get(subjectId) ?? null) : null,
    },
    question: row.question,
    askedBy: revealAsker ? { name: row.askedByName ?? '' } : null,
    askedFor: revealAsker && row.askedForName ? { name: row.askedForName } : null,
    createdAt: row.createdAt,
    assignedTo: ctx.isOwner && row.assignedTo ? { id: row.assignedTo, name: row.assignedToName ?? '' } : null,
    answer: row.answer,
    answeredAt: row.answeredAt,
    answeredBy: row.answeredByName !== null && row.answer !== null ? { name: row.answeredByName } : null,
    isPublished: row.isPublished,
  };
}

async function present(deps: AppDeps, ctx: RoomContext, rows: reads.QuestionRow[]): Promise<Question[]> {
  const canSee = await subjectVisibility(deps, ctx);
  const readable = rows.filter((row) => mayRead(ctx, row, canSee));
  const names = await reads.namesOf(deps.db, {
    folderIds: readable.flatMap((r) => (r.folderId ? [r.folderId] : [])),
    documentIds: readable.flatMap((r) => (r.documentId ? [r.documentId] : [])),
  });
  return readable.map((row) => toQuestion(ctx, row, names, canSee));
}

/** Owner side: all questions; a grantee: their side's and the published ones about what they can see. */
export async function listQuestions(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
): Promise<{ items: Question[] }> {
  const ctx = await loadRoomForOpportunity(deps, actor, opportunityId);
  const reader = ctx.isOwner
    ? null
    : { userId: ctx.viewer.userId ?? '', organizationIds: ctx.access?.organizationIds ?? [] };
  const rows = await reads.listQuestions(deps.db, ctx.room.id, reader);
  return { items: await present(deps, ctx, rows) };
}

export interface AskInput {
  question: string;
  documentId?: string | undefined;
  folderId?: string | undefined;
}

/**
 * A grantee asks about the room, a folder in their tree or a document they may open. The question
 * belongs to the organisation their access comes through (the first, when several), or to them
 * alone when they are granted personally.
 */
export async function askQuestion(
  deps: AppDeps,
  actor: Actor,
  opportunityId: string,
  input: AskInput,
): Promise<Question> {
  const user = requireUser(actor);
  const ctx = await loadRoomForOpportunity(deps, actor, opportunityId);
  if (ctx.isOwner || ctx.ndaPending) deny(actor);
  const canSee = await subjectVisibility(deps, ctx);
  const subject = {
    documentId: input.documentId ?? null,
    folderId: input.documentId ? null : (input.folderId ?? null),
  };
  if (
    (subject.documentId && !isUuid(subject.documentId)) ||
    (subject.folderId && !isUuid(subject.folderId)) ||
    !canSee(subject)
  )
    throw notFound();
  const at = deps.now();
  const id = await inTransaction(deps.db, async (tx) => {
    const questionId = await reads.insertQuestion(tx, {
      roomId: ctx.room.id,
      ...subject,
      askedBy: user.userId,
      askedForOrganizationId: ctx.access?.organizationIds[0] ?? null,
      question: input.question,
      createdAt: at,
    });
    await appendAudit(
      tx,
      actor,
      {
        action: 'dataroom.question_asked',
        subjectType: 'data_room_question',
        subjectId: questionId,
        data: { roomId: ctx.room.id },
      },
      at,
    );
    return questionId;
  });
  return (await present(deps, ctx, [(await reads.findQuestion(deps.db, id))!]))[0]!;
}

/**
 * The question and the room context for a managing action: 404 when the question does not exist
 * or the caller may not read it; 403 when they may read it but are not on the owner side.
 */
async function loadForOwner(deps: AppDeps, actor: Actor, questionId: string) {
  requireUser(actor);
  const row = isUuid(questionId) ? await reads.findQuestion(deps.db, questionId) : null;
  if (!row) throw notFound();
  const ctx = await loadRoomById(deps, actor, row.roomId).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) throw notFound();
    throw error;
  });
  if (!ctx.isOwner) {
    if (!mayRead(ctx, row, await subjectVisibility(deps, ctx))) throw notFound();
    requireOwner(ctx, actor);
  }
  return { row, ctx };
}

async function reload(deps: AppDeps, ctx: RoomContext, id: string): Promise<Question> {
  return (await present(deps, ctx, [(await reads.findQuestion(deps.db, id))!]))[0]!;
}

/** Owner side answers (and may publish at once); the asker is told. */
export async function answerQuestion(
  deps: AppDeps,
  actor: Actor,
  questionId: string,
  input: { answer: string; publish?: boolean | undefined },
): Promise<Question> {
  const { row, ctx } = await loadForOwner(deps, actor, questionId);
  const at = deps.now();
  const answeredBy = actor.kind === 'user' ? actor.userId : null;
  await inTransaction(deps.db, async (tx) => {
    await reads.updateQuestion(tx, row.id, {
      answer: input.answer,
      answeredBy,
      answeredAt: at,
      ...(input.publish !== undefined ? { isPublished: input.publish } : {}),
    });
    await appendAudit(
      tx,
      actor,
      {
        action: 'dataroom.question_answered',
        subjectType: 'data_room_question',
        subjectId: row.id,
        data: { roomId: ctx.room.id, published: input.publish ?? row.isPublished },
      },
      at,
    );
    if (row.askedBy && row.askedBy !== answeredBy)
      await notifyQuestionAnswered(tx, deps, row.askedBy, {
        roomId: ctx.room.id,
        questionId: row.id,
        question: row.question,
      });
  });
  return reload(deps, ctx, row.id);
}

/** Routes a question to a colleague on the owner side (a member of the opportunity's organisation), who is told. */
export async function assignQuestion(
  deps: AppDeps,
  actor: Actor,
  questionId: string,
  userId: string,
): Promise<Question> {
  const { row, ctx } = await loadForOwner(deps, actor, questionId);
  if (!isUuid(userId) || !(await reads.isMember(deps.db, ctx.room.organizationId, userId)))
    throw new AppError('dataroom.assignee_not_colleague');
  const at = deps.now();
  await inTransaction(deps.db, async (tx) => {
    await reads.updateQuestion(tx, row.id, { assignedTo: userId });
    await appendAudit(
      tx,
      actor,
      {
        action: 'dataroom.question_assigned',
        subjectType: 'data_room_question',
        subjectId: row.id,
        data: { roomId: ctx.room.id, assignedTo: userId },
      },
      at,
    );
    if (actor.kind !== 'user' || actor.userId !== userId)
      await notifyQuestionAssigned(tx, deps, userId, {
        roomId: ctx.room.id,
        questionId: row.id,
        question: row.question,
      });
  });
  return reload(deps, ctx, row.id);
}

/** Shows a question and its answer to every grantee who can see its subject, or takes it back. */
export async function publishQuestion(
  deps: AppDeps,
  actor: Actor,
  questionId: string,
  isPublished: boolean,
): Promise<Question> {
  const { row, ctx } = await loadForOwner(deps, actor, questionId);
  const at = deps.now();
  await inTransaction(deps.db, async (tx) => {
    await reads.updateQuestion(tx, row.id, { isPublished });
    await appendAudit(
      tx,
      actor,
      {
        action: isPublished ? 'dataroom.question_published' : 'dataroom.question_unpublished',
        subjectType: 'data_room_question',
        subjectId: row.id,
        data: { roomId: ctx.room.id },
      },
      at,
    );
  });
  return reload(deps, ctx, row.id);
}
