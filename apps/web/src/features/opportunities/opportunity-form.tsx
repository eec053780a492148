import { LOCALES, type Locale, pickLocalizedText } from '@karvan/domain';
import { INVESTMENT_TYPES, OPPORTUNITY_KINDS, OPPORTUNITY_STAGES } from '@karvan/domain/opportunity';
import {
  Button,
  Group,
  MultiSelect,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError } from '../../shared/api/client.ts';
import type { InvestmentType, OpportunityKind, OpportunityStage } from '../../shared/api/types.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useCountryName } from '../../shared/format/region-names.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { DecimalInput } from '../../shared/ui/decimal-input.tsx';
import { ErrorAlert } from '../../shared/ui/error-alert.tsx';
import { LANGUAGE_NAME_KEYS } from '../../shared/ui/localized-text.tsx';
import { LocalizedTextInput } from '../../shared/ui/localized-text-input.tsx';
import { LocalizedNumberInput } from '../../shared/ui/number-input.tsx';
import { ProvinceSelect } from '../organizations/country-select.tsx';
import { commoditiesQuery, currenciesQuery } from '../reference/reference.api.ts';
import { CodeMultiSelect } from './code-multi-select.tsx';
import {
  checkFormState,
  effectiveSourceLanguage,
  type FormProblem,
  type OpportunityFormState,
  writtenLanguages,
} from './form-state.ts';
import { useVocabulary } from './labels.ts';
import { OrganizationPicker } from './organization-picker.tsx';

const PROBLEM_KEYS: Record<FormProblem, MessageKey> = {
  required: 'form.required',
  titleRequired: 'opportunity.form.titleRequired',
  capacityUnit: 'opportunity.form.capacityUnitRequired',
  capacityQuantity: 'opportunity.form.capacityQuantityRequired',
};

// The fields the form shows errors beside; the server's errors for other paths go in the alert.
const FIELD_PATHS = [
  'organizationId',
  'kind',
  'title',
  'summary',
  'description',
  'sourceLanguage',
  'textOrigins',
  'province',
  'latitude',
  'longitude',
  'isic',
  'commodities',
  'hs',
  'investmentTypes',
  'requiredInvestment',
  'capacity',
  'stage',
  'contact',
  'externalId',
];

/** The server's first message for a field or anything under it (`isic.2`, `requiredInvestment.amount`). */
function errorUnder(error: unknown, path: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.errors.find((item) => item.path === path || item.path.startsWith(`${path}.`))?.message;
}

function shownPaths(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.errors
    .map((item) => item.path)
    .filter((path) => FIELD_PATHS.some((field) => path === field || path.startsWith(`${field}.`)));
}

