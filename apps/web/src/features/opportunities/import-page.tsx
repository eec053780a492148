import { Alert, Button, Group, List, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type DragEvent, useId, useState } from 'react';
import type { UploadProgress } from '../../shared/api/client.ts';
import { useMe } from '../../shared/api/session.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { ArrowBackIcon } from '../../shared/ui/icons.tsx';
import { AnchorLink } from '../../shared/ui/links.tsx';
import { Page } from '../../shared/ui/page.tsx';
import { LoadingState } from '../../shared/ui/states.tsx';
import { checkImportFile, MAX_IMPORT_BYTES } from './import-file.ts';
import { formatFileSize, ImportStatusBadge } from './import-parts.tsx';
import { NoOrganization } from './no-organization.tsx';
import { importJobQuery, importsQuery, importTemplateUrl, opportunitiesApi } from './opportunities.api.ts';
import { OrganizationPicker, useCanAddOpportunities } from './organization-picker.tsx';

const route = getRouteApi('/signed-in/opportunities/import/');

/** The recent imports of one organisation, newest first, each linking to its report. */
function RecentImports({ organizationId }: { organizationId: string }) {
  const t = useT();
  const format = useFormat();
  const imports = useQuery(importsQuery(organizationId));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="recent-imports">
      <Stack>
        <Title order={2} size="h4" id="recent-imports">
          {t('import.recent')}
        </Title>
        {imports.isPending ? (
          <LoadingState />
        ) : imports.isError ? (
          <ErrorAlert error={imports.error} onRetry={() => void imports.refetch()} />
        ) : imports.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('import.recentEmpty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="recent-imports">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('import.file')}</Table.Th>
                  <Table.Th>{t('common.createdAt')}</Table.Th>
                  <Table.Th>{t('import.statusLabel')}</Table.Th>
                  <Table.Th>{t('import.rowsColumn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {imports.data.items.map((job) => (
                  <Table.Tr key={job.id}>
                    <Table.Td>
                      <AnchorLink to="/opportunities/import/$jobId" params={{ jobId: job.id }}>
                        <bdi>{job.fileName}</bdi>
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{format.dateTime(job.createdAt)}</Table.Td>
                    <Table.Td>
                      <ImportStatusBadge status={job.status} />
                    </Table.Td>
                    <Table.Td>
                      {t('import.rowsSummary', { valid: job.validRows, rejected: job.rejectedRows })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Step 1 of an import: choose the organisation, take the template, drop the filled file.
 * Uploading starts the server's check (the dry run); nothing is saved until the report is
 * accepted on the next page, whose address holds the job so it survives a reload.
 */
export function ImportPage() {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const navigate = useNavigate({ from: '/opportunities/import' });
  const queryClient = useQueryClient();
  const search = route.useSearch();
  const { data: me, isPending } = useMe();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<'type' | 'size' | 'empty' | null>(null);
  const [isDragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [isOrganizationMissing, setOrganizationMissing] = useState(false);

  const canAdd = useCanAddOpportunities();
  if (isPending) return <LoadingState />;
  const memberships = me?.memberships ?? [];
  const back = (
    <AnchorLink to="/opportunities/manage" size="sm">
      <ArrowBackIcon size={14} /> {t('opportunities.manage.title')}
    </AnchorLink>
  );
  if (!canAdd) {
    return (
      <Page title={t('import.title')} back={back}>
        <NoOrganization />
      </Page>
    );
  }
  // From the address (a link from a report, or a reload), else the user's first organisation.
  const organizationId = search.organizationId ?? memberships[0]?.organization.id ?? null;

  const pick = (picked: File | null | undefined) => {
    setError(null);
    if (!picked) return;
    const problem = checkImportFile(picked);
    setFileProblem(problem);
    setFile(problem ? null : picked);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    pick(event.dataTransfer.files[0]);
  };

  const upload = async () => {
    if (!file) return;
    if (!organizationId) {
      setOrganizationMissing(true);
      return;
    }
    setUploading(true);
    setError(null);
    setProgress({ loaded: 0, total: file.size });
    try {
      const job = await opportunitiesApi.upload(organizationId, file, setProgress);
      queryClient.setQueryData(importJobQuery(job.id).queryKey, job);
      await queryClient.invalidateQueries({ queryKey: importsQuery(organizationId).queryKey });
      await navigate({ to: '/opportunities/import/$jobId', params: { jobId: job.id } });
    } catch (caught) {
      setError(caught);
    } finally {
      setUploading(false);
      setProgress(null);
    }
  };

  const fileProblemText =
    fileProblem === 'type'
      ? t('import.fileWrongType')
      : fileProblem === 'size'
        ? t('import.fileTooLarge')
        : fileProblem === 'empty'
          ? t('import.fileEmpty')
          : null;

  return (
    <Page title={t('import.title')} subtitle={<Text c="dimmed">{t('import.description')}</Text>} back={back}>
      <Paper withBorder p="lg" component="section" aria-labelledby="import-step-1">
        <Stack>
          <Title order={2} size="h4" id="import-step-1">
            {t('import.step1')}
          </Title>
          <OrganizationPicker
            label={t('opportunity.organization')}
            value={organizationId}
            onChange={(value) => {
              if (!value) return;
              setOrganizationMissing(false);
              void navigate({ search: { organizationId: value }, replace: true });
            }}
            required
            error={isOrganizationMissing ? t('form.required') : undefined}
            maw={420}
          />
          <Stack gap={6}>
            <Text size="sm">{t('import.templateHint')}</Text>
            <Group gap="xs">
              <Button component="a" href={importTemplateUrl('xlsx', locale)} download variant="default">
                {t('import.templateXlsx')}
              </Button>
              <Button component="a" href={importTemplateUrl('csv', locale)} download variant="default">
                {t('import.templateCsv')}
              </Button>
            </Group>
          </Stack>
          <List size="sm" spacing={4}>
            <List.Item>{t('import.rule.columns')}</List.Item>
            <List.Item>{t('import.rule.externalId')}</List.Item>
            <List.Item>{t('import.rule.dryRun')}</List.Item>
          </List>
        </Stack>
      </Paper>

      <Paper withBorder p="lg" component="section" aria-labelledby="import-step-2">
        <Stack>
          <Title order={2} size="h4" id="import-step-2">
            {t('import.step2')}
          </Title>
          <label
            htmlFor={inputId}
            className="karvan-dropzone"
            data-dragging={isDragging}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            data-testid="import-dropzone"
          >
            <Stack gap={4} align="center">
              <Text fw={600}>{t('import.dropHere')}</Text>
              <Text size="sm" c="dimmed">
                {t('import.fileRules', { size: formatFileSize(format, MAX_IMPORT_BYTES) })}
              </Text>
              {file ? (
                <Text size="sm" data-testid="import-file-name">
                  <bdi>{file.name}</bdi> · {formatFileSize(format, file.size)}
                </Text>
              ) : null}
            </Stack>
            <input
              id={inputId}
              type="file"
              name="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="karvan-visually-hidden"
              onChange={(event) => {
                pick(event.currentTarget.files?.[0]);
                // The same file picked again after a fix should fire again.
                event.currentTarget.value = '';
              }}
              data-testid="import-file-input"
            />
          </label>
          {fileProblemText ? (
            <Alert color="red" variant="light" role="alert">
              {fileProblemText}
            </Alert>
          ) : null}
          {progress ? (
            <Stack gap={4}>
              <Progress
                value={progress.total > 0 ? (progress.loaded / progress.total) * 100 : 0}
                aria-label={t('import.uploading')}
                striped
                animated
              />
              <Text size="xs" c="dimmed" role="status">
                {t('import.uploadProgress', {
                  loaded: formatFileSize(format, progress.loaded),
                  total: formatFileSize(format, progress.total),
                })}
              </Text>
            </Stack>
          ) : null}
          <ErrorAlert error={error} />
          <Group>
            <Button
              onClick={() => void upload()}
              disabled={!file}
              loading={uploading}
              data-testid="import-upload"
            >
              {t('import.upload')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      {organizationId ? <RecentImports organizationId={organizationId} /> : null}
    </Page>
  );
}
