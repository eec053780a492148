import { pickLocalizedText } from '@karvan/domain';
import { INVESTMENT_TYPES, OPPORTUNITY_KINDS, OPPORTUNITY_STAGES } from '@karvan/domain/opportunity';
import { Button, Checkbox, Fieldset, Group, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import type { OpportunitySearch } from '../../app/search-params.ts';
import type { FacetValue, OpportunityFacets } from '../../shared/api/types.ts';
import { useFormat } from '../../shared/format/format.ts';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { DecimalInput } from '../../shared/ui/decimal-input.tsx';
import { commoditiesQuery, currenciesQuery, isicQuery, provincesQuery } from '../reference/reference.api.ts';
import { useVocabulary } from './labels.ts';

/** The comma-separated values of a URL filter. */
export function splitList(value: string | undefined): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

/** Back to the URL form: undefined when nothing is selected, so the parameter disappears. */
function joinList(values: readonly string[]): string | undefined {
  return values.length > 0 ? values.join(',') : undefined;
}

function countOf(facet: readonly FacetValue[] | undefined, value: string): number {
  return facet?.find((item) => item.value === value)?.count ?? 0;
}

/** How many filters are set (for the "Filters (3)" button and the empty state). */
export function countActiveFilters(search: OpportunitySearch): number {
  const lists = [
    search.kind,
    search.province,
    search.stage,
    search.investmentType,
    search.commodity,
    search.isic,
  ];
  return (
    lists.reduce((sum, list) => sum + splitList(list).length, 0) +
    (search.minInvestment ? 1 : 0) +
    (search.maxInvestment ? 1 : 0)
  );
}

interface CheckboxFacetProps {
  legend: string;
  codes: readonly string[];
  selected: string;
  facet: readonly FacetValue[] | undefined;
  /** The counts cover only part of the results (the server stopped counting): shown without numbers. */
  areCountsPartial: boolean;
  labelOf: (code: string) => string;
  onChange: (value: string | undefined) => void;
}

/** A short closed list (kinds, stages, investment types): one checkbox each, with its count. */
function CheckboxFacet({
  legend,
  codes,
  selected,
  facet,
  areCountsPartial,
  labelOf,
  onChange,
}: CheckboxFacetProps) {
  const format = useFormat();
  const values = splitList(selected);
  return (
    <Checkbox.Group label={legend} value={values} onChange={(next) => onChange(joinList(next))}>
      <Stack gap={6} mt={6}>
        {codes.map((code) => {
          const count = countOf(facet, code);
          return (
            <Checkbox
              key={code}
              value={code}
              size="sm"
              label={
                <Group gap={6} wrap="nowrap" component="span">
                  <span>{labelOf(code)}</span>
                  {areCountsPartial ? null : (
                    <Text span size="xs" c="dimmed" data-testid="facet-count">
                      {format.number(count)}
                    </Text>
                  )}
                </Group>
              }
              disabled={!areCountsPartial && count === 0 && !values.includes(code)}
            />
          );
        })}
      </Stack>
    </Checkbox.Group>
  );
}

interface SelectFacetProps {
  label: string;
  placeholder: string;
  selected: string;
  facet: readonly FacetValue[] | undefined;
  areCountsPartial: boolean;
  labelOf: (code: string) => string;
  onChange: (value: string | undefined) => void;
}

/** A long list (provinces, commodities, ISIC sections): a searchable multi-select, counts in the options. */
function SelectFacet({
  label,
  placeholder,
  selected,
  facet,
  areCountsPartial,
  labelOf,
  onChange,
}: SelectFacetProps) {
  const t = useT();
  const format = useFormat();
  const values = splitList(selected);
  const data = useMemo(() => {
    const codes = [...new Set([...(facet ?? []).map((item) => item.value), ...values])];
    return codes.map((code) => ({
      value: code,
      label: areCountsPartial
        ? labelOf(code)
        : t('opportunities.filters.optionWithCount', {
            label: labelOf(code),
            count: format.number(countOf(facet, code)),
          }),
    }));
  }, [facet, values, areCountsPartial, labelOf, format, t]);
  return (
    <MultiSelect
      label={label}
      placeholder={values.length === 0 ? placeholder : undefined}
      data={data}
      value={values}
      onChange={(next) => onChange(joinList(next))}
      searchable
      clearable
      nothingFoundMessage={t('common.noMatches')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** The investment range: two bounds in a currency, sent when the user pauses typing. */
function InvestmentRange({
  search,
  onChange,
}: {
  search: OpportunitySearch;
  onChange: (patch: Partial<OpportunitySearch>) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const currencies = useQuery(currenciesQuery);
  const [min, setMin] = useState<string | null>(search.minInvestment ?? null);
  const [max, setMax] = useState<string | null>(search.maxInvestment ?? null);
  const [debouncedMin] = useDebouncedValue(min, 500);
  const [debouncedMax] = useDebouncedValue(max, 500);

  // Only what the user typed goes to the URL; a change from outside ("Clear filters", the back
  // button) only updates the inputs, or a stale debounced value would put the filter back.
  const isTyping = useRef(false);
  useEffect(() => {
    if (!isTyping.current) setMin(search.minInvestment ?? null);
  }, [search.minInvestment]);
  useEffect(() => {
    if (!isTyping.current) setMax(search.maxInvestment ?? null);
  }, [search.maxInvestment]);

  useEffect(() => {
    if (!isTyping.current) return;
    isTyping.current = false;
    onChange({ minInvestment: debouncedMin ?? undefined, maxInvestment: debouncedMax ?? undefined });
  }, [debouncedMin, debouncedMax, onChange]);

  const typeMin = (value: string | null) => {
    isTyping.current = true;
    setMin(value);
  };
  const typeMax = (value: string | null) => {
    isTyping.current = true;
    setMax(value);
  };

  const currencyData = (currencies.data?.items ?? []).map((currency) => ({
    value: currency.code,
    label: `${currency.code} — ${pickLocalizedText(currency.name, locale)?.text ?? currency.code}`,
  }));

  return (
    <Fieldset
      legend={
        <Text size="sm" fw={500}>
          {t('opportunities.filters.investment')}
        </Text>
      }
      variant="unstyled"
      p={0}
    >
      <Stack gap={6}>
        <Select
          label={t('opportunities.filters.currency')}
          data={currencyData.length > 0 ? currencyData : [{ value: 'USD', label: 'USD' }]}
          value={search.currency ?? 'USD'}
          allowDeselect={false}
          onChange={(value) => onChange({ currency: value && value !== 'USD' ? value : undefined })}
          comboboxProps={{ withinPortal: true }}
        />
        <Group grow gap="xs" align="flex-start">
          <DecimalInput
            label={t('opportunities.filters.min')}
            value={min}
            onChange={typeMin}
            name="minInvestment"
          />
          <DecimalInput
            label={t('opportunities.filters.max')}
            value={max}
            onChange={typeMax}
            name="maxInvestment"
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('opportunities.filters.investmentHint')}
        </Text>
      </Stack>
    </Fieldset>
  );
}

interface FilterPanelProps {
  search: OpportunitySearch;
  facets: OpportunityFacets | undefined;
  /** The server stopped counting (more than its cap matched): the facet counts are partial. */
  areCountsPartial: boolean;
  onChange: (patch: Partial<OpportunitySearch>) => void;
  onClear: () => void;
  footer?: ReactNode;
}

/** Every filter of the search, each option with its count among the current results. */
export function FilterPanel({
  search,
  facets,
  areCountsPartial,
  onChange,
  onClear,
  footer,
}: FilterPanelProps) {
  const t = useT();
  const { locale } = useLocale();
  const vocabulary = useVocabulary();
  const iranProvinces = useQuery(provincesQuery('IR'));
  const chinaProvinces = useQuery(provincesQuery('CN'));
  const commodities = useQuery(commoditiesQuery);
  const sections = useQuery(isicQuery({}));

  const provinceLabel = useMemo(() => {
    const names = new Map(
      [...(iranProvinces.data?.items ?? []), ...(chinaProvinces.data?.items ?? [])].map((province) => [
        province.code,
        pickLocalizedText(province.name, locale)?.text ?? province.code,
      ]),
    );
    return (code: string) => names.get(code) ?? code;
  }, [iranProvinces.data, chinaProvinces.data, locale]);

  const commodityLabel = useMemo(() => {
    const names = new Map(
      (commodities.data?.items ?? []).map((commodity) => [
        commodity.code,
        pickLocalizedText(commodity.name, locale)?.text ?? commodity.code,
      ]),
    );
    return (code: string) => names.get(code) ?? code;
  }, [commodities.data, locale]);

  const sectionLabel = useMemo(() => {
    const titles = new Map(
      (sections.data?.items ?? []).map((section) => [
        section.code,
        pickLocalizedText(section.title, locale)?.text ?? '',
      ]),
    );
    return (code: string) => (titles.get(code) ? `${code} — ${titles.get(code)}` : code);
  }, [sections.data, locale]);

  const active = countActiveFilters(search);

  return (
    <Stack
      gap="md"
      component="section"
      aria-label={t('opportunities.filters.title')}
      data-testid="filter-panel"
    >
      <Group justify="space-between">
        <Text fw={700}>{t('opportunities.filters.title')}</Text>
        {active > 0 ? (
          <Button variant="subtle" size="compact-sm" onClick={onClear}>
            {t('organizations.clearFilters')}
          </Button>
        ) : null}
      </Group>
      <CheckboxFacet
        legend={t('opportunity.kind')}
        codes={OPPORTUNITY_KINDS}
        selected={search.kind ?? ''}
        facet={facets?.kind}
        areCountsPartial={areCountsPartial}
        labelOf={vocabulary.kind}
        onChange={(kind) => onChange({ kind })}
      />
      <SelectFacet
        label={t('opportunity.province')}
        placeholder={t('opportunities.filters.anyProvince')}
        selected={search.province ?? ''}
        facet={facets?.province}
        areCountsPartial={areCountsPartial}
        labelOf={provinceLabel}
        onChange={(province) => onChange({ province })}
      />
      <CheckboxFacet
        legend={t('opportunity.stage')}
        codes={OPPORTUNITY_STAGES}
        selected={search.stage ?? ''}
        facet={facets?.stage}
        areCountsPartial={areCountsPartial}
        labelOf={vocabulary.stage}
        onChange={(stage) => onChange({ stage })}
      />
      <CheckboxFacet
        legend={t('opportunity.investmentTypes')}
        codes={INVESTMENT_TYPES}
        selected={search.investmentType ?? ''}
        facet={facets?.investmentType}
        areCountsPartial={areCountsPartial}
        labelOf={vocabulary.investmentType}
        onChange={(investmentType) => onChange({ investmentType })}
      />
      <SelectFacet
        label={t('opportunity.commodities')}
        placeholder={t('opportunities.filters.anyCommodity')}
        selected={search.commodity ?? ''}
        facet={facets?.commodity}
        areCountsPartial={areCountsPartial}
        labelOf={commodityLabel}
        onChange={(commodity) => onChange({ commodity })}
      />
      <SelectFacet
        label={t('opportunities.filters.isicSection')}
        placeholder={t('opportunities.filters.anySection')}
        selected={search.isic ?? ''}
        facet={facets?.isicSection}
        areCountsPartial={areCountsPartial}
        labelOf={sectionLabel}
        onChange={(isic) => onChange({ isic })}
      />
      <InvestmentRange search={search} onChange={onChange} />
      {footer}
    </Stack>
  );
}
