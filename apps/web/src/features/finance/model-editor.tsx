import { Stack } from '@mantine/core';
import { type EditorContextValue, EditorProvider } from './editor-context.tsx';
import { CapexSection } from './section-capex.tsx';
import { CostsSection } from './section-costs.tsx';
import { FinancingSection } from './section-financing.tsx';
import { GeneralSection } from './section-general.tsx';
import { MiningSection } from './section-mining.tsx';
import { ProductsSection } from './section-products.tsx';
import { RoyaltiesSection } from './section-royalties.tsx';
import { TaxSection, WorkingCapitalSection } from './section-tax.tsx';

/**
 * Every input of a model, section by section in the order of an analyst's workbook. There is no
 * <form>: Enter in a field never submits anything; saving is an explicit button.
 */
export function ModelEditor({ context }: { context: EditorContextValue }) {
  return (
    <EditorProvider value={context}>
      <Stack gap="md" data-testid="model-editor">
        <GeneralSection />
        <CapexSection />
        <FinancingSection />
        <ProductsSection />
        <CostsSection />
        <RoyaltiesSection />
        <TaxSection />
        <WorkingCapitalSection />
        <MiningSection />
      </Stack>
    </EditorProvider>
  );
}
