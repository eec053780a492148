import type { MessageKey } from '../../shared/i18n/messages.ts';
import type { Translate } from '../../shared/i18n/use-t.ts';
import type { SensitivityResult } from './finance.api.ts';
import { listProductNames, type ModelDocument } from './model-document.ts';

// The engine's BASE_DRIVERS in its order, kept here (not imported) so no engine module reaches the
// browser bundle; `labelDriver` falls back to the raw name should the engine add one.
const DRIVER_KEYS: Record<string, MessageKey> = {
  price: 'finance.driver.price',
  volume: 'finance.driver.volume',
  capex: 'finance.driver.capex',
  fixedOpex: 'finance.driver.fixedOpex',
  variableOpex: 'finance.driver.variableOpex',
  royalty: 'finance.driver.royalty',
  taxRate: 'finance.driver.taxRate',
  discountRate: 'finance.driver.discountRate',
  grade: 'finance.driver.grade',
  recovery: 'finance.driver.recovery',
};
const BASE_ORDER = Object.keys(DRIVER_KEYS);

/** The name of a sensitivity or Monte Carlo driver; `price:<product>` names the product. */
export function labelDriver(t: Translate, driver: string): string {
  if (driver.startsWith('price:'))
    return t('finance.driver.priceOf', { product: driver.slice('price:'.length) });
  const key = DRIVER_KEYS[driver];
  return key ? t(key) : driver;
}

/** Base drivers first in the engine's order, then per-product prices in the document's product order. */
function orderOf(driver: string, products: readonly string[]): number {
  const index = BASE_ORDER.indexOf(driver);
  if (index >= 0) return index;
  const product = driver.startsWith('price:') ? products.indexOf(driver.slice('price:'.length)) : -1;
  return BASE_ORDER.length + (product < 0 ? products.length : product);
}

/**
 * The drivers that move this model's results, in the engine's order (base drivers, then one price
 * per product). The tornado of the live evaluation lists exactly the server's relevant drivers
 * (`listRelevantDrivers`); before the first evaluation the base drivers are filtered by what the
 * document has (mining drivers for mines, royalties when it has some).
 */
export function listDriverChoices(document: ModelDocument, sensitivity?: SensitivityResult): string[] {
  if (sensitivity && sensitivity.bars.length > 0) {
    const products = listProductNames(document);
    const drivers = sensitivity.bars.map((bar) => bar.driver);
    return drivers.sort((a, b) => orderOf(a, products) - orderOf(b, products));
  }
  const hasRoyalties = Array.isArray(document.royalties) && document.royalties.length > 0;
  return BASE_ORDER.filter((driver) => {
    if (driver === 'grade' || driver === 'recovery') return Boolean(document.mining);
    if (driver === 'royalty') return hasRoyalties;
    return true;
  });
}
