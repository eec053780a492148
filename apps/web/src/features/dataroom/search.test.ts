import { describe, expect, it } from 'vitest';
import { validateDataroomSearch, validateViewerSearch } from './search.ts';

describe('validateDataroomSearch', () => {
  it('keeps known tabs, folder ids and e-mails', () => {
    const folder = '0b8f4a2e-1111-4c3d-9e8f-123456789abc';
    expect(validateDataroomSearch({ tab: 'grants', folder, asUser: ' investor@example.com ' })).toEqual({
      tab: 'grants',
      folder,
      asUser: 'investor@example.com',
    });
  });

  it('drops anything else', () => {
    expect(validateDataroomSearch({ tab: 'admin', folder: '../x', asUser: 'not an email' })).toEqual({});
  });
});

describe('validateViewerSearch', () => {
  it('accepts whole page numbers from 1', () => {
    expect(validateViewerSearch({ page: '3' })).toEqual({ page: 3 });
    expect(validateViewerSearch({ page: 0 })).toEqual({});
    expect(validateViewerSearch({ page: 'x' })).toEqual({});
  });
});
