import { describe, expect, it } from 'vitest';
import {
  documentNameOf,
  notificationMessageKey,
  notificationTarget,
  roomTitleOf,
} from './notification-content.ts';
import type { AppNotification } from './notifications.api.ts';

const notification = (kind: string, data: Record<string, unknown>): AppNotification => ({
  id: 'n1',
  kind,
  data,
  createdAt: '2026-03-01T10:00:00Z',
  readAt: null,
});

describe('notificationTarget', () => {
  it('leads a new document straight to the document', () => {
    const added = notification('dataroom.document_added', {
      opportunityId: 'opp',
      documentId: 'doc',
      documentName: 'Permit.pdf',
      roomTitle: { en: 'Copper mine' },
    });
    expect(notificationTarget(added)).toEqual({
      to: '/opportunities/$id/dataroom/documents/$docId',
      params: { id: 'opp', docId: 'doc' },
    });
    expect(documentNameOf(added)).toBe('Permit.pdf');
    expect(roomTitleOf(added)).toEqual({ en: 'Copper mine' });
  });

  it('leads questions to the questions tab and grants to the room', () => {
    expect(notificationTarget(notification('dataroom.question_answered', { opportunityId: 'opp' }))).toEqual({
      to: '/opportunities/$id/dataroom',
      params: { id: 'opp' },
      search: { tab: 'questions' },
    });
    expect(notificationTarget(notification('dataroom.grant_received', { opportunityId: 'opp' }))).toEqual({
      to: '/opportunities/$id/dataroom',
      params: { id: 'opp' },
      search: {},
    });
  });

  it('has no link without an opportunity', () => {
    expect(notificationTarget(notification('something.new', {}))).toBeNull();
  });
});

describe('notificationMessageKey', () => {
  it('has a message per known kind and a generic one for the rest', () => {
    expect(notificationMessageKey('dataroom.document_added')).toBe('notifications.kind.documentAdded');
    expect(notificationMessageKey('dataroom.question_assigned')).toBe('notifications.kind.questionAssigned');
    expect(notificationMessageKey('future.kind')).toBe('notifications.kind.other');
  });
});
