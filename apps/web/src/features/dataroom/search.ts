// Search parameters of the data room pages, validated so a hand-edited URL cannot break them.
// Kept free of React and Mantine: the router imports it in the first bundle.

export const ROOM_TABS = ['documents', 'grants', 'activity', 'questions', 'bin'] as const;
export type RoomTab = (typeof ROOM_TABS)[number];

export interface DataroomSearch {
  tab?: RoomTab;
  /** The folder whose documents are listed; absent = the top level. */
  folder?: string;
  /** Owner side: see the room as this user (an e-mail) would. */
  asUser?: string;
}

const UUID = /^[0-9a-f-]{36}$/i;

export function validateDataroomSearch(search: Record<string, unknown>): DataroomSearch {
  const result: DataroomSearch = {};
  if (typeof search.tab === 'string' && (ROOM_TABS as readonly string[]).includes(search.tab)) {
    result.tab = search.tab as RoomTab;
  }
  if (typeof search.folder === 'string' && UUID.test(search.folder)) result.folder = search.folder;
  if (typeof search.asUser === 'string' && /^[^\s@]+@[^\s@]+$/.test(search.asUser.trim())) {
    result.asUser = search.asUser.trim();
  }
  return result;
}

export interface ViewerSearch {
  /** The page to open at (search results link straight to a page). */
  page?: number;
}

export function validateViewerSearch(search: Record<string, unknown>): ViewerSearch {
  const page = Number(search.page);
  return Number.isInteger(page) && page >= 1 ? { page } : {};
}
