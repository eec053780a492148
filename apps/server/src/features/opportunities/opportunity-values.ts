import {
  LOCALES,
  type Locale,
  type LocalizedText,
  parseDecimalString,
  toSearchIndexText,
} from '@karvan/domain';
import { OPPORTUNITY_KIND_LABELS, type OpportunityKind } from '@karvan/domain/opportunity';
import { AppError, type FieldError } from '../../platform/errors.ts';
import { fieldError } from '../../platform/validation-messages.ts';
import { type RateTable, toUsd } from '../exchange-rates/exchange-rates.service.ts';
import type { TCreateOpportunityRequest } from './opportunities.schemas.ts';
import { isicPathsOf, type ReferenceLookups } from './reference-lookups.ts';

const allText = (text: LocalizedText | undefined) => Object.values(text ?? {}).join(' ');

/**
 * What the bank's search looks through: titles and summaries in every language, plus the names
 * of the province, the commodities and the kind in all four languages — so a Chinese investor's
 * 铜 finds a copper mine described only in Persian.
 */
export function searchTextOf(
  lookups: ReferenceLookups,
  values: {
    title: LocalizedText;
    summary?: LocalizedText | undefined;
    externalId?: string | null | undefined;
    province: string;
    commodities?: readonly string[] | undefined;
    kind: string;
  },
): string {
  const parts = [
    allText(values.title),
    allText(values.summary),
    values.externalId ?? '',
    allText(lookups.provinces.get(values.province)?.name),
    ...(values.commodities ?? []).map((c) => allText(lookups.commodities.get(c)?.name)),
    allText(OPPORTUNITY_KIND_LABELS[values.kind as OpportunityKind]),
  ];
  return toSearchIndexText(parts.join(' '));
}

/** The first language the title is written in, in the order the platform lists them. */
export const firstLanguageOf = (text: LocalizedText): Locale => LOCALES.find((l) => text[l]) ?? 'en';

type Checked = Pick<
  TCreateOpportunityRequest,
  'province' | 'isic' | 'commodities' | 'hs' | 'requiredInvestment'
>;

/**
 * Checks the codes of an opportunity against the reference data and returns what the database
 * derives from them; throws one validation error listing every bad field.
 */
export function checkReferences(lookups: ReferenceLookups, input: Partial<Checked>, locale: Locale) {
  const errors: FieldError[] = [];
  const province = input.province ? lookups.provinces.get(input.province) : undefined;
  if (input.province && !province) errors.push(fieldError('province', 'province_unknown', locale));
  const unknown = (field: string, codes: readonly string[] | undefined, known: (c: string) => boolean) =>
    codes?.forEach((code, i) => {
      if (!known(code)) errors.push(fieldError(`${field}.${i}`, 'code_unknown', locale, { value: code }));
    });
  unknown('isic', input.isic, (c) => lookups.isicParent.has(c));
  unknown('commodities', input.commodities, (c) => lookups.commodities.has(c));
  unknown('hs', input.hs, (c) => lookups.hs.has(c));
  const currency = input.requiredInvestment?.currency;
  if (currency && !lookups.currencies.has(currency)) {
    errors.push(fieldError('requiredInvestment.currency', 'currency_unknown', locale, { value: currency }));
  }
  if (errors.length) throw new AppError('validation.failed', { errors });
  return {
    country: province?.country,
    isicPaths: input.isic ? isicPathsOf(lookups, input.isic) : undefined,
  };
}

export function requiredUsdOf(
  rates: RateTable,
  money: { amount: string; currency: string } | null | undefined,
) {
  return money ? toUsd(rates, money.amount, money.currency) : null;
}

/** A bound typed in any digits ("۱۰۰۰۰۰۰", "1,000,000") as a decimal string, or a field error. */
export function parseBound(value: string | undefined, field: string, locale: Locale): string | undefined {
  if (value === undefined || value === '') return undefined;
  const parsed = parseDecimalString(value);
  if (parsed === null || parsed.startsWith('-')) {
    throw new AppError('validation.failed', { errors: [fieldError(field, 'not_a_number', locale)] });
  }
  return parsed;
}
