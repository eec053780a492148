import type { Locale } from '@karvan/domain';
import type englishMessages from '../../locales/en.json';

/** Every message key. `en.json` is the reference; the locale test proves the others match it. */
export type MessageKey = keyof typeof englishMessages;

export type Messages = Record<MessageKey, string>;

// One chunk per locale, so the first page loads only the language it shows.
const loaders: Record<Locale, () => Promise<Messages>> = {
  fa: () => import('../../locales/fa.json').then((module) => module.default),
  ar: () => import('../../locales/ar.json').then((module) => module.default),
  zh: () => import('../../locales/zh.json').then((module) => module.default),
  en: () => import('../../locales/en.json').then((module) => module.default),
};

const loaded = new Map<Locale, Messages>();

/** Loads (once) the ICU messages of a locale. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const cached = loaded.get(locale);
  if (cached) return cached;
  const messages = await loaders[locale]();
  loaded.set(locale, messages);
  return messages;
}
