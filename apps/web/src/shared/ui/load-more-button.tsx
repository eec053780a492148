import { Button, Group } from '@mantine/core';
import { useT } from '../i18n/use-t.ts';

/** The part of an infinite query this button needs (TanStack Query's useInfiniteQuery result). */
interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** "Load more" under a cursor-paginated list; renders nothing on the last page. */
export function LoadMoreButton({ query }: { query: PagedQuery }) {
  const t = useT();
  if (!query.hasNextPage) return null;
  return (
    <Group justify="center">
      <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
        {t('common.loadMore')}
      </Button>
    </Group>
  );
}
