// The data room over HTTP (docs/api-contract.md, "Data room"). Shapes are written from the
// contract; once the server commits them to openapi.json they can be generated instead.
import type { LocalizedText } from '@karvan/domain';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  API_BASE,
  api,
  apiUpload,
  buildQuery,
  readCookie,
  type UploadProgress,
} from '../../shared/api/client.ts';
import type { Items, Page } from '../../shared/api/types.ts';

export type AccessLevel = 'view' | 'download' | 'download-original';
export const ACCESS_LEVELS: readonly AccessLevel[] = ['view', 'download', 'download-original'];
export type ViewKind = 'pdf' | 'image' | 'office' | 'download';
export type GrantStatus = 'active' | 'expired' | 'revoked';
export type ActivityAction = 'open' | 'page' | 'download' | 'download-original';
export const ACTIVITY_ACTIONS: readonly ActivityAction[] = ['open', 'page', 'download', 'download-original'];

export interface RoomFolder {
  id: string;
  parentId: string | null;
  name: string;
  index: string;
}

export interface RoomDocument {
  id: string;
  folderId: string | null;
  name: string;
  index: string;
  version: number;
  fileName: string;
  size: number;
  mediaType: string;
  viewKind: ViewKind;
  pageCount: number | null;
  updatedAt: string;
  allowed: { view: boolean; download: boolean; downloadOriginal: boolean };
}

export interface DocumentVersion {
  version: number;
  fileName: string;
  size: number;
  mediaType: string;
  uploadedAt: string;
  uploadedBy: { name: string | null };
}

export interface RoomDocumentDetail extends RoomDocument {
  versions: DocumentVersion[];
}

export interface Room {
  id: string;
  opportunityId: string;
  opportunityTitle: LocalizedText;
  ndaText: LocalizedText;
  ndaRevision: number;
  nda: { required: boolean; accepted: boolean };
  isOwner: boolean;
  level: AccessLevel | null;
  usedBytes?: number;
  maxBytes?: number;
  folders: RoomFolder[];
  documents: RoomDocument[];
}

export interface Grant {
  id: string;
  organization: { id: string; name: LocalizedText } | null;
  user: { id: string; name: string; email: string } | null;
  level: AccessLevel;
  folders: Array<{ id: string; name: string; index: string }> | null;
  expiresAt: string | null;
  ndaRequired: boolean;
  createdAt: string;
  createdBy: { name: string | null };
  revokedAt: string | null;
  status: GrantStatus;
}

export interface CreateGrantRequest {
  organizationId?: string;
  userEmail?: string;
  level: AccessLevel;
  folders?: string[];
  expiresAt?: string;
  ndaRequired?: boolean;
}

export interface ActivityItem {
  id: string;
  at: string;
  action: ActivityAction;
  /** Null once the user's account is deleted. */
  user: { id: string; name: string; email: string } | null;
  organizations: string[];
  document: { id: string; name: string; index: string } | null;
  version: number | null;
  page: number | null;
  durationMs: number | null;
}

export interface ActivityFilters {
  userId?: string;
  documentId?: string;
  action?: ActivityAction;
}

export interface SearchHit {
  document: { id: string; name: string; index: string };
  page: number;
  snippet: string;
}

export interface Question {
  id: string;
  subject: { kind: 'room' | 'folder' | 'document'; id: string | null; name: string | null };
  question: string;
  /** Null for a grantee reading another organisation's published question. */
  askedBy: { name: string | null } | null;
  askedFor: { name: LocalizedText } | null;
  createdAt: string;
  assignedTo: { id: string; name: string } | null;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: { name: string | null } | null;
  isPublished: boolean;
}

export interface BinContents {
  folders: Array<{ id: string; name: string; deletedAt: string; deletedBy: { name: string | null } }>;
  documents: Array<{
    id: string;
    name: string;
    fileName: string;
    deletedAt: string;
    deletedBy: { name: string | null };
  }>;
}

export type BinKind = 'folders' | 'documents';

/** Stable codes the pages branch on. */
export const ROOM_NOT_FOUND = 'dataroom.not_found';
export const NDA_CHANGED = 'dataroom.nda_changed';

