import type { MessageKey } from '../../shared/i18n/messages.ts';
import type { Translate } from '../../shared/i18n/use-t.ts';

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

/** The name of a sensitivity or Monte Carlo driver; `price:<product>` names the product. */
export function labelDriver(t: Translate, driver: string): string {
  if (driver.startsWith('price:'))
    return t('finance.driver.priceOf', { product: driver.slice('price:'.length) });
  const key = DRIVER_KEYS[driver];
  return key ? t(key) : driver;
}
