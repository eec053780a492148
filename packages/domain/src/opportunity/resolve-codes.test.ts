import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.ts';
import {
  INVESTMENT_TYPE_LABELS,
  INVESTMENT_TYPES,
  OPPORTUNITY_KIND_LABELS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STAGE_LABELS,
  OPPORTUNITY_STAGES,
} from './codes.ts';
import { resolveInvestmentType, resolveKind, resolveStage, splitList } from './resolve-codes.ts';

describe('resolveKind / resolveInvestmentType / resolveStage', () => {
  it('resolves every code and every label in every language to that code (no collisions)', () => {
    for (const code of OPPORTUNITY_KINDS) {
      expect(resolveKind(code)).toBe(code);
      for (const locale of LOCALES)
        expect(resolveKind(OPPORTUNITY_KIND_LABELS[code][locale]), locale).toBe(code);
    }
    for (const code of INVESTMENT_TYPES) {
      expect(resolveInvestmentType(code)).toBe(code);
      for (const locale of LOCALES) {
        expect(resolveInvestmentType(INVESTMENT_TYPE_LABELS[code][locale]), locale).toBe(code);
      }
    }
    for (const code of OPPORTUNITY_STAGES) {
      expect(resolveStage(code)).toBe(code);
      for (const locale of LOCALES)
        expect(resolveStage(OPPORTUNITY_STAGE_LABELS[code][locale]), locale).toBe(code);
    }
  });

  it('accepts labels typed with Arabic letters, without ZWNJ, or in another case', () => {
    expect(resolveKind('MINING')).toBe('mining');
    expect(resolveKind('Industrial park')).toBe('industrial-park');
    expect(resolveKind('زمين شهرك صنعتي')).toBe('industrial-park'); // Arabic yeh and kaf
    expect(resolveInvestmentType('سرمایه گذاری مشترک')).toBe('joint-venture'); // no ZWNJ
    expect(resolveStage('پیش امکان سنجی')).toBe('pre-feasibility');
  });

  it('accepts the obvious English variants', () => {
    expect(resolveInvestmentType('joint venture')).toBe('joint-venture');
    expect(resolveInvestmentType('JV')).toBe('joint-venture');
    expect(resolveInvestmentType('BOT')).toBe('bot-ppp');
    expect(resolveInvestmentType('PPP')).toBe('bot-ppp');
    expect(resolveInvestmentType('BOT/PPP')).toBe('bot-ppp');
    expect(resolveInvestmentType('off-take')).toBe('offtake');
    expect(resolveInvestmentType('Off take')).toBe('offtake');
    expect(resolveInvestmentType('technology transfer')).toBe('technology-transfer');
    expect(resolveStage('feasibility done')).toBe('feasibility');
    expect(resolveStage('Feasibility study')).toBe('feasibility');
    expect(resolveStage('operating')).toBe('operating');
    expect(resolveStage('Pre feasibility')).toBe('pre-feasibility');
  });

  it('accepts common fa/ar/zh variants', () => {
    expect(resolveStage('در حال بهره‌برداری')).toBe('operating');
    expect(resolveStage('قيد التشغيل')).toBe('operating');
    expect(resolveStage('运营中')).toBe('operating');
    expect(resolveInvestmentType('وام')).toBe('loan');
    expect(resolveKind('معادن')).toBe('mining');
  });

  it('returns null for unknown values', () => {
    expect(resolveKind('agriculture')).toBeNull();
    expect(resolveInvestmentType('grant')).toBeNull();
    expect(resolveStage('')).toBeNull();
    expect(resolveStage('-')).toBeNull();
  });
});

describe('splitList', () => {
  it('splits on Latin, Arabic, full-width and ideographic commas and semicolons', () => {
    expect(splitList('equity, loan')).toEqual(['equity', 'loan']);
    expect(splitList('مس، روی')).toEqual(['مس', 'روی']);
    expect(splitList('铜，锌、铅')).toEqual(['铜', '锌', '铅']);
    expect(splitList('0729; 2420؛ 0710')).toEqual(['0729', '2420', '0710']);
  });

  it('splits on line breaks inside a cell and drops empty items', () => {
    expect(splitList('Copper\r\nGold\n')).toEqual(['Copper', 'Gold']);
    expect(splitList(' , ،, ')).toEqual([]);
    expect(splitList('')).toEqual([]);
  });

  it('keeps "BOT / PPP" whole: a slash is not a separator', () => {
    expect(splitList('BOT / PPP, EPC')).toEqual(['BOT / PPP', 'EPC']);
  });
});
