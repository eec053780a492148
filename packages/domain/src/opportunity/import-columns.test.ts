import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales.ts';
import { foldImportKey } from './fold-import-key.ts';
import {
  cellsFromRow,
  IMPORT_COLUMN_LABELS,
  IMPORT_COLUMNS,
  importColumnLabel,
  importTemplateHeaders,
  mapImportHeaders,
  REQUIRED_IMPORT_COLUMNS,
  resolveImportHeader,
  TITLE_COLUMNS,
} from './import-columns.ts';

describe('IMPORT_COLUMNS', () => {
  it('lists the 23 canonical columns of the contract, in its order', () => {
    expect(IMPORT_COLUMNS).toHaveLength(23);
    expect(IMPORT_COLUMNS.join(', ')).toBe(
      'external_id, kind, title_fa, title_ar, title_zh, title_en, summary_fa, summary_ar, summary_zh, summary_en, ' +
        'province, isic, commodities, hs, investment_types, required_investment, currency, capacity, capacity_unit, ' +
        'stage, latitude, longitude, contact_email',
    );
    expect(REQUIRED_IMPORT_COLUMNS).toEqual(['external_id', 'kind', 'province']);
    expect(TITLE_COLUMNS).toEqual(['title_fa', 'title_ar', 'title_zh', 'title_en']);
  });

  it('has a non-empty label in every language, and no two columns fold to the same label', () => {
    const owner = new Map<string, string>();
    for (const column of IMPORT_COLUMNS) {
      for (const locale of LOCALES) {
        const label = IMPORT_COLUMN_LABELS[column][locale];
        expect(label.trim(), `${column}.${locale}`).not.toBe('');
        const key = foldImportKey(label);
        const previous = owner.get(key);
        if (previous !== undefined) expect(previous, `${column}.${locale}`).toBe(column);
        owner.set(key, column);
      }
    }
  });

  it('labels read naturally', () => {
    expect(IMPORT_COLUMN_LABELS.title_fa).toEqual({
      fa: 'عنوان (فارسی)',
      ar: 'العنوان (بالفارسية)',
      zh: '标题（波斯语）',
      en: 'Title (Persian)',
    });
    expect(importColumnLabel('required_investment', 'en')).toBe('Required investment');
    expect(importColumnLabel('province', 'fa')).toBe('استان');
  });
});

describe('mapImportHeaders', () => {
  it('maps the English template (canonical names) one to one', () => {
    const mapping = mapImportHeaders(importTemplateHeaders('en'));
    expect(mapping.columns).toEqual([...IMPORT_COLUMNS]);
    expect(mapping).toMatchObject({ missing: [], noTitle: false, duplicates: [], unknown: [] });
  });

  it('maps the Persian, Arabic and Chinese templates', () => {
    for (const locale of ['fa', 'ar', 'zh'] as const) {
      expect(mapImportHeaders(importTemplateHeaders(locale)).columns, locale).toEqual([...IMPORT_COLUMNS]);
    }
  });

  it('accepts headers as people type them: case, Arabic letters, no ZWNJ, full-width or ASCII brackets, BOM', () => {
    const mapping = mapImportHeaders([
      '\uFEFFExternal ID', // BOM that Excel's "CSV UTF-8" writes before the first header
      'KIND',
      'عنوان (فارسي)', // Arabic yeh
      'العنوان(بالعربية)',
      '标题(中文)',
      ' Title - English ',
      'استان',
      'نوع سرمایه گذاری', // no ZWNJ
      'Required_Investment',
      '币种',
    ]);
    expect(mapping.columns).toEqual([
      'external_id',
      'kind',
      'title_fa',
      'title_ar',
      'title_zh',
      'title_en',
      'province',
      'investment_types',
      'required_investment',
      'currency',
    ]);
    expect(mapping.unknown).toEqual([]);
  });

  it('accepts a few obvious aliases', () => {
    expect(resolveImportHeader('Title (Farsi)')).toBe('title_fa');
    expect(resolveImportHeader('E-mail')).toBe('contact_email');
    expect(resolveImportHeader('lng')).toBe('longitude');
    expect(resolveImportHeader('ISIC')).toBe('isic');
  });

  it('reports missing required columns and a missing title column', () => {
    const mapping = mapImportHeaders(['kind', 'summary_en', 'Notes']);
    expect(mapping.missing).toEqual(['external_id', 'province']);
    expect(mapping.noTitle).toBe(true);
    expect(mapping.unknown).toEqual(['Notes']);
    expect(mapping.columns).toEqual(['kind', 'summary_en', null]);
  });

  it('maps only the first of duplicate headers and lists the column once', () => {
    const mapping = mapImportHeaders([
      'external_id',
      'Title (English)',
      'title_en',
      'province',
      'kind',
      'TITLE_EN',
    ]);
    expect(mapping.columns).toEqual(['external_id', 'title_en', null, 'province', 'kind', null]);
    expect(mapping.duplicates).toEqual(['title_en']);
  });

  it('ignores empty trailing header cells', () => {
    const mapping = mapImportHeaders(['external_id', 'kind', 'title_en', 'province', '', '  ']);
    expect(mapping.columns).toEqual(['external_id', 'kind', 'title_en', 'province', null, null]);
    expect(mapping.unknown).toEqual([]);
  });
});

describe('importTemplateHeaders', () => {
  it('returns the canonical names for English and the labels otherwise', () => {
    expect(importTemplateHeaders('en')[0]).toBe('external_id');
    expect(importTemplateHeaders('fa')[2]).toBe('عنوان (فارسی)');
    expect(importTemplateHeaders('zh')[10]).toBe('省份');
    expect(importTemplateHeaders('ar')).toHaveLength(23);
  });
});

describe('cellsFromRow', () => {
  it('keys the values of a row by their mapped columns', () => {
    const { columns } = mapImportHeaders(['external_id', 'Notes', 'title_fa', 'province']);
    expect(cellsFromRow(columns, ['P-1', 'ignored', 'معدن مس', 'کرمان'])).toEqual({
      external_id: 'P-1',
      title_fa: 'معدن مس',
      province: 'کرمان',
    });
    expect(cellsFromRow(columns, ['P-2'])).toEqual({ external_id: 'P-2' });
  });
});
