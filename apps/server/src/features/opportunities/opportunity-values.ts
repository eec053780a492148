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
import { isicPathsOf, type ReferenceLookups } from '../reference/reference-lookups.ts';
import type { TCreateOpportunityRequest } from './opportunities.schemas.ts';

const allText = (text: LocalizedText | undefined) => Object.values(text ?? {}).join(' ');

/**
 * The reference names of a record (province, commodities, kind in all four languages), indexed
 * once per combination: an import of 100,000 rows would otherwise segment the same names again
 * for every row. Bounded, in case of a bank with very many combinations.
 */
const namesIndexTexts = new Map<string, string>();
function namesIndexText(
  lookups: ReferenceLookups,
  province: string,
  commodities: readonly string[],
  kind: string,
) {
  const key = `${province}|${kind}|${commodities.join(',')}`;
  let text = namesIndexTexts.get(key);
  if (text === undefined) {
    text = toSearchIndexText(
      [
        allText(lookups.provinces.get(province)?.name),
        ...commodities.map((c) => allText(lookups.commodities.get(c)?.name)),
        allText(OPPORTUNITY_KIND_LABELS[kind as OpportunityKind]),
      ].join(' '),
    );
    if (namesIndexTexts.size < 10_000) namesIndexTexts.set(key, text);
  }
  return text;
}

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
  const own = toSearchIndexText(
    [allText(values.title), allText(values.summary), values.externalId ?? ''].join(' '),
  );
  const names = namesIndexText(lookups, values.province, values.commodities ?? [], values.kind);
  return `${own} ${names}`.trim();
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
