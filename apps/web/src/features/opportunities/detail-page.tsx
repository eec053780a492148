import { LOCALES, type Locale, pickLocalizedText } from '@karvan/domain';
import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { isApiError } from '../../shared/api/client.ts';
import { useSession } from '../../shared/api/session.ts';
import type { Opportunity, OpportunityStatus, TextOrigin } from '../../shared/api/types.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useCountryName } from '../../shared/format/region-names.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { ArrowBackIcon } from '../../shared/ui/icons.tsx';
import { AnchorLink, ButtonLink } from '../../shared/ui/links.tsx';
import { LANGUAGE_NAME_KEYS, LocalizedText, useLocalizedString } from '../../shared/ui/localized-text.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { FinancialModelsSection } from '../finance/models-section.tsx';
import { ProvinceName } from '../reference/province-name.tsx';
import { commoditiesQuery } from '../reference/reference.api.ts';
import { useVocabulary } from './labels.ts';
import { opportunityQuery } from './opportunities.api.ts';
import { InvestmentAmount, OpportunityText, StatusBadge } from './opportunity-parts.tsx';
import { OpportunityTimeline } from './timeline.tsx';
import { WorkflowActions } from './workflow-actions.tsx';

const route = getRouteApi('/opportunities/$id');

export const ORIGIN_LABEL_KEYS: Record<TextOrigin, MessageKey> = {
  source: 'opportunity.origin.source',
  human: 'opportunity.origin.human',
  machine: 'opportunity.origin.machine',
};

/** What the workflow box says above its buttons, per status. */
const WORKFLOW_HINT_KEYS: Record<OpportunityStatus, MessageKey> = {
  draft: 'opportunity.workflow.hint.draft',
  submitted: 'opportunity.workflow.hint.submitted',
  returned: 'opportunity.workflow.hint.returned',
  published: 'opportunity.workflow.hint.published',
  closed: 'opportunity.workflow.hint.closed',
};

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

function Codes({ codes }: { codes: string[] }) {
  const t = useT();
  if (codes.length === 0)
    return (
      <Text span c="dimmed">
        {t('common.notAvailable')}
      </Text>
    );
  return (
    <Group gap={4}>
      {codes.map((code) => (
        <Badge key={code} variant="outline" color="gray" tt="none">
          <bdi className="karvan-code">{code}</bdi>
        </Badge>
      ))}
    </Group>
  );
}

function Commodities({ codes }: { codes: string[] }) {
  const t = useT();
  const commodities = useQuery(commoditiesQuery);
  if (codes.length === 0)
    return (
      <Text span c="dimmed">
        {t('common.notAvailable')}
      </Text>
    );
  return (
    <Group gap={4}>
      {codes.map((code) => {
        const commodity = commodities.data?.items.find((item) => item.code === code);
        return (
          <Badge key={code} variant="light" color="gray" tt="none">
            {commodity ? <LocalizedText value={commodity.name} /> : <bdi className="karvan-code">{code}</bdi>}
          </Badge>
        );
      })}
    </Group>
  );
}

/** The languages the texts exist in, and how each was written (original, person, machine). */
function Languages({ opportunity }: { opportunity: Opportunity }) {
  const t = useT();
  const written = LOCALES.filter((locale) => Boolean(opportunity.title[locale]?.trim()));
  return (
    <Group gap={4}>
      {written.map((locale: Locale) => {
        const origin: TextOrigin =
          opportunity.textOrigins[locale] ?? (locale === opportunity.sourceLanguage ? 'source' : 'human');
        return (
          <Badge key={locale} variant="light" color={origin === 'machine' ? 'grape' : 'gray'} tt="none">
            {t('opportunity.languageWithOrigin', {
              language: t(LANGUAGE_NAME_KEYS[locale]),
              origin: t(ORIGIN_LABEL_KEYS[origin]),
            })}
          </Badge>
        );
      })}
    </Group>
  );
}

