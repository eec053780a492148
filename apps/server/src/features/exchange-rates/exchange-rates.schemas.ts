import { z } from 'zod';
import { refuseUnsafeCharacters, unsafe, ZCurrencyCode } from '../../platform/schemas.ts';

export const ZExchangeRate = z
  .object({
    id: z.uuid(),
    currency: z.string(),
    usdPerUnit: z.string(),
    validFrom: z.date(),
    note: z.string().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'ExchangeRate' });
export const ZCreateExchangeRateRequest = z
  .strictObject({
    currency: ZCurrencyCode,
    usdPerUnit: z
      .string()
      .trim()
      .regex(/^\d{1,18}(\.\d{1,12})?$/),
    validFrom: z.coerce.date(),
    note: z.string().trim().max(500).refine(refuseUnsafeCharacters, unsafe).optional(),
  })
  .meta({ id: 'CreateExchangeRateRequest' });
