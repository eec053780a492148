import { Anchor, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useFormat } from '../../shared/format/format.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { CompareVersions } from './compare-versions.tsx';
import { exportUrl, type FinancialModel } from './finance.api.ts';
import { labelPerson } from './person-name.ts';

interface VersionsPanelProps {
  model: FinancialModel;
  /** Loads an earlier version's inputs into the editor (saving then makes it the newest version). */
  onOpenVersion: (version: number) => void;
  isDirty: boolean;
}

/** Saved versions with their notes, downloads of each, and a side-by-side comparison of two. */
export function VersionsPanel({ model, onOpenVersion, isDirty }: VersionsPanelProps) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const versions = [...model.versions].sort((a, b) => b.version - a.version);
  const options = versions.map((v) => ({
    value: String(v.version),
    label: t('finance.versions.label', { version: format.number(v.version) }),
  }));
  const [from, setFrom] = useState<string | null>(versions[1] ? String(versions[1].version) : null);
  const [to, setTo] = useState<string | null>(versions[0] ? String(versions[0].version) : null);
  const [comparing, setComparing] = useState<{ from: number; to: number } | null>(null);

  return (
    <Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="finance-versions-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="finance-versions-title">
            {t('finance.versions.title')}
          </Title>
          {isDirty ? (
            <Text size="sm" c="orange">
              {t('finance.versions.exportSavedOnly')}
            </Text>
          ) : null}
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="versions-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('finance.versions.version')}</Table.Th>
                  <Table.Th>{t('finance.versions.note')}</Table.Th>
                  <Table.Th>{t('finance.versions.savedBy')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {versions.map((version) => (
                  <Table.Tr key={version.version}>
                    <Table.Td>{format.number(version.version)}</Table.Td>
                    <Table.Td>
                      {version.note ? (
                        <bdi>{version.note}</bdi>
                      ) : (
                        <Text span c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <bdi>{labelPerson(t, version.createdBy)}</bdi>
                      <Text size="xs" c="dimmed">
                        {format.dateTime(version.createdAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => onOpenVersion(version.version)}
                        >
                          {t('finance.versions.open')}
                        </Button>
                        <Anchor
                          size="sm"
                          href={exportUrl(model.id, version.version, 'xlsx', locale)}
                          download
                          data-testid={`export-xlsx-${version.version}`}
                        >
                          {t('finance.versions.xlsx')}
                        </Anchor>
                        <Anchor
                          size="sm"
                          href={exportUrl(model.id, version.version, 'pdf', locale)}
                          download
                          data-testid={`export-pdf-${version.version}`}
                        >
                          {t('finance.versions.pdf')}
                        </Anchor>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Paper>
      {versions.length > 1 ? (
        <Paper withBorder p="md" component="section" aria-labelledby="finance-compare-title">
          <Stack gap="sm">
            <Title order={2} size="h4" id="finance-compare-title">
              {t('finance.compare.title')}
            </Title>
            <Group align="flex-end">
              <Select
                label={t('finance.compare.from')}
                data={options}
                value={from}
                onChange={setFrom}
                w={180}
                allowDeselect={false}
              />
              <Select
                label={t('finance.compare.to')}
                data={options}
                value={to}
                onChange={setTo}
                w={180}
                allowDeselect={false}
              />
              <Button
                disabled={!from || !to || from === to}
                onClick={() => from && to && setComparing({ from: Number(from), to: Number(to) })}
              >
                {t('finance.compare.run')}
              </Button>
            </Group>
            {comparing ? (
              <CompareVersions modelId={model.id} from={comparing.from} to={comparing.to} />
            ) : null}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
