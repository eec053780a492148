import { Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { SearchIcon } from '../../shared/ui/icons.tsx';
import { AnchorLink } from '../../shared/ui/links.tsx';
import { searchQuery } from './dataroom.api.ts';
import { formatIndex } from './labels.ts';

/** Full-text search inside the room's documents; a hit opens the viewer at its page. */
export function RoomSearch({ opportunityId }: { opportunityId: string }) {
  const t = useT();
  const format = useFormat();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const results = useQuery(searchQuery(opportunityId, q));

  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        leftSection={<SearchIcon size={16} />}
        placeholder={t('dataroom.search.placeholder')}
        aria-label={t('dataroom.search.placeholder')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        data-testid="room-search"
      />
      {q ? (
        <Paper withBorder p="sm" aria-live="polite">
          {results.isFetching && !results.data ? (
            <Text size="sm" c="dimmed">
              {t('common.loading')}
            </Text>
          ) : null}
          <ErrorAlert error={results.error} />
          {results.data && results.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dataroom.search.none')}
            </Text>
          ) : null}
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {results.data?.items.map((hit) => (
              <li key={`${hit.document.id}:${hit.page}`} data-testid="search-hit">
                <AnchorLink
                  to="/opportunities/$id/dataroom/documents/$docId"
                  params={{ id: opportunityId, docId: hit.document.id }}
                  search={{ page: hit.page }}
                  fw={600}
                  size="sm"
                >
                  <span className="dataroom-index">{formatIndex(format, hit.document.index)}</span>{' '}
                  <bdi>{hit.document.name}</bdi>
                  {' · '}
                  {t('dataroom.pageNumber', { page: format.number(hit.page) })}
                </AnchorLink>
                <Text size="sm" c="dimmed" className="dataroom-snippet">
                  <bdi>{hit.snippet}</bdi>
                </Text>
              </li>
            ))}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
