import { describe, expect, it } from 'vitest';
import { checkImportFile, MAX_IMPORT_BYTES } from './import-file.ts';

describe('checkImportFile', () => {
  it('takes CSV and Excel files up to 50 MB', () => {
    expect(checkImportFile({ name: 'فرصت‌ها.XLSX', size: 2048 })).toBeNull();
    expect(checkImportFile({ name: 'opportunities.csv', size: MAX_IMPORT_BYTES })).toBeNull();
  });
  it('says why another file is refused', () => {
    expect(checkImportFile({ name: 'opportunities.xls', size: 10 })).toBe('type');
    expect(checkImportFile({ name: 'big.csv', size: MAX_IMPORT_BYTES + 1 })).toBe('size');
    expect(checkImportFile({ name: 'empty.csv', size: 0 })).toBe('empty');
  });
});
