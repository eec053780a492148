import { Badge, Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { OpportunitySummary } from '../../shared/api/types.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { AnchorLink } from '../../shared/ui/links.tsx';
import { LocalizedText } from '../../shared/ui/localized-text.tsx';
import { ProvinceName } from '../reference/province-name.tsx';
import { useVocabulary } from './labels.ts';
import { OpportunityText, StatusBadge } from './opportunity-parts.tsx';

interface OpportunityTableProps {
  items: OpportunitySummary[];
  /** The last column's content per row (edit links, vetting buttons). */
  actions?: (opportunity: OpportunitySummary) => ReactNode;
  busy?: boolean;
}

/** Working lists (mine, vetting queue): one row per opportunity with its status and last change. */
export function OpportunityTable({ items, actions, busy }: OpportunityTableProps) {
  const t = useT();
  const format = useFormat();
  const vocabulary = useVocabulary();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover aria-busy={busy} data-testid="opportunity-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('opportunity.title')}</Table.Th>
            <Table.Th>{t('opportunity.organization')}</Table.Th>
            <Table.Th>{t('opportunity.kind')}</Table.Th>
            <Table.Th>{t('opportunity.province')}</Table.Th>
            <Table.Th>{t('opportunity.status')}</Table.Th>
            <Table.Th>{t('opportunity.updatedAt')}</Table.Th>
            {actions ? (
              <Table.Th>
                <span className="karvan-visually-hidden">{t('common.actions')}</span>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((opportunity) => (
            <Table.Tr key={opportunity.id} data-testid="opportunity-row" data-status={opportunity.status}>
              <Table.Td>
                <AnchorLink to="/opportunities/$id" params={{ id: opportunity.id }}>
                  <OpportunityText value={opportunity.title} textOrigins={opportunity.textOrigins} />
                </AnchorLink>
                {opportunity.isDemo ? (
                  <Badge size="xs" variant="outline" color="gray" className="karvan-inline-badge">
                    {t('organization.demo')}
                  </Badge>
                ) : null}
                {opportunity.externalId ? (
                  <Text size="xs" c="dimmed">
                    <bdi className="karvan-code">{opportunity.externalId}</bdi>
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <LocalizedText value={opportunity.organization.name} />
              </Table.Td>
              <Table.Td>{vocabulary.kind(opportunity.kind)}</Table.Td>
              <Table.Td>
                <ProvinceName country={opportunity.country} code={opportunity.province} />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={opportunity.status} />
              </Table.Td>
              <Table.Td>
                <time dateTime={opportunity.updatedAt}>{format.date(opportunity.updatedAt)}</time>
              </Table.Td>
              {actions ? (
                <Table.Td>
                  <Group gap={6} wrap="nowrap" justify="flex-end">
                    {actions(opportunity)}
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