function localeErrors(error: unknown, base: string) {
  return Object.fromEntries(LOCALES.map((locale) => [locale, errorUnder(error, `${base}.${locale}`)]));
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="fieldset" m={0} style={{ minInlineSize: 0 }}>
      <Stack>
        <Title order={2} size="h4" component="legend" p={0}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

interface OpportunityFormProps {
  initial: OpportunityFormState;
  /** Creating: the organisation is chosen; editing: it is shown read-only. */
  isNew: boolean;
  /** The organisation's name, shown read-only while editing. */
  organizationName?: ReactNode;
  submitLabel: string;
  onSubmit: (state: OpportunityFormState) => Promise<unknown>;
  cancel?: ReactNode;
}

/**
 * The opportunity form, for creating and editing: texts in up to four languages with how each
 * was written, place, classification, money and contact. Amounts are typed in any digits and
 * sent as exact decimal strings; the server's field errors appear beside the fields.
 */
export function OpportunityForm({
  initial,
  isNew,
  organizationName,
  submitLabel,
  onSubmit,
  cancel,
}: OpportunityFormProps) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const countryName = useCountryName();
  const vocabulary = useVocabulary();
  const commodities = useQuery(commoditiesQuery);
  const currencies = useQuery(currenciesQuery);
  const [state, setState] = useState(initial);
  const [problems, setProblems] = useState<Partial<Record<string, FormProblem>>>({});
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const set = <K extends keyof OpportunityFormState>(key: K, value: OpportunityFormState[K]) =>
    setState((current) => ({ ...current, [key]: value }));
  const problem = (field: string) => {
    const found = problems[field];
    return found ? t(PROBLEM_KEYS[found]) : undefined;
  };
  const fieldMessage = (field: string) => problem(field) ?? errorUnder(error, field);

  const written = writtenLanguages(state);
  const source = effectiveSourceLanguage(state);
  const translated = written.filter((language) => language !== source);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkFormState(state, { isNew });
    setProblems(found);
    if (Object.keys(found).length > 0) {
      // Take the keyboard to the first field that needs attention.
      requestAnimationFrame(() => {
        const form = document.querySelector('[data-testid="opportunity-form"]');
        const target = found.title
          ? form?.querySelector<HTMLElement>('[name^="title."]')
          : form?.querySelector<HTMLElement>('[aria-invalid="true"]');
        target?.focus();
      });
      return;
    }
    setPending(true);
    setError(null);
    try {
      await onSubmit(state);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  const currencyData = (currencies.data?.items ?? [{ code: 'USD', name: {}, minorUnits: 2 }]).map(
    (currency) => ({
      value: currency.code,
      label: `${currency.code} — ${pickLocalizedText(currency.name, locale)?.text ?? currency.code}`,
    }),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="opportunity-form">
      <Stack gap="lg" maw={900}>
        <Section title={t('opportunity.form.basics')}>
          {isNew ? (
            <OrganizationPicker
              label={t('opportunity.organization')}
              name="organizationId"
              value={state.organizationId}
              onChange={(value) => set('organizationId', value)}
              required
              error={fieldMessage('organizationId')}
            />
          ) : (
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t('opportunity.organization')}
              </Text>
              <Text size="sm">{organizationName}</Text>
            </Stack>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('opportunity.kind')}
              name="kind"
              data={OPPORTUNITY_KINDS.map((kind) => ({ value: kind, label: vocabulary.kind(kind) }))}
              value={state.kind}
              onChange={(value) => set('kind', (value as OpportunityKind | null) ?? null)}
              required
              error={fieldMessage('kind')}
            />
            <Select
              label={t('opportunity.stage')}
              name="stage"
              data={OPPORTUNITY_STAGES.map((stage) => ({ value: stage, label: vocabulary.stage(stage) }))}
              value={state.stage}
              onChange={(value) => set('stage', (value as OpportunityStage | null) ?? null)}
              clearable
              error={fieldMessage('stage')}
            />
          </SimpleGrid>
        </Section>

        <Section title={t('opportunity.form.texts')}>
          <Text size="sm" c="dimmed">
            {t('opportunity.form.textsHint')}
          </Text>
          <LocalizedTextInput
            label={t('opportunity.title')}
            name="title"
            value={state.title}
            onChange={(value) => set('title', value)}
            required
            maxLength={300}
            error={problem('title') ?? errorUnder(error, 'title')}
            errors={localeErrors(error, 'title')}
          />
          <LocalizedTextInput
            label={t('opportunity.summary')}
            name="summary"
            value={state.summary}
            onChange={(value) => set('summary', value)}
            multiline
            maxLength={4000}
            error={errorUnder(error, 'summary')}
            errors={localeErrors(error, 'summary')}
          />
          <LocalizedTextInput
            label={t('opportunity.description')}
            name="description"
            value={state.description}
            onChange={(value) => set('description', value)}
            multiline
            maxLength={20000}
            error={errorUnder(error, 'description')}
            errors={localeErrors(error, 'description')}
          />
          <Select
            label={t('opportunity.sourceLanguage')}
            description={t('opportunity.form.sourceLanguageHint')}
            name="sourceLanguage"
            placeholder={
              source
                ? t('opportunity.form.sourceLanguageAuto', { language: t(LANGUAGE_NAME_KEYS[source]) })
                : undefined
            }
            data={LOCALES.map((language) => ({ value: language, label: t(LANGUAGE_NAME_KEYS[language]) }))}
            value={state.sourceLanguage}
            onChange={(value) => set('sourceLanguage', (value as Locale | null) ?? null)}
            clearable
            maw={360}
            error={errorUnder(error, 'sourceLanguage')}
          />
          {translated.length > 0 ? (
            <Stack gap="xs" data-testid="text-origins">
              <Text size="sm" fw={500}>
                {t('opportunity.form.origins')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('opportunity.form.originsHint')}
              </Text>
              {translated.map((language) => (
                <Group key={language} gap="sm" wrap="wrap">
                  <Text size="sm" miw={100} id={`origin-${language}`}>
                    {t(LANGUAGE_NAME_KEYS[language])}
                  </Text>
                  <SegmentedControl
                    size="xs"
                    aria-labelledby={`origin-${language}`}
                    value={state.origins[language] ?? 'human'}
                    onChange={(value) =>
                      set('origins', {
                        ...state.origins,
                        [language]: value === 'machine' ? 'machine' : 'human',
                      })
                    }
                    data={[
                      { value: 'human', label: t('opportunity.origin.human') },
                      { value: 'machine', label: t('opportunity.origin.machine') },
                    ]}
                  />
                </Group>
              ))}
              {errorUnder(error, 'textOrigins') ? (
                <Text size="xs" c="red" role="alert">
                  {errorUnder(error, 'textOrigins')}
                </Text>
              ) : null}
            </Stack>
          ) : null}
        </Section>

        <Section title={t('opportunity.form.place')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('organizations.country')}
              name="country"
              data={['IR', 'CN'].map((code) => ({ value: code, label: countryName(code) }))}
              value={state.country}
              allowDeselect={false}
              onChange={(value) => {
                if (!value || value === state.country) return;
                setState((current) => ({ ...current, country: value, province: null }));
              }}
            />
            <ProvinceSelect
              key={state.country}
              country={state.country}
              label={t('opportunity.province')}
              name="province"
              value={state.province}
              onChange={(value) => set('province', value)}
              required
              error={fieldMessage('province')}
            />
            <LocalizedNumberInput
              label={t('opportunity.latitude')}
              name="latitude"
              value={state.latitude}
              onChange={(value) => set('latitude', value)}
              min={-90}
              max={90}
              error={errorUnder(error, 'latitude')}
              dir="ltr"
            />
            <LocalizedNumberInput
              label={t('opportunity.longitude')}
              name="longitude"
              value={state.longitude}
              onChange={(value) => set('longitude', value)}
              min={-180}
              max={180}
              error={errorUnder(error, 'longitude')}
              dir="ltr"
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('opportunity.form.coordinatesHint')}
          </Text>
        </Section>

        <Section title={t('opportunity.form.classification')}>
          <CodeMultiSelect
            classification="isic"
            label={t('opportunity.isic')}
            description={t('opportunity.form.isicHint')}
            name="isic"
            value={state.isic}
            onChange={(value) => set('isic', value)}
            error={errorUnder(error, 'isic')}
          />
          <CodeMultiSelect
            classification="hs"
            label={t('opportunity.hs')}
            description={t('opportunity.form.hsHint')}
            name="hs"
            value={state.hs}
            onChange={(value) => set('hs', value)}
            error={errorUnder(error, 'hs')}
          />
          <MultiSelect
            label={t('opportunity.commodities')}
            name="commodities"
            data={(commodities.data?.items ?? []).map((commodity) => ({
              value: commodity.code,
              label: `${pickLocalizedText(commodity.name, locale)?.text ?? commodity.code}${
                commodity.symbol ? ` (${commodity.symbol})` : ''
              }`,
            }))}
            value={state.commodities}
            onChange={(value) => set('commodities', value)}
            searchable
            clearable
            maxValues={20}
            nothingFoundMessage={commodities.isPending ? t('common.loading') : t('common.noMatches')}
            error={
              errorUnder(error, 'commodities') ??
              (commodities.isError ? t('error.referenceUnavailable') : undefined)
            }
          />
        </Section>

        <Section title={t('opportunity.form.investment')}>
          <MultiSelect
            label={t('opportunity.investmentTypes')}
            name="investmentTypes"
            data={INVESTMENT_TYPES.map((type) => ({ value: type, label: vocabulary.investmentType(type) }))}
            value={state.investmentTypes}
            onChange={(value) => set('investmentTypes', value as InvestmentType[])}
            clearable
            error={errorUnder(error, 'investmentTypes')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DecimalInput
              label={t('opportunity.requiredInvestment')}
              description={
                state.currency === 'IRR'
                  ? t('opportunity.form.amountInRials')
                  : t('opportunity.form.amountHint')
              }
              name="requiredInvestment.amount"
              value={state.amount}
              onChange={(value) => set('amount', value)}
              maxFractionDigits={4}
              maxIntegerDigits={22}
              error={
                errorUnder(error, 'requiredInvestment.amount') ?? errorUnder(error, 'requiredInvestment')
              }
            />
            <Select
              label={t('opportunities.filters.currency')}
              name="requiredInvestment.currency"
              data={currencyData}
              value={state.currency}
              allowDeselect={false}
              onChange={(value) => value && set('currency', value)}
              error={errorUnder(error, 'requiredInvestment.currency')}
            />
          </SimpleGrid>
          {state.amount ? (
            <Text size="sm" c="dimmed" aria-live="polite" data-testid="amount-preview">
              {t('opportunity.form.amountPreview', { amount: format.money(state.amount, state.currency) })}
            </Text>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DecimalInput
              label={t('opportunity.capacity')}
              name="capacity.quantity"
              value={state.capacityQuantity}
              onChange={(value) => set('capacityQuantity', value)}
              maxFractionDigits={4}
              error={fieldMessage('capacityQuantity') ?? errorUnder(error, 'capacity.quantity')}
            />
            <TextInput
              label={t('opportunity.capacityUnit')}
              placeholder={t('opportunity.form.capacityUnitHint')}
              name="capacity.unit"
              value={state.capacityUnit}
              onChange={(event) => set('capacityUnit', event.currentTarget.value)}
              maxLength={40}
              dir="auto"
              error={fieldMessage('capacityUnit') ?? errorUnder(error, 'capacity.unit')}
            />
          </SimpleGrid>
        </Section>

        <Section title={t('opportunity.contact')}>
          <Text size="sm" c="dimmed">
            {t('opportunity.form.contactHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('opportunity.contact.name')}
              name="contact.name"
              value={state.contactName}
              onChange={(event) => set('contactName', event.currentTarget.value)}
              maxLength={200}
              dir="auto"
              error={errorUnder(error, 'contact.name')}
            />
            <TextInput
              label={t('auth.email')}
              name="contact.email"
              type="email"
              value={state.contactEmail}
              onChange={(event) => set('contactEmail', event.currentTarget.value)}
              dir="ltr"
              error={errorUnder(error, 'contact.email')}
            />
            <TextInput
              label={t('opportunity.contact.phone')}
              name="contact.phone"
              type="tel"
              inputMode="tel"
              value={state.contactPhone}
              onChange={(event) => set('contactPhone', event.currentTarget.value)}
              maxLength={40}
              dir="ltr"
              error={errorUnder(error, 'contact.phone')}
            />
          </SimpleGrid>
          <TextInput
            label={t('opportunity.externalId')}
            description={t('opportunity.form.externalIdHint')}
            name="externalId"
            value={state.externalId}
            onChange={(event) => set('externalId', event.currentTarget.value)}
            maxLength={100}
            dir="ltr"
            maw={360}
            error={errorUnder(error, 'externalId')}
          />
        </Section>

        {Object.keys(problems).length > 0 ? (
          <Text c="red" size="sm" role="alert">
            {t('opportunity.form.fixProblems')}
          </Text>
        ) : null}
        <ErrorAlert error={error} hideFieldPaths={shownPaths(error)} />
        <Group>
          <Button type="submit" loading={pending} data-testid="opportunity-save">
            {submitLabel}
          </Button>
          {cancel}
        </Group>
      </Stack>
    </form>
  );
}
