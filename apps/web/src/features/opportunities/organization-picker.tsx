import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { isVettingOfficer, useSession } from '../../shared/api/session.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useLocalizedString } from '../../shared/ui/localized-text.tsx';
import { organizationsQuery } from '../organizations/organizations.api.ts';

/** Tells whether the user may add opportunities at all: a member of an organisation, or an officer. */
export function useCanAddOpportunities(): boolean {
  const me = useSession();
  return (me?.memberships.length ?? 0) > 0 || isVettingOfficer(me);
}

interface OrganizationPickerProps {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  name?: string;
  error?: string;
  required?: boolean;
  maw?: number;
}

/**
 * The organisation an opportunity or an import is for. Members choose among their own
 * organisations; agency officers and administrators, who may act for any organisation, can
 * also search the whole directory (their own organisations come first).
 */
export function OrganizationPicker({
  label,
  value,
  onChange,
  name,
  error,
  required,
  maw,
}: OrganizationPickerProps) {
  const t = useT();
  const me = useSession();
  const toName = useLocalizedString();
  const isOfficer = isVettingOfficer(me);
  const [searchValue, setSearchValue] = useState('');
  const [debounced] = useDebouncedValue(searchValue.trim(), 250);
  const directory = useInfiniteQuery({
    ...organizationsQuery({ q: debounced || undefined }),
    enabled: isOfficer,
  });
  // Names of every organisation seen, so the chosen one keeps its label when the search changes.
  const names = useRef(new Map<string, string>());

  const data = useMemo(() => {
    const options = new Map<string, string>();
    for (const membership of me?.memberships ?? []) {
      options.set(membership.organization.id, toName(membership.organization.name));
    }
    for (const page of directory.data?.pages ?? []) {
      for (const organization of page.items) options.set(organization.id, toName(organization.name));
    }
    for (const [id, label] of options) names.current.set(id, label);
    if (value && !options.has(value)) options.set(value, names.current.get(value) ?? value);
    return [...options].map(([id, label]) => ({ value: id, label }));
  }, [me, directory.data, value, toName]);

  return (
    <Select
      label={label}
      name={name}
      data={data}
      value={value}
      onChange={onChange}
      allowDeselect={false}
      required={required}
      error={error}
      maw={maw}
      data-testid="organization-picker"
      {...(isOfficer
        ? {
            searchable: true,
            searchValue,
            onSearchChange: setSearchValue,
            // The server already searched names in every language.
            filter: ({ options }) => options,
            description: t('opportunities.organizationPickerOfficer'),
            nothingFoundMessage: directory.isFetching ? t('common.loading') : t('common.noMatches'),
          }
        : {})}
    />
  );
}
