import { type Locale, type LocalizedText as LocalizedTextValue, pickLocalizedText } from '@karvan/domain';
import { Badge, Stack, Text, Tooltip } from '@mantine/core';
import type { ElementType, ReactNode } from 'react';
import type { Money, OpportunityStatus, TextOrigin } from '../../shared/api/types.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { LocalizedText } from '../../shared/ui/localized-text.tsx';
import { STATUS_COLORS, STATUS_LABEL_KEYS } from './labels.ts';

/** The workflow status as a coloured badge. */
export function StatusBadge({ status }: { status: OpportunityStatus }) {
  const t = useT();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      // A narrow table column must not cut the status to "SUBMI…".
      style={{ minWidth: 'max-content' }}
      data-testid="status-badge"
      data-status={status}
    >
      {t(STATUS_LABEL_KEYS[status])}
    </Badge>
  );
}

/** "Machine translation", when the language shown was translated by a machine. */
export function MachineTranslationBadge() {
  const t = useT();
  return (
    <Tooltip label={t('opportunity.machineTranslationHint')} withArrow multiline w={260}>
      <Badge
        size="xs"
        variant="outline"
        color="grape"
        className="karvan-inline-badge"
        tabIndex={0}
        data-testid="machine-translation"
      >
        {t('opportunity.machineTranslation')}
      </Badge>
    </Tooltip>
  );
}

interface OpportunityTextProps {
  value: LocalizedTextValue | null | undefined;
  textOrigins: Partial<Record<Locale, TextOrigin>>;
  component?: ElementType;
  className?: string;
}

/**
 * An opportunity's text in the reader's language (with the fallback mark from LocalizedText)
 * and a "machine translation" badge when the version shown was machine-translated.
 */
export function OpportunityText({ value, textOrigins, component, className }: OpportunityTextProps) {
  const { locale } = useLocale();
  const picked = pickLocalizedText(value, locale);
  return (
    <>
      <LocalizedText value={value} component={component} className={className} />
      {picked && textOrigins[picked.locale] === 'machine' ? <MachineTranslationBadge /> : null}
    </>
  );
}

/** The US-dollar equivalent, rounded and compact ("≈ $1.2M"), for a glance. */
export function useApproximateUsd(): (usd: string) => string {
  const format = useFormat();
  return (usd) =>
    format.number(usd, {
      style: 'currency',
      currency: 'USD',
      notation: 'compact',
      maximumSignificantDigits: 3,
    });
}

interface InvestmentAmountProps {
  money: Money | null;
  usd: string | null;
  /** Stack the dollar equivalent under the amount rather than beside it. */
  stacked?: boolean;
}

/**
 * A required investment in its own currency (rials or tomans as the user chose), then
 * "≈ $X" from the server's conversion at the rate in force, unless it already is in dollars.
 */
export function InvestmentAmount({ money, usd, stacked }: InvestmentAmountProps) {
  const t = useT();
  const format = useFormat();
  const approximate = useApproximateUsd();
  if (!money) {
    return (
      <Text span c="dimmed" size="sm">
        {t('opportunity.noAmount')}
      </Text>
    );
  }
  const main = <bdi data-testid="investment-amount">{format.money(money.amount, money.currency)}</bdi>;
  const equivalent: ReactNode =
    usd && money.currency !== 'USD' ? (
      <Text span c="dimmed" size="sm" data-testid="investment-usd">
        {t('opportunity.approximately', { amount: approximate(usd) })}
      </Text>
    ) : null;
  if (stacked) {
    return (
      <Stack gap={0}>
        <span>{main}</span>
        {equivalent}
      </Stack>
    );
  }
  return (
    <>
      {main}
      {equivalent ? ' ' : null}
      {equivalent}
    </>
  );
}
