import { SimpleGrid } from '@mantine/core';
import { useT } from '../../shared/i18n/use-t.ts';
import { CurrencyField, NumberField, ProductField, SelectField, TextField } from './fields.tsx';
import { NEW_ITEMS } from './model-document.ts';
import { ListBlock, Section, useItemTitle } from './section-frame.tsx';

/** Royalties: a share of revenue or an amount per unit, of one product or of all. */
export function RoyaltiesSection() {
  const t = useT();
  const itemTitle = useItemTitle((n) => t('finance.royalties.item', { n }));
  return (
    <Section id="royalties" title={t('finance.section.royalties')}>
      <ListBlock
        path={['royalties']}
        itemTitle={itemTitle}
        addLabel={t('finance.royalties.add')}
        newItem={NEW_ITEMS.royalty}
        emptyText={t('finance.royalties.empty')}
        renderItem={(index, item) => {
          const at = (field: string) => ['royalties', index, field];
          return (
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
              <TextField path={at('name')} label={t('finance.field.name')} />
              <SelectField
                path={at('basis')}
                label={t('finance.royalties.basis')}
                data={[
                  { value: 'revenue', label: t('finance.royalties.basis.revenue') },
                  { value: 'unit', label: t('finance.royalties.basis.unit') },
                ]}
              />
              <ProductField path={at('product')} />
              {item.basis === 'unit' ? (
                <>
                  <NumberField path={at('perUnit')} label={t('finance.royalties.perUnit')} />
                  <CurrencyField path={at('currency')} />
                  <NumberField
                    path={at('escalation')}
                    kind="percent"
                    unit="%"
                    label={t('finance.field.escalation')}
                  />
                </>
              ) : (
                <NumberField path={at('rate')} kind="percent" unit="%" label={t('finance.royalties.rate')} />
              )}
            </SimpleGrid>
          );
        }}
      />
    </Section>
  );
}
