import { parseLocalizedNumber } from '@karvan/domain';
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useFormat } from '../../shared/format/format.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { ArrowBackIcon, ArrowForwardIcon } from '../../shared/ui/icons.tsx';
import { pageImageUrl } from './dataroom.api.ts';
import { usePageTimer } from './use-page-timer.ts';
import { clampPage, isTypingTarget, nextZoom, pageStepForKey } from './viewer-controls.ts';

interface PageViewerProps {
  documentId: string;
  pageCount: number;
  initialPage: number;
}

/**
 * The pages of a document, one at a time, as images the server renders with the reader's
 * watermark. Previous/next, a page-number box (any digits), arrow keys that follow the reading
 * direction, thumbnails and zoom; the time spent on each page is reported as the reader leaves it.
 */
export function PageViewer({ documentId, pageCount, initialPage }: PageViewerProps) {
  const t = useT();
  const format = useFormat();
  const { dir } = useLocale();
  const [page, setPage] = useState(() => clampPage(initialPage, pageCount));
  const [zoom, setZoom] = useState(1);
  const [pageText, setPageText] = useState('');
  const [isLoading, setIsLoading] = useState(true);
  usePageTimer(documentId, page, true);

  const goTo = (next: number) => setPage(clampPage(next, pageCount));
  useEffect(() => setPageText(format.number(page, { useGrouping: false })), [page, format]);
  useEffect(() => setIsLoading(true), [page]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      const step = pageStepForKey(event.key, dir);
      if (step === 0) return;
      event.preventDefault();
      setPage((current) => clampPage(current + step, pageCount));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dir, pageCount]);

  const submitPage = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseLocalizedNumber(pageText);
    const next = parsed === null ? page : clampPage(parsed, pageCount);
    setPage(next);
    // Shown again in the locale's digits, also when the page did not change ("۰۱" → "۱").
    setPageText(format.number(next, { useGrouping: false }));
  };

  return (
    <Stack gap="sm" data-testid="page-viewer">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="default"
            size="xs"
            leftSection={<ArrowBackIcon size={14} />}
            onClick={() => goTo(page - 1)}
            disabled={page <= 1}
            data-testid="page-previous"
          >
            {t('dataroom.viewer.previous')}
          </Button>
          <form onSubmit={submitPage}>
            <Group gap={4} wrap="nowrap">
              <TextInput
                size="xs"
                w={64}
                value={pageText}
                onChange={(event) => setPageText(event.currentTarget.value)}
                onBlur={submitPage}
                inputMode="numeric"
                aria-label={t('dataroom.viewer.pageInput')}
                data-testid="page-input"
              />
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('dataroom.viewer.ofPages', { count: format.number(pageCount) })}
              </Text>
            </Group>
          </form>
          <Button
            variant="default"
            size="xs"
            rightSection={<ArrowForwardIcon size={14} />}
            onClick={() => goTo(page + 1)}
            disabled={page >= pageCount}
            data-testid="page-next"
          >
            {t('dataroom.viewer.next')}
          </Button>
        </Group>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="default"
            onClick={() => setZoom(nextZoom(zoom, -1))}
            aria-label={t('dataroom.viewer.zoomOut')}
          >
            −
          </ActionIcon>
          <Button
            variant="subtle"
            size="xs"
            onClick={() => setZoom(1)}
            aria-label={t('dataroom.viewer.zoomReset')}
          >
            {format.number(zoom, { style: 'percent' })}
          </Button>
          <ActionIcon
            variant="default"
            onClick={() => setZoom(nextZoom(zoom, 1))}
            aria-label={t('dataroom.viewer.zoomIn')}
          >
            +
          </ActionIcon>
        </Group>
      </Group>

      <div className="dataroom-stage" aria-busy={isLoading}>
        <img
          key={page}
          src={pageImageUrl(documentId, page)}
          alt={t('dataroom.pageNumber', { page: format.number(page) })}
          style={{ inlineSize: `${zoom * 100}%` }}
          onLoad={() => setIsLoading(false)}
          onError={() => setIsLoading(false)}
          data-testid="page-image"
          data-page={page}
          draggable={false}
        />
      </div>

      <nav className="dataroom-thumbs" aria-label={t('dataroom.viewer.thumbnails')}>
        {Array.from({ length: pageCount }, (_, i) => i + 1).map((number) => (
          <button
            key={number}
            type="button"
            className="dataroom-thumb"
            aria-current={number === page}
            onClick={() => goTo(number)}
            aria-label={t('dataroom.pageNumber', { page: format.number(number) })}
          >
            <img src={pageImageUrl(documentId, number, 'thumb')} alt="" loading="lazy" />
          </button>
        ))}
      </nav>
    </Stack>
  );
}
