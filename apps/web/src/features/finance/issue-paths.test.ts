import { describe, expect, it } from 'vitest';
import {
  collectRowIssues,
  fieldIdOf,
  groupIssuesByPath,
  listAncestorPaths,
  sectionOfPath,
} from './issue-paths.ts';

describe('fieldIdOf', () => {
  it('turns a dotted path or a segment list into a DOM id', () => {
    expect(fieldIdOf('financing.loans.0.tenorYears')).toBe('finance-field-financing-loans-0-tenorYears');
    expect(fieldIdOf(['capex', 0, 'schedule', 2])).toBe('finance-field-capex-0-schedule-2');
    expect(fieldIdOf('')).toBe('finance-field-root');
  });
});

describe('sectionOfPath', () => {
  it('maps each top-level field to its editor section', () => {
    expect(sectionOfPath('financing.loans.0.tenorYears')).toBe('financing');
    expect(sectionOfPath('variableCosts.1.product')).toBe('costs');
    expect(sectionOfPath('mining.commodities.0.prices.3')).toBe('mining');
    expect(sectionOfPath('discountRate')).toBe('general');
    expect(sectionOfPath('')).toBe('general');
  });
});

describe('listAncestorPaths', () => {
  it('lists the path and its ancestors, nearest first', () => {
    expect(listAncestorPaths('financing.loans.0.tenorYears')).toEqual([
      'financing.loans.0.tenorYears',
      'financing.loans.0',
      'financing.loans',
      'financing',
    ]);
    expect(listAncestorPaths('')).toEqual([]);
  });
});

describe('issues by field', () => {
  const issues = [
    { path: 'capex.0.schedule', code: 'schedule_not_summing_to_one', message: 'sum' },
    { path: 'capex.0.schedule.1', code: 'too_big', message: 'big' },
    { path: 'capex.0.schedule.1', code: 'too_big', message: 'big' },
    { path: 'capex.0.scheduleNote', code: 'x', message: 'other field' },
    { path: 'capex.1.schedule.0', code: 'too_big', message: 'other item' },
  ];

  it('groups messages by exact path without repeats', () => {
    expect(groupIssuesByPath(issues).get('capex.0.schedule.1')).toEqual(['big']);
  });

  it('splits a year row into row and cell issues', () => {
    const { row, cells } = collectRowIssues(groupIssuesByPath(issues), 'capex.0.schedule');
    expect(row).toEqual(['sum']);
    expect([...cells]).toEqual([[1, ['big']]]);
  });
});
