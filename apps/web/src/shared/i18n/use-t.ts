import { useCallback } from 'react';
import { type PrimitiveType, useIntl } from 'react-intl';
import type { MessageKey } from './messages.ts';

export type MessageValues = Record<string, PrimitiveType>;

/** A typed translator: `t('nav.home')`; a key missing from the locale files is a type error. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Returns the typed translator for the current UI locale. */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback((key, values) => intl.formatMessage({ id: key }, values), [intl]);
}
