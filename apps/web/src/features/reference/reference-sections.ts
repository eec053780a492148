import type { MessageKey } from '../../shared/i18n/messages.ts';

export interface ReferenceSection {
  to:
    | '/reference/iran'
    | '/reference/china'
    | '/reference/isic'
    | '/reference/hs'
    | '/reference/commodities'
    | '/reference/currencies'
    | '/reference/sources';
  title: MessageKey;
  description: MessageKey;
}

export const REFERENCE_SECTIONS: readonly ReferenceSection[] = [
  { to: '/reference/iran', title: 'reference.iran.title', description: 'reference.iran.description' },
  { to: '/reference/china', title: 'reference.china.title', description: 'reference.china.description' },
  { to: '/reference/isic', title: 'reference.isic.title', description: 'reference.isic.description' },
  { to: '/reference/hs', title: 'reference.hs.title', description: 'reference.hs.description' },
  {
    to: '/reference/commodities',
    title: 'reference.commodities.title',
    description: 'reference.commodities.description',
  },
  {
    to: '/reference/currencies',
    title: 'reference.currencies.title',
    description: 'reference.currencies.description',
  },
  {
    to: '/reference/sources',
    title: 'reference.sources.title',
    description: 'reference.sources.description',
  },
];
