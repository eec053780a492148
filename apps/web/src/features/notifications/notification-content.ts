// What a notification says and where it leads, from its kind and data. Pure, so it is tested
// without rendering; unknown kinds (a newer server) get a generic text and no link.
import type { LocalizedText } from '@karvan/domain';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import type { AppNotification } from './notifications.api.ts';

export type NotificationTarget =
  | { to: '/opportunities/$id/dataroom/documents/$docId'; params: { id: string; docId: string } }
  | { to: '/opportunities/$id/dataroom'; params: { id: string }; search: { tab?: 'questions' } };

const MESSAGE_KEYS: Record<string, MessageKey> = {
  'dataroom.document_added': 'notifications.kind.documentAdded',
  'dataroom.question_assigned': 'notifications.kind.questionAssigned',
  'dataroom.question_answered': 'notifications.kind.questionAnswered',
  'dataroom.grant_received': 'notifications.kind.grantReceived',
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/** The message key of a notification's kind. */
export function notificationMessageKey(kind: string): MessageKey {
  return MESSAGE_KEYS[kind] ?? 'notifications.kind.other';
}

/** The room title as sent: a LocalizedText (or, defensively, a plain string). */
export function roomTitleOf(notification: AppNotification): LocalizedText | string | undefined {
  const title = notification.data.roomTitle;
  if (typeof title === 'string') return title;
  if (title && typeof title === 'object') return title as LocalizedText;
  return undefined;
}

/** The document name, when the notification is about a document. */
export function documentNameOf(notification: AppNotification): string | undefined {
  return text(notification.data.documentName);
}

/** Where clicking the notification goes: the document, the room's questions, or the room. */
export function notificationTarget(notification: AppNotification): NotificationTarget | null {
  const opportunityId = text(notification.data.opportunityId);
  if (!opportunityId) return null;
  const documentId = text(notification.data.documentId);
  if (notification.kind === 'dataroom.document_added' && documentId) {
    return {
      to: '/opportunities/$id/dataroom/documents/$docId',
      params: { id: opportunityId, docId: documentId },
    };
  }
  const isQuestion = notification.kind.startsWith('dataroom.question_');
  return {
    to: '/opportunities/$id/dataroom',
    params: { id: opportunityId },
    search: isQuestion ? { tab: 'questions' } : {},
  };
}
