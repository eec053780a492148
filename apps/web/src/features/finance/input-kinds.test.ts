import { describe, expect, it } from 'vitest';
import { currencyOfInputPath, kindOfInputPath } from './input-kinds.ts';

describe('kindOfInputPath', () => {
  it('reads rates and shares as percents', () => {
    expect(kindOfInputPath('discountRate')).toBe('percent');
    expect(kindOfInputPath('tax.rate')).toBe('percent');
    expect(kindOfInputPath('financing.loans.0.rate')).toBe('percent');
    expect(kindOfInputPath('capex.1.schedule.2')).toBe('percent');
    expect(kindOfInputPath('mining.concentrate.grade')).toBe('percent');
  });

  it('keeps exchange rates, grades and counts as numbers', () => {
    expect(kindOfInputPath('currencies.0.rate')).toBe('number');
    expect(kindOfInputPath('mining.commodities.0.grade')).toBe('number');
    expect(kindOfInputPath('tax.holidayYears')).toBe('number');
    expect(kindOfInputPath('capex.0.startYear')).toBe('number');
  });

  it('knows money and the calendar year', () => {
    expect(kindOfInputPath('capex.0.amount')).toBe('money');
    expect(kindOfInputPath('mining.commodities.0.prices.3')).toBe('money');
    expect(kindOfInputPath('startYear')).toBe('year');
  });
});

describe('currencyOfInputPath', () => {
  const document = {
    currency: 'USD',
    capex: [{ amount: 5, currency: 'IRR' }, { amount: 7 }],
    mining: { currency: 'CNY', concentrate: { freightPerTonne: 3 }, commodities: [{ prices: [1] }] },
  };

  it("takes the item's currency, else the model's", () => {
    expect(currencyOfInputPath(document, 'capex.0.amount')).toBe('IRR');
    expect(currencyOfInputPath(document, 'capex.1.amount')).toBe('USD');
    expect(currencyOfInputPath(document, 'mining.commodities.0.prices.0')).toBe('USD');
  });

  it("puts the concentrate's charges in the mine's currency", () => {
    expect(currencyOfInputPath(document, 'mining.concentrate.freightPerTonne')).toBe('CNY');
  });
});