const roomPath = (opportunityId: string) => `/opportunities/${encodeURIComponent(opportunityId)}/dataroom`;
const documentPath = (documentId: string) => `/dataroom/documents/${encodeURIComponent(documentId)}`;

/** Every query of one room starts with this key, so a change can refresh them all at once. */
export const roomKey = (opportunityId: string) => ['dataroom', opportunityId] as const;

export function roomQuery(opportunityId: string, asUser?: string) {
  return queryOptions({
    queryKey: [...roomKey(opportunityId), 'room', asUser ?? null] as const,
    queryFn: ({ signal }) => api.get<Room>(roomPath(opportunityId), { asUser }, signal),
    retry: false,
  });
}

export function documentQuery(opportunityId: string, documentId: string) {
  return queryOptions({
    queryKey: [...roomKey(opportunityId), 'document', documentId] as const,
    queryFn: ({ signal }) => api.get<RoomDocumentDetail>(documentPath(documentId), undefined, signal),
    retry: false,
  });
}

export function binQuery(opportunityId: string) {
  return queryOptions({
    queryKey: [...roomKey(opportunityId), 'bin'] as const,
    queryFn: ({ signal }) => api.get<BinContents>(`${roomPath(opportunityId)}/bin`, undefined, signal),
  });
}

export function grantsQuery(opportunityId: string) {
  return queryOptions({
    queryKey: [...roomKey(opportunityId), 'grants'] as const,
    queryFn: ({ signal }) => api.get<Items<Grant>>(`${roomPath(opportunityId)}/grants`, undefined, signal),
  });
}

