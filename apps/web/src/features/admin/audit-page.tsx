import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LoadMoreButton } from '../../shared/ui/load-more-button.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { adminApi, auditQuery } from './admin.api.ts';

function VerifyChain() {
  const t = useT();
  const format = useFormat();
  const verify = useMutation({ mutationFn: adminApi.verifyAudit });
  return (
    <Stack gap="xs">
      <Group>
        <Button onClick={() => verify.mutate()} loading={verify.isPending} data-testid="verify-audit">
          {t('admin.audit.verify')}
        </Button>
      </Group>
      {verify.isError ? <ErrorAlert error={verify.error} /> : null}
      {verify.data ? (
        verify.data.ok ? (
          <Alert color="green" role="status" title={t('admin.audit.verifyOkTitle')}>
            {t('admin.audit.verifyOk', { entries: verify.data.entries })}
          </Alert>
        ) : (
          <Alert color="red" role="alert" title={t('admin.audit.verifyBadTitle')}>
            {t('admin.audit.verifyBad', { seq: format.number(verify.data.firstBadSeq ?? 0) })}
          </Alert>
        )
      ) : null}
    </Stack>
  );
}

/** The append-only, hash-chained audit log, and a check of its chain. */
export function AdminAuditPage() {
  const t = useT();
  const format = useFormat();
  const audit = useInfiniteQuery(auditQuery);
  const items = audit.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t('admin.audit.title')} subtitle={<Text c="dimmed">{t('admin.audit.description')}</Text>}>
      <VerifyChain />
      {audit.isPending ? (
        <LoadingState />
      ) : audit.isError ? (
        <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('admin.audit.empty')} />
      ) : (
        <Stack>
          <Table.ScrollContainer minWidth={900}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.audit.seq')}</Table.Th>
                  <Table.Th>{t('admin.audit.at')}</Table.Th>
                  <Table.Th>{t('admin.audit.actor')}</Table.Th>
                  <Table.Th>{t('admin.audit.action')}</Table.Th>
                  <Table.Th>{t('admin.audit.subject')}</Table.Th>
                  <Table.Th>{t('admin.audit.hash')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{format.number(entry.seq)}</Table.Td>
                    <Table.Td>{format.dateTime(entry.at)}</Table.Td>
                    <Table.Td>
                      <bdi className="karvan-code">{entry.actorUserId ?? t('admin.audit.system')}</bdi>
                    </Table.Td>
                    <Table.Td>
                      <bdi className="karvan-code">{entry.action}</bdi>
                    </Table.Td>
                    <Table.Td>
                      <bdi className="karvan-code">
                        {entry.subjectType ?? '—'}
                        {entry.subjectId ? `:${entry.subjectId}` : ''}
                      </bdi>
                    </Table.Td>
                    <Table.Td>
                      <bdi className="karvan-code" title={entry.hash}>
                        {entry.hash.slice(0, 12)}…
                      </bdi>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMoreButton query={audit} />
        </Stack>
      )}
    </Page>
  );
}
