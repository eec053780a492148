import { pickLocalizedText } from '@karvan/domain';
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useLocale } from '../../shared/i18n/locale.tsx';
import { useT } from '../../shared/i18n/use-t.ts';
import { hsQuery, isicQuery } from '../reference/reference.api.ts';

interface CodeMultiSelectProps {
  classification: 'isic' | 'hs';
  label: string;
  description?: string;
  name: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}

/**
 * Codes of ISIC or HS picked by searching the reference API (a code or words in any of the
 * four languages); the options are the server's matches, the picked ones keep their titles.
 */
export function CodeMultiSelect({
  classification,
  label,
  description,
  name,
  value,
  onChange,
  error,
}: CodeMultiSelectProps) {
  const t = useT();
  const { locale } = useLocale();
  const [searchValue, setSearchValue] = useState('');
  const [debounced] = useDebouncedValue(searchValue.trim(), 250);
  const isic = useQuery({
    ...isicQuery({ q: debounced }),
    enabled: classification === 'isic' && debounced !== '',
  });
  const hs = useQuery({ ...hsQuery({ q: debounced }), enabled: classification === 'hs' && debounced !== '' });
  const results = classification === 'isic' ? isic : hs;
  const items = useMemo(
    () =>
      classification === 'isic'
        ? (isic.data?.items ?? []).map((item) => ({ code: item.code, text: item.title }))
        : (hs.data?.items ?? []).map((item) => ({ code: item.code, text: item.description })),
    [classification, isic.data, hs.data],
  );
  // Titles of every code seen, so a picked code keeps its label after the search moves on.
  const titles = useRef(new Map<string, string>());

  const data = useMemo(() => {
    const found = items.map((item) => {
      const itemLabel = `${item.code} — ${pickLocalizedText(item.text, locale)?.text ?? ''}`;
      titles.current.set(item.code, itemLabel);
      return { value: item.code, label: itemLabel };
    });
    const picked = value
      .filter((code) => !found.some((item) => item.value === code))
      .map((code) => ({ value: code, label: titles.current.get(code) ?? code }));
    return [...picked, ...found];
  }, [items, value, locale]);

  return (
    <MultiSelect
      label={label}
      description={description}
      name={name}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      // The server already filtered by code and words in every language.
      filter={({ options }) => options}
      maxValues={20}
      clearable
      nothingFoundMessage={
        debounced.length === 0
          ? t('opportunity.form.codeSearchHint')
          : results.isFetching
            ? t('common.loading')
            : t('common.noMatches')
      }
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
