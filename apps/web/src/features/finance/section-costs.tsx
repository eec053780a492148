import { SimpleGrid } from '@mantine/core';
import { useT } from '../../shared/i18n/use-t.ts';
import { CurrencyField, NumberField, ProductField, TextField } from './fields.tsx';
import { NEW_ITEMS } from './model-document.ts';
import { ListBlock, Section, useItemTitle } from './section-frame.tsx';

/** Fixed costs per operating year and variable costs per unit sold. */
export function CostsSection() {
  const t = useT();
  const fixedTitle = useItemTitle((n) => t('finance.fixedCosts.item', { n }));
  const variableTitle = useItemTitle((n) => t('finance.variableCosts.item', { n }));
  return (
    <Section id="costs" title={t('finance.section.costs')}>
      <ListBlock
        path={['fixedCosts']}
        title={t('finance.fixedCosts.title')}
        itemTitle={fixedTitle}
        addLabel={t('finance.fixedCosts.add')}
        newItem={NEW_ITEMS.fixedCost}
        emptyText={t('finance.fixedCosts.empty')}
        renderItem={(index) => (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <TextField path={['fixedCosts', index, 'name']} label={t('finance.field.name')} />
            <NumberField path={['fixedCosts', index, 'amount']} label={t('finance.fixedCosts.amount')} />
            <CurrencyField path={['fixedCosts', index, 'currency']} />
            <NumberField
              path={['fixedCosts', index, 'escalation']}
              kind="percent"
              unit="%"
              label={t('finance.field.escalation')}
            />
          </SimpleGrid>
        )}
      />
      <ListBlock
        path={['variableCosts']}
        title={t('finance.variableCosts.title')}
        itemTitle={variableTitle}
        addLabel={t('finance.variableCosts.add')}
        newItem={NEW_ITEMS.variableCost}
        emptyText={t('finance.variableCosts.empty')}
        renderItem={(index) => (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <TextField path={['variableCosts', index, 'name']} label={t('finance.field.name')} />
            <NumberField
              path={['variableCosts', index, 'perUnit']}
              label={t('finance.variableCosts.perUnit')}
            />
            <ProductField path={['variableCosts', index, 'product']} />
            <CurrencyField path={['variableCosts', index, 'currency']} />
            <NumberField
              path={['variableCosts', index, 'escalation']}
              kind="percent"
              unit="%"
              label={t('finance.field.escalation')}
            />
          </SimpleGrid>
        )}
      />
    </Section>
  );
}
