import { Badge } from '@mantine/core';
import type { ImportStatus } from '../../shared/api/types.ts';
import type { Formatters } from '../../shared/format/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { IMPORT_STATUS_COLORS, IMPORT_STATUS_LABEL_KEYS } from './labels.ts';

/** An import job's status as a coloured badge. */
export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const t = useT();
  return (
    <Badge
      color={IMPORT_STATUS_COLORS[status]}
      variant="light"
      data-testid="import-status"
      data-status={status}
    >
      {t(IMPORT_STATUS_LABEL_KEYS[status])}
    </Badge>
  );
}

/** A file size in the locale's digits and unit names (kB, MB). */
export function formatFileSize(format: Formatters, bytes: number): string {
  if (bytes < 1024 * 1024) {
    return format.number(Math.max(1, Math.round(bytes / 1024)), {
      style: 'unit',
      unit: 'kilobyte',
      unitDisplay: 'short',
    });
  }
  return format.number(Math.round((bytes / (1024 * 1024)) * 10) / 10, {
    style: 'unit',
    unit: 'megabyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  });
}
