import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useFormat } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { downloadUrl, type RoomDocument } from './dataroom.api.ts';
import { fileTypeLabel, formatBytes } from './labels.ts';

/**
 * The downloads the reader's grant allows: `download` gives the watermarked PDF; with
 * `download-original` the file as uploaded, and the watermarked PDF as well.
 */
export function DownloadButtons({ document }: { document: RoomDocument }) {
  const t = useT();
  const { allowed } = document;
  if (!allowed.download && !allowed.downloadOriginal) return null;
  return (
    <Group gap="xs">
      {allowed.downloadOriginal ? (
        <>
          <Button
            component="a"
            href={downloadUrl(document.id, 'original')}
            size="xs"
            data-testid="download-original"
          >
            {t('dataroom.download.original')}
          </Button>
          <Button
            component="a"
            href={downloadUrl(document.id, 'watermarked')}
            size="xs"
            variant="light"
            data-testid="download-watermarked"
          >
            {t('dataroom.download.watermarked')}
          </Button>
        </>
      ) : (
        <Button component="a" href={downloadUrl(document.id)} size="xs" data-testid="download-watermarked">
          {t('dataroom.download.watermarked')}
        </Button>
      )}
    </Group>
  );
}

/** For files the browser cannot show (office files without a converter, archives): what it is, and downloads. */
export function DownloadCard({ document }: { document: RoomDocument }) {
  const t = useT();
  const format = useFormat();
  const canDownload = document.allowed.download || document.allowed.downloadOriginal;
  return (
    <Paper withBorder p="xl" data-testid="download-card">
      <Stack align="center" gap="sm">
        <Title order={2} size="h4">
          <bdi>{document.fileName}</bdi>
        </Title>
        <Text size="sm" c="dimmed">
          {fileTypeLabel(document.fileName)} · {formatBytes(format, document.size)}
        </Text>
        <Text size="sm" ta="center" maw={480}>
          {canDownload ? t('dataroom.viewer.notViewable') : t('dataroom.viewer.notViewableNoDownload')}
        </Text>
        <DownloadButtons document={document} />
      </Stack>
    </Paper>
  );
}
