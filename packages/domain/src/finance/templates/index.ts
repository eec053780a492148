import type { TFinancialModelInput } from '../model-schema.ts';
import { BRINE_SALT_MAGNESIUM_TEMPLATE } from './brine-salt-magnesium.ts';
import { COPPER_MINE_TEMPLATE } from './copper-mine.ts';
import { MANUFACTURING_PLANT_TEMPLATE } from './manufacturing-plant.ts';
import { WASTEWATER_BOT_TEMPLATE } from './wastewater-bot.ts';

export {
  BRINE_SALT_MAGNESIUM_TEMPLATE,
  COPPER_MINE_TEMPLATE,
  MANUFACTURING_PLANT_TEMPLATE,
  WASTEWATER_BOT_TEMPLATE,
};

/** Every model template by id, for a "start from a template" list. */
export const MODEL_TEMPLATES: Readonly<Record<string, TFinancialModelInput>> = {
  'copper-mine': COPPER_MINE_TEMPLATE,
  'brine-salt-magnesium': BRINE_SALT_MAGNESIUM_TEMPLATE,
  'manufacturing-plant': MANUFACTURING_PLANT_TEMPLATE,
  'wastewater-bot': WASTEWATER_BOT_TEMPLATE,
};
