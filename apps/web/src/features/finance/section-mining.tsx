import { Button, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useT } from '../../shared/i18n/use-t.ts';
import { useEditor } from './editor-context.tsx';
import { CurrencyField, NumberField, SelectField, TextField } from './fields.tsx';
import { NEW_ITEMS } from './model-document.ts';
import { ListBlock, Section, useItemTitle } from './section-frame.tsx';
import { YearRowField } from './year-row-field.tsx';

function Concentrate() {
  const t = useT();
  const { document, dispatch, readOnly } = useEditor();
  const path = ['mining', 'concentrate'];
  if (!document.mining?.concentrate) {
    return readOnly ? null : (
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() =>
            dispatch({
              type: 'set',
              path,
              value: { grade: 0.25, treatmentChargePerTonne: 0, freightPerTonne: 0 },
            })
          }
        >
          {t('finance.mining.addConcentrate')}
        </Button>
      </Group>
    );
  }
  return (
    <>
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('finance.mining.concentrate')}
        </Title>
        {readOnly ? null : (
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            onClick={() => dispatch({ type: 'set', path, value: undefined })}
          >
            {t('finance.list.remove')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberField
          path={[...path, 'grade']}
          kind="percent"
          unit="%"
          label={t('finance.mining.concentrateGrade')}
        />
        <NumberField
          path={[...path, 'treatmentChargePerTonne']}
          label={t('finance.mining.treatmentCharge')}
        />
        <NumberField path={[...path, 'freightPerTonne']} label={t('finance.mining.freight')} />
      </SimpleGrid>
    </>
  );
}

/** The mine: reserve, mining rate, strip ratio, unit costs, concentrate terms and each commodity's price deck. */
export function MiningSection() {
  const t = useT();
  const { document, dispatch, readOnly, years } = useEditor();
  const itemTitle = useItemTitle((n) => t('finance.commodities.item', { n }));
  const operatingColumns = years.totalYears - years.constructionYears;
  if (!document.mining) {
    return (
      <Section id="mining" title={t('finance.section.mining')}>
        <Text size="sm" c="dimmed">
          {t('finance.mining.none')}
        </Text>
        {readOnly ? null : (
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => dispatch({ type: 'set', path: ['mining'], value: NEW_ITEMS.mining() })}
            >
              {t('finance.mining.add')}
            </Button>
          </Group>
        )}
      </Section>
    );
  }
  const at = (field: string) => ['mining', field];
  return (
    <Section id="mining" title={t('finance.section.mining')}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <NumberField path={at('oreReserve')} unit={t('finance.unit.t')} label={t('finance.mining.reserve')} />
        <NumberField
          path={at('miningRate')}
          unit={t('finance.unit.t')}
          label={t('finance.mining.rate')}
          description={t('finance.mining.rateHint')}
        />
        <NumberField
          path={at('stripRatio')}
          label={t('finance.mining.stripRatio')}
          description={t('finance.mining.stripRatioHint')}
        />
        <NumberField path={at('miningCostPerTonne')} label={t('finance.mining.miningCost')} />
        <NumberField path={at('processingCostPerTonne')} label={t('finance.mining.processingCost')} />
        <CurrencyField path={at('currency')} />
        <NumberField
          path={at('costEscalation')}
          kind="percent"
          unit="%"
          label={t('finance.field.escalation')}
        />
      </SimpleGrid>
      <YearRowField
        path={at('rampUp')}
        label={t('finance.mining.rampUp')}
        description={t('finance.field.rampUpHint')}
        firstYearIndex={years.constructionYears}
        columns={operatingColumns}
      />
      <Concentrate />
      <ListBlock
        path={['mining', 'commodities']}
        title={t('finance.commodities.title')}
        itemTitle={itemTitle}
        addLabel={t('finance.commodities.add')}
        newItem={NEW_ITEMS.commodity}
        emptyText={t('finance.commodities.empty')}
        renderItem={(index) => {
          const c = (field: string) => ['mining', 'commodities', index, field];
          return (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
                <TextField path={c('name')} label={t('finance.field.name')} />
                <NumberField path={c('grade')} label={t('finance.commodities.grade')} />
                <SelectField
                  path={c('gradeUnit')}
                  label={t('finance.commodities.gradeUnit')}
                  data={[
                    { value: 'percent', label: t('finance.commodities.gradeUnit.percent') },
                    { value: 'g/t', label: t('finance.commodities.gradeUnit.gpt') },
                  ]}
                />
                <NumberField
                  path={c('recovery')}
                  kind="percent"
                  unit="%"
                  label={t('finance.commodities.recovery')}
                />
                <NumberField
                  path={c('payableShare')}
                  kind="percent"
                  unit="%"
                  label={t('finance.commodities.payable')}
                />
                <SelectField
                  path={c('saleUnit')}
                  label={t('finance.commodities.saleUnit')}
                  data={[
                    { value: 't', label: t('finance.unit.t') },
                    { value: 'kg', label: t('finance.unit.kg') },
                    { value: 'lb', label: t('finance.unit.lb') },
                    { value: 'oz', label: t('finance.unit.oz') },
                  ]}
                />
                <NumberField
                  path={c('refiningChargePerUnit')}
                  label={t('finance.commodities.refiningCharge')}
                />
                <CurrencyField path={c('currency')} />
                <NumberField
                  path={c('escalation')}
                  kind="percent"
                  unit="%"
                  label={t('finance.field.escalation')}
                />
              </SimpleGrid>
              <YearRowField
                path={c('prices')}
                kind="number"
                label={t('finance.commodities.prices')}
                description={t('finance.commodities.pricesHint')}
                firstYearIndex={years.constructionYears}
                columns={operatingColumns}
              />
            </>
          );
        }}
      />
      {readOnly ? null : (
        <Group>
          <Button
            variant="subtle"
            color="red"
            size="xs"
            onClick={() => dispatch({ type: 'set', path: ['mining'], value: undefined })}
          >
            {t('finance.mining.remove')}
          </Button>
        </Group>
      )}
    </Section>
  );
}
