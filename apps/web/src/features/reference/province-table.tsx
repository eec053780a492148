import { LOCALES } from '@karvan/domain';
import { Table } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { Province } from '../../shared/api/types.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { LANGUAGE_NAME_KEYS, LocalizedText } from '../../shared/ui/localized-text.tsx';

interface ProvinceTableProps {
  provinces: Province[];
  selected?: string | null;
  onSelect?: (code: string) => void;
}

/** Provinces with their names in all four languages, each cell in its own `lang`/`dir`. */
export function ProvinceTable({ provinces, selected, onSelect }: ProvinceTableProps) {
  const t = useT();
  const selectedRow = useRef<HTMLTableRowElement>(null);

  useEffect(() => {
    if (selected) selectedRow.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reference.isoCode')}</Table.Th>
            {LOCALES.map((locale) => (
              <Table.Th key={locale}>{t(LANGUAGE_NAME_KEYS[locale])}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {provinces.map((province) => (
            <Table.Tr
              key={province.code}
              ref={province.code === selected ? selectedRow : undefined}
              className={province.code === selected ? 'karvan-row-selected' : undefined}
              aria-selected={onSelect ? province.code === selected : undefined}
            >
              <Table.Td>
                {onSelect ? (
                  <button
                    type="button"
                    className="karvan-link-button karvan-code"
                    onClick={() => onSelect(province.code)}
                    aria-label={t('reference.showOnMap', { code: province.code })}
                  >
                    {province.code}
                  </button>
                ) : (
                  <bdi className="karvan-code">{province.code}</bdi>
                )}
              </Table.Td>
              {LOCALES.map((locale) => (
                <Table.Td key={locale}>
                  <LocalizedText value={province.name} only={locale} unofficial={province.unofficial} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
