import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../shared/api/client.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { AnchorLink, ButtonLink } from '../../shared/ui/links.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { type FinancialModelSummary, opportunityModelsQuery } from './finance.api.ts';
import { labelPerson } from './person-name.ts';

function Visibility({ value }: { value: FinancialModelSummary['visibility'] }) {
  const t = useT();
  return (
    <Badge variant="light" color={value === 'investors' ? 'teal' : 'gray'} tt="none">
      {t(value === 'investors' ? 'finance.visibility.investors' : 'finance.visibility.owners')}
    </Badge>
  );
}

/**
 * The "Financial models" block of an opportunity: the models the reader may see and, for the
 * opportunity's owners, a way to start a new one. Kept light (no editor or chart code) because it
 * sits on the opportunity page.
 */
export function FinancialModelsSection({
  opportunityId,
  canCreate,
}: {
  opportunityId: string;
  canCreate: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const models = useQuery(opportunityModelsQuery(opportunityId));
  const newButton = canCreate ? (
    <ButtonLink
      to="/opportunities/$id/models/new"
      params={{ id: opportunityId }}
      size="xs"
      data-testid="new-model"
    >
      {t('finance.models.new')}
    </ButtonLink>
  ) : null;

  // A reader without access gets 404 for the list too: the section then says nothing at all.
  if (
    models.isError &&
    isApiError(models.error) &&
    (models.error.status === 404 || models.error.status === 401)
  )
    return null;

  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby="financial-models-title"
      data-testid="financial-models"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="financial-models-title">
            {t('finance.models.title')}
          </Title>
          {models.data?.items.length ? newButton : null}
        </Group>
        {models.isPending ? <LoadingState /> : null}
        {models.isError ? <ErrorAlert error={models.error} onRetry={() => void models.refetch()} /> : null}
        {models.data && models.data.items.length === 0 ? (
          <EmptyState
            title={t('finance.models.empty')}
            description={canCreate ? t('finance.models.emptyOwnerHint') : undefined}
            action={newButton}
          />
        ) : null}
        {models.data && models.data.items.length > 0 ? (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('finance.models.name')}</Table.Th>
                  <Table.Th>{t('finance.versions.version')}</Table.Th>
                  <Table.Th>{t('finance.models.updated')}</Table.Th>
                  <Table.Th>{t('finance.visibility.label')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {models.data.items.map((model) => (
                  <Table.Tr key={model.id} data-testid="financial-model-row">
                    <Table.Td>
                      <AnchorLink
                        to="/opportunities/$id/models/$modelId"
                        params={{ id: opportunityId, modelId: model.id }}
                      >
                        <bdi>{model.name}</bdi>
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{format.number(model.latestVersion)}</Table.Td>
                    <Table.Td>
                      {format.date(model.updatedAt)}
                      <Text size="xs" c="dimmed">
                        <bdi>{labelPerson(t, model.updatedBy)}</bdi>
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Visibility value={model.visibility} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Paper>
  );
}
