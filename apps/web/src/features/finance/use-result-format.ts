import { isCurrencyCode } from '@karvan/domain';
import { useMemo } from 'react';
import { useFormat } from '../../shared/format/format.ts';
import { usePreferences } from '../../shared/format/preferences.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { chooseScale, currencyFactor, toAmountString } from './money-scale.ts';

/** Formatters for a model's results in the reader's digits and currency display (rial or toman). */
export function useResultFormat(currency: string) {
  const t = useT();
  const format = useFormat();
  const { currencyDisplay } = usePreferences();
  return useMemo(() => {
    const factor = currencyFactor(currency, currencyDisplay);
    const unit =
      currency === 'IRR'
        ? t(currencyDisplay === 'toman' ? 'finance.currency.toman' : 'finance.currency.rial')
        : currency;
    /**
     * Whole units of the model currency. Rials go through the shared money formatter (it knows
     * rials and tomans); other currencies are shown without cents: model results are estimates
     * in the millions, where "$12,345,678.00" only adds noise.
     */
    const money = (value: number, options: { signed?: boolean } = {}) => {
      const amount = toAmountString(value);
      const signDisplay = options.signed ? ('exceptZero' as const) : undefined;
      if (currency === 'IRR' || !isCurrencyCode(currency)) {
        const text = format.money(amount, currency);
        return options.signed && value > 0 && amount !== '0' ? `+${text}` : text;
      }
      return format.number(amount, {
        style: 'currency',
        currency,
        currencyDisplay: 'symbol',
        maximumFractionDigits: 0,
        minimumFractionDigits: 0,
        ...(signDisplay ? { signDisplay } : {}),
      });
    };
    /** An input amount (a price, a cost per tonne): cents kept when it has them, none when whole. */
    const amount = (value: number, itemCurrency: string = currency) => {
      if (itemCurrency === 'IRR' || !isCurrencyCode(itemCurrency))
        return format.money(toAmountString(value), itemCurrency);
      return format.number(value, {
        style: 'currency',
        currency: itemCurrency,
        currencyDisplay: 'symbol',
        maximumFractionDigits: 2,
        minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
      });
    };
    return {
      /** A full amount: "$1,234,567", "۱۲۳٬۴۵۶٫۸ تومان"; `signed` writes "+" on gains. */
      money,
      amount,
      /** A calendar year, in the reader's digits and without grouping. */
      year: (value: number) => format.number(value, { useGrouping: false }),
      percent: (value: number) => format.number(value, { style: 'percent', maximumFractionDigits: 1 }),
      number: (value: number, digits = 2) => format.number(value, { maximumFractionDigits: digits }),
      years: (value: number) =>
        t('finance.result.yearsValue', { value: format.number(value, { maximumFractionDigits: 1 }) }),
      /** A short axis label: "1.2K", "۳ میلیون". Amounts in displayed units (tomans for toman readers). */
      compact: (value: number) =>
        format.number(value / factor, { notation: 'compact', maximumFractionDigits: 1 }),
      /** A common scale for a table of amounts, with its caption ("Millions of USD"). */
      scaleFor: (values: Iterable<number>) => {
        const scaled = [...values].map((v) => v / factor);
        const scale = chooseScale(scaled);
        return {
          caption: t('finance.table.unit', { scale: scale.name, unit }),
          format: (value: number) =>
            format.number(value / factor / scale.divisor, {
              // A cost of −0.04 rounds to zero: no sign on it.
              signDisplay: 'negative',
              maximumFractionDigits: scale.divisor === 1 ? 0 : 1,
              minimumFractionDigits: scale.divisor === 1 ? 0 : 1,
            }),
        };
      },
      unit,
    };
  }, [currency, currencyDisplay, format, t]);
}
