import { SimpleGrid } from '@mantine/core';
import { useT } from '../../shared/i18n/use-t.ts';
import { NumberField } from './fields.tsx';
import { Section } from './section-frame.tsx';

/** Income tax: rate, holiday years and loss carry-forward. */
export function TaxSection() {
  const t = useT();
  return (
    <Section id="tax" title={t('finance.section.tax')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberField path={['tax', 'rate']} kind="percent" unit="%" label={t('finance.tax.rate')} />
        <NumberField
          path={['tax', 'holidayYears']}
          kind="integer"
          label={t('finance.tax.holidayYears')}
          description={t('finance.tax.holidayYearsHint')}
        />
        <NumberField
          path={['tax', 'lossCarryForwardYears']}
          kind="integer"
          label={t('finance.tax.lossCarryForward')}
          description={t('finance.tax.lossCarryForwardHint')}
        />
      </SimpleGrid>
    </Section>
  );
}

/** Working capital in days of a year. */
export function WorkingCapitalSection() {
  const t = useT();
  const days = t('finance.unit.days');
  return (
    <Section id="workingCapital" title={t('finance.section.workingCapital')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberField
          path={['workingCapital', 'receivableDays']}
          unit={days}
          label={t('finance.wc.receivable')}
        />
        <NumberField
          path={['workingCapital', 'inventoryDays']}
          unit={days}
          label={t('finance.wc.inventory')}
        />
        <NumberField path={['workingCapital', 'payableDays']} unit={days} label={t('finance.wc.payable')} />
      </SimpleGrid>
    </Section>
  );
}
