import { Badge, Group, Stack, Text } from '@mantine/core';
import type { OpportunitySummary } from '../../shared/api/types.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ChevronForwardIcon } from '../../shared/ui/icons.tsx';
import { CardLink } from '../../shared/ui/links.tsx';
import { LocalizedText } from '../../shared/ui/localized-text.tsx';
import { ProvinceName } from '../reference/province-name.tsx';
import { useVocabulary } from './labels.ts';
import { InvestmentAmount, OpportunityText, StatusBadge } from './opportunity-parts.tsx';

/** One opportunity in a list: title in the reader's language, kind, place, money, stage. */
export function OpportunityCard({
  opportunity,
  showStatus = false,
}: {
  opportunity: OpportunitySummary;
  showStatus?: boolean;
}) {
  const t = useT();
  const vocabulary = useVocabulary();
  return (
    <CardLink
      withBorder
      padding="md"
      to="/opportunities/$id"
      params={{ id: opportunity.id }}
      className="karvan-card-link"
      data-testid="opportunity-card"
    >
      <Stack gap={8}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={700} component="h3" size="md" m={0}>
            <OpportunityText value={opportunity.title} textOrigins={opportunity.textOrigins} />
          </Text>
          <ChevronForwardIcon />
        </Group>
        <Group gap={6}>
          <Badge variant="light">{vocabulary.kind(opportunity.kind)}</Badge>
          {opportunity.stage ? (
            <Badge variant="outline" color="gray">
              {vocabulary.stage(opportunity.stage)}
            </Badge>
          ) : null}
          {showStatus ? <StatusBadge status={opportunity.status} /> : null}
          {opportunity.isDemo ? (
            <Badge variant="outline" color="gray">
              {t('organization.demo')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          <ProvinceName country={opportunity.country} code={opportunity.province} />
          {t('common.listSeparator')}
          <LocalizedText value={opportunity.organization.name} />
        </Text>
        {Object.keys(opportunity.summary).length > 0 ? (
          <Text size="sm" lineClamp={3}>
            <LocalizedText value={opportunity.summary} />
          </Text>
        ) : null}
        <Text size="sm" component="div">
          <Text span size="xs" c="dimmed" fw={600}>
            {t('common.labelColon', { label: t('opportunity.requiredInvestment') })}
          </Text>{' '}
          <InvestmentAmount money={opportunity.requiredInvestment} usd={opportunity.requiredInvestmentUsd} />
        </Text>
      </Stack>
    </CardLink>
  );
}
