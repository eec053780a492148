import { LOCALES, type Locale, type LocalizedText } from '@karvan/domain';
import type {
  CreateOpportunityRequest,
  InvestmentType,
  Opportunity,
  OpportunityInput,
  OpportunityKind,
  OpportunityStage,
  TextOrigin,
} from '../../shared/api/types.ts';

/** Drops blank languages and trims the rest (the same rule as LocalizedTextInput's). */
function compactLocalizedText(value: LocalizedText): LocalizedText {
  const result: LocalizedText = {};
  for (const locale of LOCALES) {
    const text = value[locale]?.trim();
    if (text) result[locale] = text;
  }
  return result;
}

/** Everything the opportunity form edits, as the inputs hold it. */
export interface OpportunityFormState {
  organizationId: string | null;
  kind: OpportunityKind | null;
  title: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  /** The language the owner wrote in; null: the UI language if the title has it, else its first. */
  sourceLanguage: Locale | null;
  /** The UI language when the form opened: the likeliest language of the original. */
  preferredSource: Locale;
  /** How each translated language was written (the source language is always `source`). */
  origins: Partial<Record<Locale, Exclude<TextOrigin, 'source'>>>;
  country: string;
  province: string | null;
  latitude: number | null;
  longitude: number | null;
  isic: string[];
  commodities: string[];
  hs: string[];
  investmentTypes: InvestmentType[];
  /** Latin-digit decimal string, as DecimalInput hands it on. */
  amount: string | null;
  currency: string;
  capacityQuantity: string | null;
  capacityUnit: string;
  stage: OpportunityStage | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  externalId: string;
}

/** The empty form; money defaults to the currency a reader of `locale` most likely means. */
export function emptyFormState(locale: Locale, organizationId: string | null): OpportunityFormState {
  return {
    organizationId,
    kind: null,
    title: {},
    summary: {},
    description: {},
    sourceLanguage: null,
    preferredSource: locale,
    origins: {},
    country: 'IR',
    province: null,
    latitude: null,
    longitude: null,
    isic: [],
    commodities: [],
    hs: [],
    investmentTypes: [],
    amount: null,
    currency: locale === 'fa' ? 'IRR' : locale === 'zh' ? 'CNY' : 'USD',
    capacityQuantity: null,
    capacityUnit: '',
    stage: null,
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    externalId: '',
  };
}

/** The form filled with a stored opportunity, for editing. */
export function formStateOf(opportunity: Opportunity): OpportunityFormState {
  const origins: OpportunityFormState['origins'] = {};
  for (const locale of LOCALES) {
    const origin = opportunity.textOrigins[locale];
    if (origin === 'human' || origin === 'machine') origins[locale] = origin;
  }
  return {
    organizationId: opportunity.organization.id,
    kind: opportunity.kind,
    title: { ...opportunity.title },
    summary: { ...opportunity.summary },
    description: { ...opportunity.description },
    sourceLanguage: opportunity.sourceLanguage,
    preferredSource: opportunity.sourceLanguage,
    origins,
    country: opportunity.country,
    province: opportunity.province,
    latitude: opportunity.latitude,
    longitude: opportunity.longitude,
    isic: [...opportunity.isic],
    commodities: [...opportunity.commodities],
    hs: [...opportunity.hs],
    investmentTypes: [...opportunity.investmentTypes],
    amount: opportunity.requiredInvestment?.amount ?? null,
    currency: opportunity.requiredInvestment?.currency ?? 'USD',
    capacityQuantity: opportunity.capacity?.quantity ?? null,
    capacityUnit: opportunity.capacity?.unit ?? '',
    stage: opportunity.stage,
    contactName: opportunity.contact?.name ?? '',
    contactEmail: opportunity.contact?.email ?? '',
    contactPhone: opportunity.contact?.phone ?? '',
    externalId: opportunity.externalId ?? '',
  };
}

