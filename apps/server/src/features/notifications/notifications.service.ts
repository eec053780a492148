import type { Database, StoredLocalizedText } from '@karvan/db';
import { isLocale, type Locale, pickLocalizedText } from '@karvan/domain';
import type { AppDeps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { isUuid } from '../../platform/ids.ts';
import { type Actor, requireUser } from '../../platform/policy.ts';
import { decodeCursor, encodeCursor } from '../../platform/schemas.ts';
import {
  documentAddedMail,
  grantReceivedMail,
  questionAnsweredMail,
  questionAssignedMail,
} from './notifications.mail.ts';
import * as repo from './notifications.repository.ts';

/** The kinds the contract lists; `data` of each is documented in docs/api-contract.md. */
export const NOTIFICATION_KINDS = [
  'dataroom.document_added',
  'dataroom.question_assigned',
  'dataroom.question_answered',
  'dataroom.grant_received',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

type MailFor = (locale: Locale, roomTitle: string, link: string) => { subject: string; text: string };

const localeOf = (value: string): Locale => (isLocale(value) ? value : 'en');
const titleIn = (title: StoredLocalizedText, locale: Locale) => pickLocalizedText(title, locale)?.text ?? '';
export const roomLink = (deps: AppDeps, opportunityId: string) =>
  `${deps.config.publicUrl}/opportunities/${opportunityId}/dataroom`;

/**
 * Writes one notification per recipient and, when SMTP is configured, mails each in their own
 * language through the platform mailer (which also keeps the outbox). Without SMTP the in-app
 * notification is the only channel: the outbox is for mail that matters to sign in, not for news.
 */
async function deliver(
  tx: Database,
  deps: AppDeps,
  recipients: repo.Recipient[],
  notification: {
    kind: NotificationKind;
    data: Record<string, unknown>;
    title: StoredLocalizedText;
    opportunityId: string;
  },
  mailFor: MailFor,
): Promise<void> {
  const createdAt = deps.now();
  await repo.insertNotifications(
    tx,
    recipients.map((r) => ({ userId: r.id, kind: notification.kind, data: notification.data, createdAt })),
  );
  if (deps.mailer.transport !== 'smtp') return;
  for (const recipient of recipients) {
    const locale = localeOf(recipient.locale);
    const mail = mailFor(
      locale,
      titleIn(notification.title, locale),
      roomLink(deps, notification.opportunityId),
    );
    await deps.mailer.send(tx, { to: recipient.email, ...mail, kind: notification.kind });
  }
}

/** The folder and its ancestors, or null when it or one of them is in the bin (nobody sees it). */
function liveAncestry(
  folders: Array<{ id: string; parentId: string | null; deletedAt: Date | null }>,
  folderId: string,
): string[] | null {
  const byId = new Map(folders.map((f) => [f.id, f]));
  const chain: string[] = [];
  let current: string | null = folderId;
  while (current !== null) {
    const folder = byId.get(current);
    if (!folder || folder.deletedAt !== null || chain.includes(current)) return null;
    chain.push(current);
    current = folder.parentId;
  }
  return chain;
}

export interface DocumentAddedInput {
  roomId: string;
  documentId: string;
  folderId: string | null;
  name: string;
  /** Left out of the recipients; read from the document's current version when not given. */
  uploadedBy?: string | null;
}

/**
 * Tells every grantee who can see the document's folder that it was added. Call it inside the
 * upload's transaction: the notifications commit with the document or not at all. Recipients are
 * the users named by a live grant covering the folder (a folder grant covers its subfolders;
 * top-level documents need a whole-room grant) and the members of organisations such a grant
 * names, less the uploader.
 */
export async function notifyDocumentAdded(
  tx: Database,
  deps: AppDeps,
  input: DocumentAddedInput,
): Promise<void> {
  const room = await repo.findRoomFacts(tx, input.roomId);
  if (!room) return;
  let places: string[] = [];
  if (input.folderId !== null) {
    const ancestry = liveAncestry(await repo.listRoomFolders(tx, input.roomId), input.folderId);
    if (!ancestry) return;
    places = ancestry;
  }
  const uploader =
    input.uploadedBy !== undefined ? input.uploadedBy : await repo.findCurrentUploader(tx, input.documentId);
  const recipients = (await repo.listGranteesCovering(tx, input.roomId, places, deps.now())).filter(
    (r) => r.id !== uploader,
  );
  if (recipients.length === 0) return;
  const data = {
    opportunityId: room.opportunityId,
    documentId: input.documentId,
    documentName: input.name,
    roomTitle: room.opportunityTitle,
  };
  await deliver(
    tx,
    deps,
    recipients,
    {
      kind: 'dataroom.document_added',
      data,
      title: room.opportunityTitle,
      opportunityId: room.opportunityId,
    },
    (locale, title, link) => documentAddedMail(locale, title, input.name, link),
  );
}

export interface QuestionNoticeInput {
  roomId: string;
  questionId: string;
  question: string;
}

/** A question shown in a notification or mail: the start of it is enough to recognise it. */
const excerpt = (question: string) => (question.length > 200 ? `${question.slice(0, 199)}…` : question);

async function notifyAboutQuestion(
  tx: Database,
  deps: AppDeps,
  kind: 'dataroom.question_assigned' | 'dataroom.question_answered',
  userId: string,
  input: QuestionNoticeInput,
): Promise<void> {
  const room = await repo.findRoomFacts(tx, input.roomId);
  if (!room) return;
  const recipients = await repo.findRecipients(tx, [userId]);
  const data = {
    opportunityId: room.opportunityId,
    questionId: input.questionId,
    question: excerpt(input.question),
    roomTitle: room.opportunityTitle,
  };
  const mail = kind === 'dataroom.question_assigned' ? questionAssignedMail : questionAnsweredMail;
  await deliver(
    tx,
    deps,
    recipients,
    { kind, data, title: room.opportunityTitle, opportunityId: room.opportunityId },
    (locale, title, link) => mail(locale, title, excerpt(input.question), link),
  );
}

/** Tells an owner-side colleague that a question was routed to them (inside the assigning transaction). */
export const notifyQuestionAssigned = (
  tx: Database,
  deps: AppDeps,
  assigneeId: string,
  input: QuestionNoticeInput,
) => notifyAboutQuestion(tx, deps, 'dataroom.question_assigned', assigneeId, input);

/** Tells the asker that their question has an answer (inside the answering transaction). */
export const notifyQuestionAnswered = (
  tx: Database,
  deps: AppDeps,
  askerId: string,
  input: QuestionNoticeInput,
) => notifyAboutQuestion(tx, deps, 'dataroom.question_answered', askerId, input);

/**
 * Tells the people a new grant reaches (the user, or every member of the organisation) that they
 * can open the room. Call it inside the transaction that creates the grant.
 */
export async function notifyGrantReceived(
  tx: Database,
  deps: AppDeps,
  input: { roomId: string; grantId: string; userId: string | null; organizationId: string | null },
): Promise<void> {
  const room = await repo.findRoomFacts(tx, input.roomId);
  if (!room) return;
  const userIds = input.userId ? [input.userId] : await repo.memberIdsOf(tx, input.organizationId ?? '');
  const recipients = await repo.findRecipients(tx, userIds);
  if (recipients.length === 0) return;
  await deliver(
    tx,
    deps,
    recipients,
    {
      kind: 'dataroom.grant_received',
      data: { opportunityId: room.opportunityId, grantId: input.grantId, roomTitle: room.opportunityTitle },
      title: room.opportunityTitle,
      opportunityId: room.opportunityId,
    },
    (locale, title, link) => grantReceivedMail(locale, title, link),
  );
}

const PAGE_SIZE = 30;

/** The caller's notifications, newest first, with the count of unread ones. */
export async function listMyNotifications(deps: AppDeps, actor: Actor, cursor: string | undefined) {
  const user = requireUser(actor);
  const after = parseCursor(cursor);
  const rows = await repo.listNotifications(deps.db, user.userId, after, PAGE_SIZE + 1);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      kind: row.kind,
      data: row.data,
      createdAt: row.createdAt,
      readAt: row.readAt,
    })),
    unread: await repo.countUnread(deps.db, user.userId),
    nextCursor:
      rows.length > PAGE_SIZE && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}

/** A tampered cursor starts from the newest, as the other lists do. */
function parseCursor(cursor: string | undefined): { createdAt: Date; id: string } | null {
  const [at, id] = decodeCursor(cursor) ?? [];
  const createdAt = typeof at === 'string' ? new Date(at) : null;
  if (!createdAt || Number.isNaN(createdAt.getTime()) || typeof id !== 'string' || !isUuid(id)) return null;
  return { createdAt, id };
}

/** Marks one notification read; someone else's (or an unknown id) is 404. */
export async function markNotificationRead(deps: AppDeps, actor: Actor, id: string): Promise<void> {
  const user = requireUser(actor);
  if (!(await repo.markRead(deps.db, user.userId, id, deps.now()))) throw new AppError('resource.not_found');
}

export async function markAllNotificationsRead(deps: AppDeps, actor: Actor): Promise<void> {
  const user = requireUser(actor);
  await repo.markAllRead(deps.db, user.userId, deps.now());
}
