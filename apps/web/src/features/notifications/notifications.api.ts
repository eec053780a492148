// The signed-in user's notifications (docs/api-contract.md, end of "Data room").
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';

export interface AppNotification {
  id: string;
  kind: string;
  /** Kind-specific facts, e.g. `{ opportunityId, documentId, documentName, roomTitle }`. */
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationsPage {
  items: AppNotification[];
  unread: number;
  nextCursor: string | null;
}

/** How often the bell asks for news; it also asks whenever the window regains focus. */
export const NOTIFICATIONS_POLL_MS = 60_000;

export const notificationsQuery = queryOptions({
  queryKey: ['notifications'] as const,
  queryFn: ({ signal }) => api.get<NotificationsPage>('/me/notifications', undefined, signal),
  refetchInterval: NOTIFICATIONS_POLL_MS,
  refetchOnWindowFocus: 'always',
  staleTime: 10_000,
});

export const notificationsApi = {
  markRead: (id: string) => api.post<void>(`/me/notifications/${encodeURIComponent(id)}/read`),
  markAllRead: () => api.post<void>('/me/notifications/read-all'),
};
