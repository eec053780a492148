import { describe, expect, it } from 'vitest';
import { safeRedirectPath, validateDirectorySearch, validateResetSearch } from './search-params.ts';

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
