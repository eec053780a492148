import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useSession } from '../../shared/api/session.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { ArrowForwardIcon } from '../../shared/ui/icons.tsx';
import { AnchorLink, ButtonLink } from '../../shared/ui/links.tsx';
import { useDocumentTitle } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { OrganizationCard } from '../organizations/organization-card.tsx';
import { organizationsQuery } from '../organizations/organizations.api.ts';

interface Capability {
  id: string;
  title: MessageKey;
  description: MessageKey;
  /** The page where a capability that is already available lives. */
  to?: '/opportunities';
}

// The path of a cooperation, in order (DESIGN.md).
const CAPABILITIES: Capability[] = [
  {
    id: 'opportunities',
    title: 'home.capability.opportunities.title',
    description: 'home.capability.opportunities.description',
    to: '/opportunities',
  },
  {
    id: 'financial-model',
    title: 'home.capability.financialModel.title',
    description: 'home.capability.financialModel.description',
    // The model and the data room live on an opportunity's page: the way in is the bank.
    to: '/opportunities',
  },
  {
    id: 'data-room',
    title: 'home.capability.dataRoom.title',
    description: 'home.capability.dataRoom.description',
    to: '/opportunities',
  },
  {
    id: 'matchmaking',
    title: 'home.capability.matchmaking.title',
    description: 'home.capability.matchmaking.description',
  },
  {
    id: 'meetings',
    title: 'home.capability.meetings.title',
    description: 'home.capability.meetings.description',
  },
  { id: 'mou', title: 'home.capability.mou.title', description: 'home.capability.mou.description' },
];

function DemoOrganizations() {
  const t = useT();
  const query = useInfiniteQuery(organizationsQuery({}));
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const organizations = query.data.pages.flatMap((page) => page.items).slice(0, 9);
  if (organizations.length === 0) {
    return (
      <EmptyState
        title={t('organizations.empty.title')}
        description={t('organizations.empty.description')}
        action={<ButtonLink to="/organizations/new">{t('organizations.create.title')}</ButtonLink>}
      />
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
      {organizations.map((organization) => (
        <OrganizationCard key={organization.id} organization={organization} />
      ))}
    </SimpleGrid>
  );
}

/** What Karvan is, the path of a cooperation, and who is already here. */
export function HomePage() {
  const t = useT();
  const me = useSession();
  useDocumentTitle('');

  return (
    <Stack gap="xl">
      <section className="karvan-hero" aria-labelledby="home-title">
        <Stack gap="md" maw={760}>
          <Title order={1} id="home-title">
            {t('home.title')}
          </Title>
          <Text size="lg">{t('home.lead')}</Text>
          <Group gap="sm">
            {me ? (
              <ButtonLink to="/organizations/new" rightSection={<ArrowForwardIcon size={16} />}>
                {t('organizations.create.title')}
              </ButtonLink>
            ) : (
              <ButtonLink to="/register" rightSection={<ArrowForwardIcon size={16} />}>
                {t('home.cta.register')}
              </ButtonLink>
            )}
            <ButtonLink to="/organizations" variant="default">
              {t('home.cta.directory')}
            </ButtonLink>
            <ButtonLink to="/reference" variant="subtle">
              {t('home.cta.reference')}
            </ButtonLink>
          </Group>
        </Stack>
      </section>

      <section aria-labelledby="home-path">
        <Stack gap="md">
          <Title order={2} size="h3" id="home-path">
            {t('home.path.title')}
          </Title>
          <Text c="dimmed">{t('home.path.description')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            {CAPABILITIES.map((capability, index) => (
              <Card key={capability.id} withBorder padding="md" component="article">
                <Stack gap={6}>
                  <Group justify="space-between" wrap="nowrap">
                    <Text fw={700} component="h3" m={0}>
                      {t('home.step', { step: index + 1 })} · {t(capability.title)}
                    </Text>
                    {capability.to ? (
                      <Badge variant="light" color="green" size="sm">
                        {t('home.available')}
                      </Badge>
                    ) : (
                      <Badge variant="light" color="gray" size="sm">
                        {t('home.comingSoon')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm">{t(capability.description)}</Text>
                  {capability.to ? (
                    <AnchorLink to={capability.to} size="sm">
                      {t('opportunities.title')} <ArrowForwardIcon size={14} />
                    </AnchorLink>
                  ) : null}
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
          <Text size="sm">
            {t('home.availableNow')} <AnchorLink to="/opportunities">{t('nav.opportunities')}</AnchorLink>
            {t('common.listSeparator')}
            <AnchorLink to="/organizations">{t('nav.organizations')}</AnchorLink>
            {t('common.listSeparator')}
            <AnchorLink to="/reference">{t('nav.reference')}</AnchorLink>
          </Text>
        </Stack>
      </section>

      <section aria-labelledby="home-organizations">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={2} size="h3" id="home-organizations">
              {t('home.organizations.title')}
            </Title>
            <AnchorLink to="/organizations">
              {t('home.organizations.all')} <ArrowForwardIcon size={14} />
            </AnchorLink>
          </Group>
          <Text c="dimmed">{t('home.organizations.description')}</Text>
          <DemoOrganizations />
        </Stack>
      </section>
    </Stack>
  );
}
