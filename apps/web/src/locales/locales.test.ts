import { readdirSync, readFileSync } from 'node:fs';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

const LOCALES = ['fa', 'ar', 'zh', 'en'] as const;
type Messages = Record<string, string>;

const directory = new URL('.', import.meta.url);
const catalogs = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    JSON.parse(readFileSync(new URL(`${locale}.json`, directory), 'utf8')) as Messages,
  ]),
) as Record<(typeof LOCALES)[number], Messages>;
const reference = catalogs.en;
const referenceKeys = Object.keys(reference).sort();

const TYPE_NAMES: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'argument',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.plural]: 'plural',
  [TYPE.tag]: 'tag',
};

/** Every placeholder of a message as `name:kind`, nested ones (inside plural/select/tags) included. */
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    const kind = TYPE_NAMES[element.type];
    if (kind && 'value' in element && typeof element.value === 'string')
      found.add(`${element.value}:${kind}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) placeholders(option.value, found);
    }
    if (element.type === TYPE.tag) placeholders(element.children, found);
  }
  return found;
}

function placeholdersOf(message: string): string[] {
  return [...placeholders(parse(message))].sort();
}

describe('locale files', () => {
  it('are exactly the four UI locales', () => {
    const files = readdirSync(directory).filter((file) => file.endsWith('.json'));
    expect(files.sort()).toEqual(LOCALES.map((locale) => `${locale}.json`).sort());
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const catalog = catalogs[locale];

      it('has every key of en.json and no other', () => {
        const keys = Object.keys(catalog).sort();
        expect(
          referenceKeys.filter((key) => !(key in catalog)),
          'missing keys',
        ).toEqual([]);
        expect(
          keys.filter((key) => !(key in reference)),
          'unknown keys',
        ).toEqual([]);
      });

      it('has no empty message', () => {
        const empty = Object.entries(catalog)
          .filter(([, message]) => typeof message !== 'string' || message.trim() === '')
          .map(([key]) => key);
        expect(empty).toEqual([]);
      });

      it('parses as ICU MessageFormat', () => {
        const broken: string[] = [];
        for (const [key, message] of Object.entries(catalog)) {
          try {
            parse(message);
          } catch (error) {
            broken.push(`${key}: ${(error as Error).message}`);
          }
        }
        expect(broken).toEqual([]);
      });

      it('uses the same placeholders as en.json', () => {
        const different: string[] = [];
        for (const key of referenceKeys) {
          const message = catalog[key];
          const expected = reference[key];
          if (message === undefined || expected === undefined) continue;
          const mine = placeholdersOf(message).join(', ');
          const theirs = placeholdersOf(expected).join(', ');
          if (mine !== theirs) different.push(`${key}: [${mine}] ≠ en [${theirs}]`);
        }
        expect(different).toEqual([]);
      });
    });
  }

  it('Arabic plurals give every CLDR category a form', () => {
    const missing: string[] = [];
    for (const [key, message] of Object.entries(catalogs.ar)) {
      const visit = (elements: MessageFormatElement[]) => {
        for (const element of elements) {
          if (element.type !== TYPE.plural) continue;
          for (const category of ['zero', 'one', 'two', 'few', 'many', 'other']) {
            if (!(category in element.options)) missing.push(`${key}: ${category}`);
          }
          for (const option of Object.values(element.options)) visit(option.value);
        }
      };
      visit(parse(message));
    }
    expect(missing).toEqual([]);
  });
});
