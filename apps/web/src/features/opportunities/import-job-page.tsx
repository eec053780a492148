import {
  Alert,
  Checkbox,
  Group,
  Paper,
  Progress,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { isApiError } from '../../shared/api/client.ts';
import { isVettingOfficer, useSession } from '../../shared/api/session.ts';
import type { ImportJob, ImportMode } from '../../shared/api/types.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ConfirmButton } from '../../shared/ui/confirm-button.tsx';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { ArrowBackIcon } from '../../shared/ui/icons.tsx';
import { AnchorLink, ButtonLink } from '../../shared/ui/links.tsx';
import { LoadMoreButton } from '../../shared/ui/load-more-button.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { EmptyState, LoadingState } from '../../shared/ui/states.tsx';
import { formatFileSize, ImportStatusBadge } from './import-parts.tsx';
import {
  importJobQuery,
  importProblemsQuery,
  isImportRunning,
  opportunitiesApi,
} from './opportunities.api.ts';

const route = getRouteApi('/signed-in/opportunities/import/$jobId');

function Stat({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz="h3" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** Where the server is: a bar for rows read, or a moving bar while the count is unknown or rows are saved. */
function Running({ job }: { job: ImportJob }) {
  const t = useT();
  const format = useFormat();
  const isKnown = job.status === 'validating' && job.totalRows > 0;
  const label =
    job.status === 'queued'
      ? t('import.running.queued')
      : job.status === 'applying'
        ? t('import.running.applying')
        : isKnown
          ? t('import.running.validating', {
              processed: format.number(job.processedRows),
              total: format.number(job.totalRows),
            })
          : t('import.running.reading');
  return (
    <Paper withBorder p="lg" data-testid="import-progress">
      <Stack gap="xs">
        {isKnown ? (
          <Progress
            value={Math.min(100, (job.processedRows / job.totalRows) * 100)}
            size="lg"
            aria-label={label}
            transitionDuration={300}
          />
        ) : (
          <Progress value={100} size="lg" striped animated aria-hidden="true" />
        )}
        <Text size="sm" role="status" aria-live="polite">
          {label}
        </Text>
      </Stack>
    </Paper>
  );
}

function Totals({ job }: { job: ImportJob }) {
  const t = useT();
  const format = useFormat();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} data-testid="import-totals">
      <Stat label={t('import.totals.rows')} value={format.number(job.totalRows)} testId="import-total-rows" />
      <Stat
        label={t('import.totals.valid')}
        value={format.number(job.validRows)}
        testId="import-valid-rows"
      />
      <Stat
        label={t('import.totals.rejected')}
        value={format.number(job.rejectedRows)}
        testId="import-rejected-rows"
      />
      <Stat label={t('import.totals.new')} value={format.number(job.newRows)} testId="import-new-rows" />
      <Stat
        label={t('import.totals.updates')}
        value={format.number(job.existingRows)}
        testId="import-updates"
      />
      <Stat
        label={t('import.totals.encoding')}
        value={
          <Text span fz="md" fw={600}>
            <bdi className="karvan-code">{job.encoding ?? '—'}</bdi>
          </Text>
        }
      />
    </SimpleGrid>
  );
}

/** The rows the check refused, with the column and the reason, a hundred at a time. */
function Problems({ job }: { job: ImportJob }) {
  const t = useT();
  const format = useFormat();
  const problems = useInfiniteQuery({
    ...importProblemsQuery(job.id),
    enabled: !isImportRunning(job) && (job.rejectedRows > 0 || job.status === 'failed'),
  });
  const items = problems.data?.pages.flatMap((page) => page.items) ?? [];
  if (job.rejectedRows === 0 && job.status !== 'failed') return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="import-problems">
      <Stack>
        <Title order={2} size="h4" id="import-problems">
          {t('import.problems.title')}
        </Title>
        {problems.isPending ? (
          <LoadingState />
        ) : problems.isError ? (
          <ErrorAlert error={problems.error} onRetry={() => void problems.refetch()} />
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('import.problems.none')}
          </Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={560}>
              <Table striped data-testid="import-problems">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('import.problems.row')}</Table.Th>
                    <Table.Th>{t('import.problems.column')}</Table.Th>
                    <Table.Th>{t('import.problems.message')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((problem, index) => (
                    <Table.Tr key={`${problem.row}:${problem.column}:${problem.code}:${index}`}>
                      <Table.Td>{problem.row === null ? '—' : format.number(problem.row)}</Table.Td>
                      <Table.Td>{problem.column ? <bdi>{problem.column}</bdi> : '—'}</Table.Td>
                      <Table.Td dir="auto">{problem.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <LoadMoreButton query={problems} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** The choice after the dry run: all or nothing, or only the valid rows; officers may publish at once. */
function Apply({ job }: { job: ImportJob }) {
  const t = useT();
  const me = useSession();
  const queryClient = useQueryClient();
  const canPublish = isVettingOfficer(me);
  const hasRejected = job.rejectedRows > 0;
  const [mode, setMode] = useState<ImportMode>(hasRejected ? 'valid-only' : 'all-or-nothing');
  const [publish, setPublish] = useState(false);

  if (job.validRows === 0) {
    return (
      <Alert color="red" variant="light" title={t('import.apply.nothingTitle')}>
        {t('import.apply.nothing')}
      </Alert>
    );
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="import-apply">
      <Stack>
        <Title order={2} size="h4" id="import-apply">
          {t('import.apply.title')}
        </Title>
        <Radio.Group
          value={mode}
          onChange={(value) => setMode(value as ImportMode)}
          label={t('import.apply.mode')}
        >
          <Stack gap="sm" mt="xs">
            <Radio
              value="all-or-nothing"
              label={t('import.apply.allOrNothing')}
              description={
                hasRejected
                  ? t('import.apply.allOrNothingDisabled', { count: job.rejectedRows })
                  : t('import.apply.allOrNothingHint')
              }
              disabled={hasRejected}
              data-testid="mode-all-or-nothing"
            />
            <Radio
              value="valid-only"
              label={t('import.apply.validOnly')}
              description={t('import.apply.validOnlyHint', {
                valid: job.validRows,
                rejected: job.rejectedRows,
              })}
              data-testid="mode-valid-only"
            />
          </Stack>
        </Radio.Group>
        {canPublish ? (
          <Checkbox
            label={t('import.apply.publish')}
            description={t('import.apply.publishHint')}
            checked={publish}
            onChange={(event) => setPublish(event.currentTarget.checked)}
            data-testid="import-publish"
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('import.apply.asDrafts')}
          </Text>
        )}
        <Group>
          <ConfirmButton
            color="cyan"
            variant="filled"
            title={t('import.apply.confirmTitle')}
            message={t(publish ? 'import.apply.confirmPublish' : 'import.apply.confirmDrafts', {
              created: job.newRows,
              updated: job.existingRows,
            })}
            confirmLabel={t('import.apply.button')}
            onConfirm={async () => {
              const updated = await opportunitiesApi.applyImport(job.id, mode, publish);
              if (updated?.id) queryClient.setQueryData(importJobQuery(job.id).queryKey, updated);
              await queryClient.invalidateQueries({ queryKey: importJobQuery(job.id).queryKey });
            }}
            data-testid="import-apply"
          >
            {t('import.apply.button')}
          </ConfirmButton>
        </Group>
      </Stack>
    </Paper>
  );
}

function Result({ job }: { job: ImportJob }) {
  const t = useT();
  return (
    <Alert color="green" variant="light" title={t('import.result.title')} data-testid="import-result">
      <Stack gap="xs">
        <Text size="sm">
          {t('import.result.summary', { imported: job.imported, updated: job.updated })}{' '}
          {job.publish ? t('import.result.published') : t('import.result.drafts')}
        </Text>
        <Group gap="xs">
          <ButtonLink
            to="/opportunities/manage"
            search={{ organizationId: job.organizationId, status: job.publish ? 'published' : 'draft' }}
            size="xs"
            data-testid="import-to-manage"
          >
            {t('import.result.manage')}
          </ButtonLink>
          <ButtonLink
            to="/opportunities/import"
            search={{ organizationId: job.organizationId }}
            size="xs"
            variant="default"
          >
            {t('import.again')}
          </ButtonLink>
        </Group>
      </Stack>
    </Alert>
  );
}

/**
 * Step 2 of an import, at its own address so a reload finds it again: the live progress, then
 * the dry-run report (totals, the file's problem, every refused row), the choice of how to
 * import, and after that the result.
 */
export function ImportJobPage() {
  const t = useT();
  const format = useFormat();
  const { jobId } = route.useParams();
  const job = useQuery(importJobQuery(jobId));

  const back = (
    <AnchorLink
      to="/opportunities/import"
      search={job.data ? { organizationId: job.data.organizationId } : {}}
      size="sm"
    >
      <ArrowBackIcon size={14} /> {t('import.title')}
    </AnchorLink>
  );

  if (job.isPending) return <LoadingState />;
  if (job.isError) {
    return (
      <Page title={t('import.report')} back={back}>
        {isApiError(job.error) && (job.error.status === 404 || job.error.status === 400) ? (
          <EmptyState title={t('import.notFound')} />
        ) : (
          <ErrorAlert error={job.error} onRetry={() => void job.refetch()} />
        )}
      </Page>
    );
  }

  const data = job.data;
  const isRunning = isImportRunning(data);
  const hasReport = !isRunning || data.status === 'applying';

  return (
    <Page
      title={t('import.report')}
      back={back}
      subtitle={
        <Group gap="xs">
          <ImportStatusBadge status={data.status} />
          <Text size="sm" c="dimmed">
            <bdi>{data.fileName}</bdi> · {data.fileFormat.toUpperCase()} ·{' '}
            {formatFileSize(format, data.fileSize)} · {format.dateTime(data.createdAt)}
          </Text>
        </Group>
      }
    >
      {isRunning ? <Running job={data} /> : null}
      {data.fileProblem ? (
        <Alert
          color="red"
          variant="light"
          title={t('import.fileProblem')}
          role="alert"
          data-testid="import-file-problem"
        >
          {data.fileProblem.message}
        </Alert>
      ) : data.status === 'failed' ? (
        <Alert color="red" variant="light" title={t('import.failed')} role="alert">
          {t('import.failedHint')}
        </Alert>
      ) : null}
      {hasReport && !data.fileProblem ? <Totals job={data} /> : null}
      {data.status === 'validated' ? <Text size="sm">{t('import.dryRunDone')}</Text> : null}
      {data.status === 'applied' ? <Result job={data} /> : null}
      {hasReport ? <Problems job={data} /> : null}
      {data.status === 'validated' ? <Apply job={data} /> : null}
    </Page>
  );
}
