import type { Formatters } from '../../shared/format/format.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import type { AccessLevel, ActivityAction, GrantStatus } from './dataroom.api.ts';

export const LEVEL_LABEL_KEYS: Record<AccessLevel, MessageKey> = {
  view: 'dataroom.level.view',
  download: 'dataroom.level.download',
  'download-original': 'dataroom.level.downloadOriginal',
};

/** One line per level saying what the grantee can do with it. */
export const LEVEL_HINT_KEYS: Record<AccessLevel, MessageKey> = {
  view: 'dataroom.level.view.hint',
  download: 'dataroom.level.download.hint',
  'download-original': 'dataroom.level.downloadOriginal.hint',
};

export const GRANT_STATUS_KEYS: Record<GrantStatus, MessageKey> = {
  active: 'dataroom.grant.status.active',
  expired: 'dataroom.grant.status.expired',
  revoked: 'dataroom.grant.status.revoked',
};

export const GRANT_STATUS_COLORS: Record<GrantStatus, string> = {
  active: 'teal',
  expired: 'gray',
  revoked: 'red',
};

export const ACTION_LABEL_KEYS: Record<ActivityAction, MessageKey> = {
  open: 'dataroom.activity.action.open',
  page: 'dataroom.activity.action.page',
  download: 'dataroom.activity.action.download',
  'download-original': 'dataroom.activity.action.downloadOriginal',
};

const UNITS = ['kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size in the locale's digits and unit names (kB, MB, GB); data room files reach gigabytes. */
export function formatBytes(format: Formatters, bytes: number): string {
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 ? Math.max(1, Math.round(value)) : Math.round(value * 10) / 10;
  return format.number(rounded, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  });
}

/** A duration on a page: seconds under two minutes, else minutes. */
export function formatDuration(format: Formatters, ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return format.number(seconds, { style: 'unit', unit: 'second', unitDisplay: 'short' });
  return format.number(Math.round(seconds / 60), { style: 'unit', unit: 'minute', unitDisplay: 'short' });
}

/** The extension of a file name, upper case, as the "type" a reader recognises (PDF, XLSX). */
export function fileTypeLabel(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toUpperCase() : '—';
}

/** An index number ("1.2.3") in the locale's digits, dots kept. */
export function formatIndex(format: Formatters, index: string): string {
  return index
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? format.number(Number(part), { useGrouping: false }) : part))
    .join('.');
}
