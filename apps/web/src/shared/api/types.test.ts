import {
  INVESTMENT_TYPES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STAGES,
  OPPORTUNITY_STATUSES,
} from '@karvan/domain/opportunity';
import { describe, expect, it } from 'vitest';
import {
  INVESTMENT_TYPE_CODES,
  OPPORTUNITY_KIND_CODES,
  OPPORTUNITY_STAGE_CODES,
  OPPORTUNITY_STATUS_CODES,
} from './types.ts';

describe('mirrored opportunity vocabularies', () => {
  it('match @karvan/domain/opportunity', () => {
    expect(OPPORTUNITY_KIND_CODES).toEqual(OPPORTUNITY_KINDS);
    expect(INVESTMENT_TYPE_CODES).toEqual(INVESTMENT_TYPES);
    expect(OPPORTUNITY_STAGE_CODES).toEqual(OPPORTUNITY_STAGES);
    expect(OPPORTUNITY_STATUS_CODES).toEqual(OPPORTUNITY_STATUSES);
  });
});