export function activityQuery(opportunityId: string, filters: ActivityFilters) {
  return infiniteQueryOptions({
    queryKey: [...roomKey(opportunityId), 'activity', filters] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<ActivityItem>>(
        `${roomPath(opportunityId)}/activity`,
        { ...filters, cursor: pageParam, limit: 50 },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function searchQuery(opportunityId: string, q: string) {
  return queryOptions({
    queryKey: [...roomKey(opportunityId), 'search', q] as const,
    queryFn: ({ signal }) => api.get<Items<SearchHit>>(`${roomPath(opportunityId)}/search`, { q }, signal),
    enabled: q.length > 0,
  });
}

export function questionsQuery(opportunityId: string) {
  return queryOptions({
    queryKey: [...roomKey(opportunityId), 'questions'] as const,
    queryFn: ({ signal }) =>
      api.get<Items<Question>>(`${roomPath(opportunityId)}/questions`, undefined, signal),
  });
}

/** The link of the activity export with the filters on screen (a plain link: the browser downloads it). */
export function activityExportUrl(
  opportunityId: string,
  format: 'csv' | 'xlsx',
  lang: string,
  filters: ActivityFilters = {},
): string {
  return `${API_BASE}${roomPath(opportunityId)}/activity/export${buildQuery({ format, lang, ...filters })}`;
}

/** The image of one page: full size (a `page` activity on the server) or a thumbnail. */
export function pageImageUrl(documentId: string, page: number, size: 'full' | 'thumb' = 'full'): string {
  const query = size === 'thumb' ? '?size=thumb' : '';
  return `${API_BASE}${documentPath(documentId)}/pages/${page}${query}`;
}

export function downloadUrl(documentId: string, variant?: 'original' | 'watermarked'): string {
  return `${API_BASE}${documentPath(documentId)}/download${buildQuery({ variant })}`;
}

/** Where one upload goes: a folder by id (null = top level), and below it a path of folder names the server creates. */
export type UploadTarget = { folderId: string | null; folderPath?: string };

export const dataroomApi = {
  createRoom: (opportunityId: string, ndaText?: LocalizedText) =>
    api.post<Room>(roomPath(opportunityId), ndaText ? { ndaText } : {}),
  updateNda: (opportunityId: string, ndaText: LocalizedText) =>
    api.patch<Room>(roomPath(opportunityId), { ndaText }),
  acceptNda: (opportunityId: string, ndaRevision: number) =>
    api.post<void>(`${roomPath(opportunityId)}/nda/accept`, { ndaRevision }),

  createFolder: (opportunityId: string, name: string, parentId: string | null) =>
    api.post<RoomFolder>(`${roomPath(opportunityId)}/folders`, parentId ? { name, parentId } : { name }),
  updateFolder: (folderId: string, body: { name?: string; parentId?: string | null }) =>
    api.patch<RoomFolder>(`/dataroom/folders/${encodeURIComponent(folderId)}`, body),
  deleteFolder: (folderId: string) => api.delete(`/dataroom/folders/${encodeURIComponent(folderId)}`),

  updateDocument: (documentId: string, body: { name?: string; folderId?: string | null }) =>
    api.patch<RoomDocument>(documentPath(documentId), body),
  deleteDocument: (documentId: string) => api.delete(documentPath(documentId)),

  /** One file, as multipart; `folder` (a path) makes the server create the subfolders of a folder upload. */
  upload: (
    opportunityId: string,
    file: File,
    target: UploadTarget,
    options: { onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal } = {},
  ) => {
    const form = new FormData();
    // Fields before the file: the server streams the file to the store and must know where it goes.
    if (target.folderId) form.append('folderId', target.folderId);
    if (target.folderPath) form.append('folder', target.folderPath);
    form.append('file', file, file.name);
    return apiUpload<RoomDocument>(`${roomPath(opportunityId)}/documents`, form, options);
  },
  uploadVersion: (
    documentId: string,
    file: File,
    options: { onProgress?: (progress: UploadProgress) => void } = {},
  ) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiUpload<RoomDocument>(`${documentPath(documentId)}/versions`, form, options);
  },

  restore: (kind: BinKind, itemId: string) =>
    api.post<void>(`/dataroom/bin/${kind}/${encodeURIComponent(itemId)}/restore`),
  purge: (kind: BinKind, itemId: string) => api.delete(`/dataroom/bin/${kind}/${encodeURIComponent(itemId)}`),

  openView: (documentId: string) =>
    api.post<{ pageCount: number; version: number }>(`${documentPath(documentId)}/views`),

  createGrant: (opportunityId: string, body: CreateGrantRequest) =>
    api.post<Grant>(`${roomPath(opportunityId)}/grants`, body),
  revokeGrant: (opportunityId: string, grantId: string) =>
    api.delete(`${roomPath(opportunityId)}/grants/${encodeURIComponent(grantId)}`),

  ask: (opportunityId: string, body: { question: string; documentId?: string; folderId?: string }) =>
    api.post<Question>(`${roomPath(opportunityId)}/questions`, body),
  answer: (questionId: string, answer: string, publish: boolean) =>
    api.post<Question>(`/dataroom/questions/${encodeURIComponent(questionId)}/answer`, { answer, publish }),
  assign: (questionId: string, userId: string) =>
    api.post<Question>(`/dataroom/questions/${encodeURIComponent(questionId)}/assign`, { userId }),
  publish: (questionId: string, isPublished: boolean) =>
    api.post<Question>(`/dataroom/questions/${encodeURIComponent(questionId)}/publish`, { isPublished }),
};

/** The path of the page-time call, shared by the normal call and the keepalive one at unload. */
export function pageTimePath(documentId: string, page: number): string {
  return `${API_BASE}${documentPath(documentId)}/pages/${page}/time`;
}

/**
 * Reports how long a page stayed on screen. `keepalive` lets the request outlive the page when
 * the tab closes; sendBeacon would too but cannot carry the CSRF header, so this is a fetch.
 */
export function postPageTime(documentId: string, page: number, ms: number, keepalive = false): void {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const csrf = readCookie('karvan_csrf');
  if (csrf) headers['x-csrf-token'] = csrf;
  void fetch(pageTimePath(documentId, page), {
    method: 'POST',
    headers,
    credentials: 'include',
    body: JSON.stringify({ ms: Math.round(ms) }),
    keepalive,
  }).catch(() => {
    // Reading time is best effort: a lost report must never disturb the reader.
  });
}