/** The languages with any text in the title, summary or description, in the usual order. */
export function writtenLanguages(
  state: Pick<OpportunityFormState, 'title' | 'summary' | 'description'>,
): Locale[] {
  return LOCALES.filter((locale) =>
    [state.title, state.summary, state.description].some((text) => Boolean(text[locale]?.trim())),
  );
}

/**
 * The source language: the one chosen; else the UI language when the title is written in it
 * (people write in the language they use the site in); else the first language of the title.
 */
export function effectiveSourceLanguage(state: OpportunityFormState): Locale | null {
  if (state.sourceLanguage) return state.sourceLanguage;
  if (state.title[state.preferredSource]?.trim()) return state.preferredSource;
  return LOCALES.find((locale) => Boolean(state.title[locale]?.trim())) ?? null;
}

/** What the form checks before sending: field name → message key suffix. */
export type FormProblem = 'required' | 'titleRequired' | 'capacityUnit' | 'capacityQuantity';

export function checkFormState(
  state: OpportunityFormState,
  { isNew }: { isNew: boolean },
): Partial<Record<string, FormProblem>> {
  const problems: Partial<Record<string, FormProblem>> = {};
  if (isNew && !state.organizationId) problems.organizationId = 'required';
  if (!state.kind) problems.kind = 'required';
  if (!LOCALES.some((locale) => Boolean(state.title[locale]?.trim()))) problems.title = 'titleRequired';
  if (!state.province) problems.province = 'required';
  if (state.capacityQuantity && !state.capacityUnit.trim()) problems.capacityUnit = 'capacityUnit';
  if (!state.capacityQuantity && state.capacityUnit.trim()) problems.capacityQuantity = 'capacityQuantity';
  return problems;
}

/**
 * The request body from the form. Cleared optional fields are sent as null or [] so an edit
 * really removes them; texts are sent only with some language (the API refuses an empty one).
 * The source language is always sent, with every written language's origin.
 */
export function toOpportunityInput(state: OpportunityFormState): OpportunityInput {
  if (!state.kind || !state.province) throw new Error('toOpportunityInput: check the form first');
  const summary = compactLocalizedText(state.summary);
  const description = compactLocalizedText(state.description);
  const source = effectiveSourceLanguage(state);
  const textOrigins: Partial<Record<Locale, TextOrigin>> = {};
  for (const locale of writtenLanguages(state)) {
    textOrigins[locale] = locale === source ? 'source' : (state.origins[locale] ?? 'human');
  }
  const contact: NonNullable<OpportunityInput['contact']> = {};
  if (state.contactName.trim()) contact.name = state.contactName.trim();
  if (state.contactEmail.trim()) contact.email = state.contactEmail.trim();
  if (state.contactPhone.trim()) contact.phone = state.contactPhone.trim();

  return {
    kind: state.kind,
    title: compactLocalizedText(state.title),
    ...(Object.keys(summary).length > 0 ? { summary } : {}),
    ...(Object.keys(description).length > 0 ? { description } : {}),
    ...(source ? { sourceLanguage: source, textOrigins } : {}),
    province: state.province,
    latitude: state.latitude,
    longitude: state.longitude,
    isic: state.isic,
    commodities: state.commodities,
    hs: state.hs,
    investmentTypes: state.investmentTypes,
    requiredInvestment: state.amount ? { amount: state.amount, currency: state.currency } : null,
    capacity:
      state.capacityQuantity && state.capacityUnit.trim()
        ? { quantity: state.capacityQuantity, unit: state.capacityUnit.trim() }
        : null,
    stage: state.stage,
    contact,
    ...(state.externalId.trim() ? { externalId: state.externalId.trim() } : {}),
  };
}

/** The creation body: the fields plus the organisation. */
export function toCreateRequest(state: OpportunityFormState): CreateOpportunityRequest {
  if (!state.organizationId) throw new Error('toCreateRequest: no organisation');
  return { organizationId: state.organizationId, ...toOpportunityInput(state) };
}