function Contact({ opportunity }: { opportunity: Opportunity }) {
  const t = useT();
  const me = useSession();
  const location = useLocation();
  const contact = opportunity.contact;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="contact-title" data-testid="contact">
      <Stack gap="sm">
        <Title order={2} size="h4" id="contact-title">
          {t('opportunity.contact')}
        </Title>
        {contact ? (
          contact.name || contact.email || contact.phone ? (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {contact.name ? (
                <Fact label={t('opportunity.contact.name')}>
                  <bdi>{contact.name}</bdi>
                </Fact>
              ) : null}
              {contact.email ? (
                <Fact label={t('auth.email')}>
                  <a href={`mailto:${contact.email}`} dir="ltr">
                    {contact.email}
                  </a>
                </Fact>
              ) : null}
              {contact.phone ? (
                <Fact label={t('opportunity.contact.phone')}>
                  <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} dir="ltr">
                    {contact.phone}
                  </a>
                </Fact>
              ) : null}
            </SimpleGrid>
          ) : (
            <Text size="sm" c="dimmed">
              {t('opportunity.contact.none')}
            </Text>
          )
        ) : me ? (
          <Text size="sm" c="dimmed">
            {t('opportunity.contact.none')}
          </Text>
        ) : (
          <Group gap="sm">
            <Text size="sm">{t('opportunity.contact.signIn')}</Text>
            <ButtonLink to="/login" search={{ redirect: location.href }} size="xs" variant="light">
              {t('auth.login.link')}
            </ButtonLink>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function Details({ opportunity }: { opportunity: Opportunity }) {
  const t = useT();
  const format = useFormat();
  const countryName = useCountryName();
  const vocabulary = useVocabulary();
  return (
    <Paper withBorder p="lg" component="section" aria-label={t('opportunity.details')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="lg">
        <Fact label={t('opportunity.kind')}>{vocabulary.kind(opportunity.kind)}</Fact>
        <Fact label={t('opportunity.stage')}>
          {opportunity.stage ? vocabulary.stage(opportunity.stage) : t('common.notAvailable')}
        </Fact>
        <Fact label={t('opportunity.province')}>
          <AnchorLink to="/opportunities/provinces/$code" params={{ code: opportunity.province }}>
            <ProvinceName country={opportunity.country} code={opportunity.province} />
          </AnchorLink>
          {t('common.listSeparator')}
          {countryName(opportunity.country)}
        </Fact>
        <Fact label={t('opportunity.requiredInvestment')} testId="fact-investment">
          <InvestmentAmount
            money={opportunity.requiredInvestment}
            usd={opportunity.requiredInvestmentUsd}
            stacked
          />
        </Fact>
        <Fact label={t('opportunity.capacity')}>
          {opportunity.capacity ? (
            <>
              {format.number(opportunity.capacity.quantity)} <bdi>{opportunity.capacity.unit}</bdi>
            </>
          ) : (
            t('common.notAvailable')
          )}
        </Fact>
        <Fact label={t('opportunity.investmentTypes')}>
          {opportunity.investmentTypes.length > 0
            ? opportunity.investmentTypes.map(vocabulary.investmentType).join(t('common.listSeparator'))
            : t('common.notAvailable')}
        </Fact>
        <Fact label={t('opportunity.isic')}>
          <Codes codes={opportunity.isic} />
        </Fact>
        <Fact label={t('opportunity.hs')}>
          <Codes codes={opportunity.hs} />
        </Fact>
        <Fact label={t('opportunity.commodities')}>
          <Commodities codes={opportunity.commodities} />
        </Fact>
        {opportunity.latitude !== null && opportunity.longitude !== null ? (
          <Fact label={t('opportunity.coordinates')}>
            <bdi>
              {format.number(opportunity.latitude, { maximumFractionDigits: 5 })}
              {t('common.listSeparator')}
              {format.number(opportunity.longitude, { maximumFractionDigits: 5 })}
            </bdi>
          </Fact>
        ) : null}
        <Fact label={t('opportunity.organization')}>
          <AnchorLink to="/organizations/$idOrSlug" params={{ idOrSlug: opportunity.organization.slug }}>
            <LocalizedText value={opportunity.organization.name} />
          </AnchorLink>
        </Fact>
        <Fact label={t('opportunity.languages')}>
          <Languages opportunity={opportunity} />
        </Fact>
        {opportunity.publishedAt ? (
          <Fact label={t('opportunity.publishedAt')}>{format.date(opportunity.publishedAt)}</Fact>
        ) : null}
        <Fact label={t('opportunity.updatedAt')}>{format.date(opportunity.updatedAt)}</Fact>
        {opportunity.externalId ? (
          <Fact label={t('opportunity.externalId')}>
            <bdi className="karvan-code">{opportunity.externalId}</bdi>
          </Fact>
        ) : null}
      </SimpleGrid>
    </Paper>
  );
}

/**
 * One opportunity in the visitor's language (fallback and machine-translation marks), every
 * field labelled, the contact for signed-in users, and for owners and officers the workflow
 * buttons and the timeline.
 */
export function OpportunityDetailPage() {
  const t = useT();
  const { id } = route.useParams();
  const { locale } = useLocale();
  const toText = useLocalizedString();
  const opportunity = useQuery(opportunityQuery(id));
  const me = useSession();

  const back = (
    <AnchorLink to="/opportunities" size="sm">
      <ArrowBackIcon size={14} /> {t('opportunities.title')}
    </AnchorLink>
  );

  if (opportunity.isPending) return <LoadingState />;
  if (opportunity.isError) {
    return (
      <Page title={t('opportunities.title')} back={back}>
        {isApiError(opportunity.error) &&
        (opportunity.error.status === 404 || opportunity.error.status === 400) ? (
          <EmptyState
            title={t('opportunity.notFound')}
            description={t('opportunity.notFoundHint')}
            action={<ButtonLink to="/opportunities">{t('opportunities.title')}</ButtonLink>}
          />
        ) : (
          <ErrorAlert error={opportunity.error} onRetry={() => void opportunity.refetch()} />
        )}
      </Page>
    );
  }

  const data = opportunity.data;
  const hasSummary = Boolean(pickLocalizedText(data.summary, locale));
  const hasDescription = Boolean(pickLocalizedText(data.description, locale));
  const isManaged = Object.values(data.allowed).some(Boolean);

  return (
    <Page
      title={toText(data.title)}
      heading={<OpportunityText value={data.title} textOrigins={data.textOrigins} />}
      back={back}
      subtitle={
        <Group gap="xs">
          {data.status !== 'published' || isManaged ? <StatusBadge status={data.status} /> : null}
          {data.isDemo ? (
            <Badge variant="outline" color="gray">
              {t('organization.demo')}
            </Badge>
          ) : null}
        </Group>
      }
      actions={
        <>
          {me ? (
            // Everyone signed in gets the link: the room itself says "not found" without a grant.
            <ButtonLink
              to="/opportunities/$id/dataroom"
              params={{ id: data.id }}
              variant="light"
              data-testid="dataroom-link"
            >
              {t('dataroom.title')}
            </ButtonLink>
          ) : null}
          {data.allowed.edit ? (
            <ButtonLink
              to="/opportunities/$id/edit"
              params={{ id: data.id }}
              variant="default"
              data-testid="edit-link"
            >
              {t('opportunity.edit')}
            </ButtonLink>
          ) : null}
        </>
      }
    >
      {data.statusNote ? (
        <Alert
          color={data.status === 'returned' ? 'orange' : data.status === 'closed' ? 'gray' : 'blue'}
          title={t('opportunity.statusNote')}
          data-testid="status-note"
        >
          <Text size="sm" className="karvan-pre">
            <bdi>{data.statusNote}</bdi>
          </Text>
        </Alert>
      ) : null}
      {data.allowed.submit || data.allowed.publish || data.allowed.return || data.allowed.close ? (
        <Paper withBorder p="md" component="section" aria-label={t('opportunity.workflow.title')}>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm">{t(WORKFLOW_HINT_KEYS[data.status])}</Text>
            <WorkflowActions opportunity={data} />
          </Group>
        </Paper>
      ) : null}

      {hasSummary ? (
        <Text size="lg" component="div" className="karvan-pre">
          <OpportunityText value={data.summary} textOrigins={data.textOrigins} component="div" />
        </Text>
      ) : null}

      <Details opportunity={data} />

      <Paper withBorder p="lg" component="section" aria-labelledby="description-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="description-title">
            {t('opportunity.description')}
          </Title>
          {hasDescription ? (
            <Text component="div" className="karvan-pre">
              <OpportunityText value={data.description} textOrigins={data.textOrigins} component="div" />
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('opportunity.noDescription')}
            </Text>
          )}
        </Stack>
      </Paper>

      <Contact opportunity={data} />

      {me ? <FinancialModelsSection opportunityId={data.id} canCreate={data.allowed.edit} /> : null}

      {data.allowed.viewTimeline ? <OpportunityTimeline id={data.id} /> : null}
    </Page>
  );
}
