import { describe, expect, it } from 'vitest';
import {
  safeRedirectPath,
  validateDirectorySearch,
  validateManageSearch,
  validateOpportunitySearch,
  validateResetSearch,
} from './search-params.ts';

describe('safeRedirectPath', () => {
  it('keeps same-site paths', () => {
    expect(safeRedirectPath('/account/security?x=1')).toBe('/account/security?x=1');
  });
  it('refuses other sites and odd values', () => {
    expect(safeRedirectPath('https://evil.example')).toBeUndefined();
    expect(safeRedirectPath('//evil.example/path')).toBeUndefined();
    expect(safeRedirectPath('/\\evil.example')).toBeUndefined();
    expect(safeRedirectPath(42)).toBeUndefined();
  });
});

describe('validateDirectorySearch', () => {
  it('keeps known kinds and ISO country codes only', () => {
    expect(validateDirectorySearch({ q: 'مس', kind: 'agency', country: 'IR' })).toEqual({
      q: 'مس',
      kind: 'agency',
      country: 'IR',
    });
    expect(validateDirectorySearch({ q: '  ', kind: 'bank', country: 'iran' })).toEqual({});
  });
});

describe('validateResetSearch', () => {
  it('reads the token', () => {
    expect(validateResetSearch({ token: 'abc' })).toEqual({ token: 'abc' });
    expect(validateResetSearch({})).toEqual({});
  });
});

describe('validateOpportunitySearch', () => {
  it('keeps known codes of comma-separated lists, once each', () => {
    expect(
      validateOpportunitySearch({
        q: ' مس ',
        kind: 'mining,bogus,mining,energy',
        province: 'ir-08,IR-23,Tehran',
        stage: 'idea',
        investmentType: 'loan,equity',
        commodity: 'copper',
        isic: 'B',
        sort: 'newest',
      }),
    ).toEqual({
      q: 'مس',
      kind: 'mining,energy',
      province: 'IR-08,IR-23',
      stage: 'idea',
      investmentType: 'loan,equity',
      commodity: 'copper',
      isic: 'B',
      sort: 'newest',
    });
  });

  it('reads numbers the router parsed from the URL back as decimal strings', () => {
    expect(
      validateOpportunitySearch({ minInvestment: 1000, maxInvestment: '2500.5', currency: 'usd' }),
    ).toEqual({ minInvestment: '1000', maxInvestment: '2500.5', currency: 'USD' });
    expect(validateOpportunitySearch({ q: 1403 })).toEqual({ q: '1403' });
  });

  it('drops what is not a filter', () => {
    expect(
      validateOpportunitySearch({
        kind: 'nothing',
        minInvestment: '-5',
        currency: 'dollars',
        sort: 'random',
      }),
    ).toEqual({});
  });
});

describe('validateManageSearch', () => {
  it('keeps a known status and an organisation id', () => {
    expect(
      validateManageSearch({ status: 'submitted', organizationId: '6f1c2f55-0c7e-4a63-9a55-2f7a1d2b3c4d' }),
    ).toEqual({ status: 'submitted', organizationId: '6f1c2f55-0c7e-4a63-9a55-2f7a1d2b3c4d' });
    expect(validateManageSearch({ status: 'lost', organizationId: 'x' })).toEqual({});
  });
});
