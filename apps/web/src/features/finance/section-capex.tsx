import { SimpleGrid } from '@mantine/core';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useEditor } from './editor-context.tsx';
import { CheckField, CurrencyField, NumberField, SelectField, TextField } from './fields.tsx';
import { NEW_ITEMS } from './model-document.ts';
import { ListBlock, Section, useItemTitle } from './section-frame.tsx';
import { YearRowField } from './year-row-field.tsx';

const CATEGORIES = [
  'land',
  'buildings',
  'machinery',
  'mine-development',
  'infrastructure',
  'vehicles',
  'pre-production',
  'other',
] as const;
const CATEGORY_KEYS: Record<(typeof CATEGORIES)[number], MessageKey> = {
  land: 'finance.capex.category.land',
  buildings: 'finance.capex.category.buildings',
  machinery: 'finance.capex.category.machinery',
  'mine-development': 'finance.capex.category.mineDevelopment',
  infrastructure: 'finance.capex.category.infrastructure',
  vehicles: 'finance.capex.category.vehicles',
  'pre-production': 'finance.capex.category.preProduction',
  other: 'finance.capex.category.other',
};
const DEPRECIATION_KEYS: Record<string, MessageKey> = {
  'straight-line': 'finance.capex.depreciation.straightLine',
  'declining-balance': 'finance.capex.depreciation.decliningBalance',
  none: 'finance.capex.depreciation.none',
};

/** Capital cost items with their spending schedule by year and depreciation. */
export function CapexSection() {
  const t = useT();
  const { years } = useEditor();
  const itemTitle = useItemTitle((n) => t('finance.capex.item', { n }));
  return (
    <Section id="capex" title={t('finance.section.capex')}>
      <ListBlock
        path={['capex']}
        itemTitle={itemTitle}
        addLabel={t('finance.capex.add')}
        newItem={NEW_ITEMS.capex}
        emptyText={t('finance.capex.empty')}
        renderItem={(index, item) => {
          const startYear = typeof item.startYear === 'number' ? Math.max(0, item.startYear) : 0;
          return (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
                <TextField path={['capex', index, 'name']} label={t('finance.field.name')} />
                <SelectField
                  path={['capex', index, 'category']}
                  label={t('finance.capex.category')}
                  data={CATEGORIES.map((value) => ({ value, label: t(CATEGORY_KEYS[value]) }))}
                />
                <NumberField path={['capex', index, 'amount']} label={t('finance.capex.amount')} />
                <CurrencyField path={['capex', index, 'currency']} />
                <NumberField
                  path={['capex', index, 'startYear']}
                  kind="integer"
                  label={t('finance.capex.startYear')}
                  description={t('finance.capex.startYearHint')}
                />
                <SelectField
                  path={['capex', index, 'depreciation']}
                  label={t('finance.capex.depreciation')}
                  data={Object.entries(DEPRECIATION_KEYS).map(([value, key]) => ({ value, label: t(key) }))}
                />
                <NumberField
                  path={['capex', index, 'usefulLife']}
                  kind="integer"
                  label={t('finance.capex.usefulLife')}
                />
                <NumberField
                  path={['capex', index, 'residualShare']}
                  kind="percent"
                  unit="%"
                  label={t('finance.capex.residualShare')}
                />
                <NumberField
                  path={['capex', index, 'escalation']}
                  kind="percent"
                  unit="%"
                  label={t('finance.field.escalation')}
                  description={t('finance.field.escalationHint')}
                />
              </SimpleGrid>
              <CheckField path={['capex', index, 'replaceAtEndOfLife']} label={t('finance.capex.replace')} />
              <YearRowField
                path={['capex', index, 'schedule']}
                label={t('finance.capex.schedule')}
                description={t('finance.capex.scheduleHint')}
                firstYearIndex={startYear}
                columns={years.totalYears - startYear}
              />
            </>
          );
        }}
      />
    </Section>
  );
}
