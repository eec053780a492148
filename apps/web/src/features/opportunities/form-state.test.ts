import { describe, expect, it } from 'vitest';
import { checkFormState, emptyFormState, toCreateRequest, toOpportunityInput } from './form-state.ts';

const ORG = '6f1c2f55-0c7e-4a63-9a55-2f7a1d2b3c4d';

function filled() {
  return {
    ...emptyFormState('fa', ORG),
    kind: 'mining' as const,
    title: { fa: ' معدن مس ', en: 'Copper mine', zh: '' },
    summary: { fa: '  ' },
    province: 'IR-08',
  };
}

describe('checkFormState', () => {
  it('asks for the organisation, kind, a title and the province', () => {
    expect(checkFormState(emptyFormState('en', null), { isNew: true })).toEqual({
      organizationId: 'required',
      kind: 'required',
      title: 'titleRequired',
      province: 'required',
    });
    expect(checkFormState(filled(), { isNew: true })).toEqual({});
  });
  it('wants a capacity with both its quantity and unit', () => {
    expect(checkFormState({ ...filled(), capacityQuantity: '40' }, { isNew: false })).toEqual({
      capacityUnit: 'capacityUnit',
    });
  });
});

describe('toOpportunityInput', () => {
  it('sends trimmed texts, the source language and each language’s origin', () => {
    const body = toCreateRequest({ ...filled(), origins: { en: 'machine' } });
    expect(body).toMatchObject({
      organizationId: ORG,
      kind: 'mining',
      title: { fa: 'معدن مس', en: 'Copper mine' },
      sourceLanguage: 'fa',
      textOrigins: { fa: 'source', en: 'machine' },
      province: 'IR-08',
    });
    expect(body).not.toHaveProperty('summary');
  });
  it('takes the UI language as the original when the title is written in it', () => {
    const body = toOpportunityInput({ ...filled(), preferredSource: 'en' });
    expect(body.sourceLanguage).toBe('en');
    expect(body.textOrigins).toEqual({ fa: 'human', en: 'source' });
    expect(toOpportunityInput({ ...filled(), preferredSource: 'zh' }).sourceLanguage).toBe('fa');
  });
  it('follows the chosen source language', () => {
    const body = toOpportunityInput({ ...filled(), sourceLanguage: 'en' });
    expect(body.textOrigins).toEqual({ fa: 'human', en: 'source' });
  });
  it('sends cleared optional fields as null so an edit removes them', () => {
    const body = toOpportunityInput(filled());
    expect(body.requiredInvestment).toBeNull();
    expect(body.capacity).toBeNull();
    expect(body.stage).toBeNull();
    expect(body.isic).toEqual([]);
  });
  it('keeps the amount as the exact decimal string', () => {
    const body = toOpportunityInput({ ...filled(), amount: '12500000000000000', currency: 'IRR' });
    expect(body.requiredInvestment).toEqual({ amount: '12500000000000000', currency: 'IRR' });
  });
});
