import { pickLocalizedText } from '@karvan/domain';
import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { countriesQuery, useProvinces } from '../reference/reference.api.ts';

type BaseProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

// Iran and China first: they are who Karvan is for.
const PINNED = ['IR', 'CN'];

/** Countries from /reference/countries, named in the UI language and sorted for it; searchable. */
export function CountrySelect({ value, onChange, ...props }: BaseProps) {
  const t = useT();
  const { locale } = useLocale();
  const countries = useQuery(countriesQuery);
  const data = useMemo(() => {
    const collator = new Intl.Collator(locale);
    const items = (countries.data?.items ?? []).map((country) => ({
      value: country.code,
      label: pickLocalizedText(country.name, locale)?.text ?? country.code,
    }));
    const pinned = PINNED.flatMap((code) => items.filter((item) => item.value === code));
    const rest = items
      .filter((item) => !PINNED.includes(item.value))
      .sort((a, b) => collator.compare(a.label, b.label));
    return [...pinned, ...rest];
  }, [countries.data, locale]);

  return (
    <Select
      {...props}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      nothingFoundMessage={countries.isPending ? t('common.loading') : t('common.noMatches')}
      error={props.error ?? (countries.isError ? t('error.referenceUnavailable') : undefined)}
    />
  );
}

/** Provinces of Iran or China from /reference/provinces, in the UI language. */
export function ProvinceSelect({ country, value, onChange, ...props }: BaseProps & { country: string }) {
  const t = useT();
  const { locale } = useLocale();
  const provinces = useProvinces(country);
  const data = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return (provinces.data?.items ?? [])
      .map((province) => ({
        value: province.code,
        label: pickLocalizedText(province.name, locale)?.text ?? province.code,
      }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [provinces.data, locale]);

  return (
    <Select
      {...props}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      nothingFoundMessage={provinces.isPending ? t('common.loading') : t('common.noMatches')}
      error={props.error ?? (provinces.isError ? t('error.referenceUnavailable') : undefined)}
    />
  );
}
