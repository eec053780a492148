import { SimpleGrid } from '@mantine/core';
import { useT } from '../../shared/i18n/use-t.ts';
import { CurrencyField, NumberField, SelectField, TextField } from './fields.tsx';
import { NEW_ITEMS } from './model-document.ts';
import { ListBlock, Section, useItemTitle } from './section-frame.tsx';

/** Equity share of construction capex and the loans that fund the rest. */
export function FinancingSection() {
  const t = useT();
  const itemTitle = useItemTitle((n) => t('finance.loans.item', { n }));
  return (
    <Section id="financing" title={t('finance.section.financing')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <NumberField
          path={['financing', 'equityShare']}
          kind="percent"
          unit="%"
          label={t('finance.financing.equityShare')}
          description={t('finance.financing.equityShareHint')}
        />
      </SimpleGrid>
      <ListBlock
        path={['financing', 'loans']}
        title={t('finance.loans.title')}
        itemTitle={itemTitle}
        addLabel={t('finance.loans.add')}
        newItem={NEW_ITEMS.loan}
        emptyText={t('finance.loans.empty')}
        renderItem={(index) => {
          const at = (field: string) => ['financing', 'loans', index, field];
          return (
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <TextField path={at('name')} label={t('finance.field.name')} />
              <NumberField
                path={at('amount')}
                label={t('finance.loans.amount')}
                description={t('finance.loans.amountHint')}
              />
              <CurrencyField path={at('currency')} />
              <NumberField path={at('rate')} kind="percent" unit="%" label={t('finance.loans.rate')} />
              <NumberField
                path={at('tenorYears')}
                kind="integer"
                label={t('finance.loans.tenor')}
                description={t('finance.loans.tenorHint')}
              />
              <NumberField path={at('graceYears')} kind="integer" label={t('finance.loans.grace')} />
              <SelectField
                path={at('interestDuringConstruction')}
                label={t('finance.loans.idc')}
                data={[
                  { value: 'capitalised', label: t('finance.loans.idc.capitalised') },
                  { value: 'paid', label: t('finance.loans.idc.paid') },
                ]}
              />
              <SelectField
                path={at('repayment')}
                label={t('finance.loans.repayment')}
                data={[
                  { value: 'annuity', label: t('finance.loans.repayment.annuity') },
                  { value: 'equal-principal', label: t('finance.loans.repayment.equalPrincipal') },
                ]}
              />
            </SimpleGrid>
          );
        }}
      />
    </Section>
  );
}
