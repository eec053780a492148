import { SimpleGrid } from '@mantine/core';
import { useT } from '../../shared/i18n/use-t.ts';
import { NumberField, TextField } from './fields.tsx';
import { NEW_ITEMS } from './model-document.ts';
import { ListBlock, Section, useItemTitle } from './section-frame.tsx';

/** Name, currency, timeline, inflation and discount rate, and the exchange rates of other currencies. */
export function GeneralSection() {
  const t = useT();
  const currencyTitle = useItemTitle((n) => t('finance.currencies.item', { n }));
  return (
    <Section id="general" title={t('finance.section.general')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <TextField path={['name']} label={t('finance.general.name')} />
        <TextField
          path={['currency']}
          label={t('finance.general.currency')}
          description={t('finance.general.currencyHint')}
        />
        <NumberField path={['startYear']} kind="integer" label={t('finance.general.startYear')} />
        <NumberField
          path={['constructionYears']}
          kind="integer"
          label={t('finance.general.constructionYears')}
        />
        <NumberField
          path={['operatingYears']}
          kind="integer"
          label={t('finance.general.operatingYears')}
          description={t('finance.general.operatingYearsHint')}
        />
        <NumberField path={['inflation']} kind="percent" unit="%" label={t('finance.general.inflation')} />
        <NumberField
          path={['discountRate']}
          kind="percent"
          unit="%"
          label={t('finance.general.discountRate')}
        />
      </SimpleGrid>
      <ListBlock
        path={['currencies']}
        title={t('finance.currencies.title')}
        itemTitle={(index, item) =>
          typeof item.code === 'string' && item.code ? item.code : currencyTitle(index, {})
        }
        addLabel={t('finance.currencies.add')}
        newItem={NEW_ITEMS.currency}
        emptyText={t('finance.currencies.empty')}
        renderItem={(index) => (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextField path={['currencies', index, 'code']} label={t('finance.currencies.code')} />
            <NumberField
              path={['currencies', index, 'rate']}
              label={t('finance.currencies.rate')}
              description={t('finance.currencies.rateHint')}
            />
          </SimpleGrid>
        )}
      />
    </Section>
  );
}
