import type { Locale } from '@karvan/domain';
import {
  INVESTMENT_TYPE_LABELS,
  OPPORTUNITY_KIND_LABELS,
  OPPORTUNITY_STAGE_LABELS,
} from '@karvan/domain/opportunity';
import { useMemo } from 'react';
import type { ImportStatus, OpportunityStatus } from '../../shared/api/types.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';
import type { MessageKey } from '../../shared/i18n/messages.ts';

type LabelTable = Readonly<Record<string, Readonly<Record<Locale, string>>>>;

/** The label of a coded value in `locale`, or the code itself for a value the table does not know. */
export function labelOf(table: LabelTable, code: string, locale: Locale): string {
  return Object.hasOwn(table, code) ? (table[code]?.[locale] ?? code) : code;
}

export interface Vocabulary {
  kind: (code: string) => string;
  stage: (code: string) => string;
  investmentType: (code: string) => string;
}

/**
 * Labels of the opportunity vocabularies (kinds, stages, investment types) in the UI
 * language. They come from `@karvan/domain/opportunity`, the same tables the import files
 * and the server use, so they are not repeated in the locale files.
 */
export function useVocabulary(): Vocabulary {
  const { locale } = useLocale();
  return useMemo(
    () => ({
      kind: (code) => labelOf(OPPORTUNITY_KIND_LABELS, code, locale),
      stage: (code) => labelOf(OPPORTUNITY_STAGE_LABELS, code, locale),
      investmentType: (code) => labelOf(INVESTMENT_TYPE_LABELS, code, locale),
    }),
    [locale],
  );
}

export const STATUS_LABEL_KEYS: Record<OpportunityStatus, MessageKey> = {
  draft: 'opportunity.status.draft',
  submitted: 'opportunity.status.submitted',
  returned: 'opportunity.status.returned',
  published: 'opportunity.status.published',
  closed: 'opportunity.status.closed',
};

export const STATUS_COLORS: Record<OpportunityStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'orange',
  published: 'green',
  closed: 'dark',
};

/** Tells whether a string from the API (a timeline's status) is a status this app knows. */
export function isOpportunityStatus(value: string | null | undefined): value is OpportunityStatus {
  return typeof value === 'string' && Object.hasOwn(STATUS_LABEL_KEYS, value);
}

export const IMPORT_STATUS_LABEL_KEYS: Record<ImportStatus, MessageKey> = {
  queued: 'import.status.queued',
  validating: 'import.status.validating',
  validated: 'import.status.validated',
  applying: 'import.status.applying',
  applied: 'import.status.applied',
  failed: 'import.status.failed',
};

export const IMPORT_STATUS_COLORS: Record<ImportStatus, string> = {
  queued: 'gray',
  validating: 'blue',
  validated: 'cyan',
  applying: 'blue',
  applied: 'green',
  failed: 'red',
};
