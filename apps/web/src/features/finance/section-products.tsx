import { SimpleGrid } from '@mantine/core';
import { useT } from '../../shared/i18n/use-t.ts';
import { useEditor } from './editor-context.tsx';
import { CurrencyField, NumberField, TextField } from './fields.tsx';
import { NEW_ITEMS } from './model-document.ts';
import { ListBlock, Section, useItemTitle } from './section-frame.tsx';
import { YearRowField } from './year-row-field.tsx';

/** Products sold: capacity, ramp-up by operating year, price and its escalation. */
export function ProductsSection() {
  const t = useT();
  const { years } = useEditor();
  const itemTitle = useItemTitle((n) => t('finance.products.item', { n }));
  return (
    <Section id="products" title={t('finance.section.products')}>
      <ListBlock
        path={['products']}
        itemTitle={itemTitle}
        addLabel={t('finance.products.add')}
        newItem={NEW_ITEMS.product}
        emptyText={t('finance.products.empty')}
        renderItem={(index) => {
          const at = (field: string) => ['products', index, field];
          return (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                <TextField path={at('name')} label={t('finance.field.name')} />
                <TextField
                  path={at('unit')}
                  label={t('finance.products.unit')}
                  description={t('finance.products.unitHint')}
                />
                <NumberField path={at('capacity')} label={t('finance.products.capacity')} />
                <NumberField path={at('price')} label={t('finance.products.price')} />
                <CurrencyField path={at('currency')} />
                <NumberField
                  path={at('escalation')}
                  kind="percent"
                  unit="%"
                  label={t('finance.field.escalation')}
                  description={t('finance.field.escalationHint')}
                />
              </SimpleGrid>
              <YearRowField
                path={at('rampUp')}
                label={t('finance.products.rampUp')}
                description={t('finance.field.rampUpHint')}
                firstYearIndex={years.constructionYears}
                columns={years.totalYears - years.constructionYears}
              />
            </>
          );
        }}
      />
    </Section>
  );
}
