import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useSession } from '../../shared/api/session.ts';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../shared/api/types.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { SearchIcon } from '../../shared/ui/icons.tsx';
import { ButtonLink } from '../../shared/ui/links.tsx';
import { LoadMoreButton } from '../../shared/ui/load-more-button.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { CountrySelect } from './country-select.tsx';
import { KIND_LABEL_KEYS } from './labels.ts';
import { OrganizationCard } from './organization-card.tsx';
import { organizationsQuery } from './organizations.api.ts';

const route = getRouteApi('/organizations');

/** The directory: search by name in any language, filter by kind and country; filters live in the URL. */
export function DirectoryPage() {
  const t = useT();
  const me = useSession();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/organizations' });
  const [text, setText] = useState(search.q ?? '');
  const [debouncedText] = useDebouncedValue(text, 300);

  useEffect(() => {
    const q = debouncedText.trim() || undefined;
    if (q !== search.q) void navigate({ search: (previous) => ({ ...previous, q }), replace: true });
  }, [debouncedText, search.q, navigate]);

  const query = useInfiniteQuery(
    organizationsQuery({ q: search.q, kind: search.kind, country: search.country }),
  );
  const organizations = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(search.q || search.kind || search.country);

  return (
    <Page
      title={t('organizations.title')}
      subtitle={<Text c="dimmed">{t('organizations.description')}</Text>}
      actions={me ? <ButtonLink to="/organizations/new">{t('organizations.create.title')}</ButtonLink> : null}
    >
      <search>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void navigate({ search: (previous) => ({ ...previous, q: text.trim() || undefined }) });
          }}
        >
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('organizations.search')}
              placeholder={t('organizations.searchPlaceholder')}
              name="q"
              type="search"
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              leftSection={<SearchIcon size={16} />}
              dir="auto"
              style={{ flex: '1 1 260px' }}
            />
            <Select
              label={t('organizations.kind')}
              placeholder={t('organizations.anyKind')}
              value={search.kind ?? null}
              onChange={(value) =>
                void navigate({
                  search: (previous) => ({
                    ...previous,
                    kind: (value as OrganizationKind | null) ?? undefined,
                  }),
                })
              }
              data={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(KIND_LABEL_KEYS[kind]) }))}
              clearable
              w={200}
            />
            <CountrySelect
              label={t('organizations.country')}
              placeholder={t('organizations.anyCountry')}
              value={search.country ?? null}
              onChange={(value) =>
                void navigate({ search: (previous) => ({ ...previous, country: value ?? undefined }) })
              }
              clearable
              w={220}
            />
            <Button type="submit" variant="light">
              {t('common.search')}
            </Button>
          </Group>
        </form>
      </search>

      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : organizations.length === 0 ? (
        filtered ? (
          <EmptyState
            title={t('organizations.noResults.title')}
            description={t('organizations.noResults.description')}
            action={
              <Button
                variant="light"
                onClick={() => {
                  setText('');
                  void navigate({ search: {} });
                }}
              >
                {t('organizations.clearFilters')}
              </Button>
            }
          />
        ) : (
          <EmptyState
            title={t('organizations.empty.title')}
            description={t('organizations.empty.description')}
            action={
              me ? <ButtonLink to="/organizations/new">{t('organizations.create.title')}</ButtonLink> : null
            }
          />
        )
      ) : (
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" aria-busy={query.isFetching}>
            {organizations.map((organization) => (
              <OrganizationCard key={organization.id} organization={organization} />
            ))}
          </SimpleGrid>
          <LoadMoreButton query={query} />
        </Stack>
      )}
    </Page>
  );
}
