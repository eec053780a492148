import type { Locale } from '@karvan/domain';
import { formatDate } from '@karvan/domain/calendar';
import type { Viewer } from './room-access.ts';

const SEPARATOR = ' · ';

/** "2026-03-21 08:05 UTC": unambiguous for every reader, whatever their calendar. */
export function utcStamp(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * The lines drawn over every page a viewer sees or downloads: their name, every organisation their
 * access comes through, their e-mail and the moment (UTC; for Persian readers also the Solar Hijri
 * date, the calendar they date documents by), one line each. Parts that are empty are left out, so an owner-side
 * preview by the command line does not show stray separators.
 */
export function watermarkLines(viewer: Viewer, at: Date, locale: Locale): string[] {
  const when = [utcStamp(at)];
  if (locale === 'fa')
    when.push(formatDate(at, 'fa', { calendar: 'persian', style: 'medium', timeZone: 'UTC' }));
  return [[viewer.name], viewer.organizationNames, [viewer.email], when]
    .map((parts) => joinParts(parts))
    .filter((line) => line !== '');
}

/** The same as one line, for places that draw a single line. */
export const watermarkText = (viewer: Viewer, at: Date, locale: Locale): string =>
  joinParts(watermarkLines(viewer, at, locale));

const joinParts = (parts: string[]) =>
  parts
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join(SEPARATOR);
