import { z } from 'zod';
import { refuseUnsafeCharacters } from '../../platform/schemas.ts';

const unsafe = { params: { code: 'unsafe_characters' } };
const ZCurrency = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/)
  .transform((v) => v.toUpperCase());

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
    currency: ZCurrency,
    usdPerUnit: z
      .string()
      .trim()
      .regex(/^\d{1,18}(\.\d{1,12})?$/),
    validFrom: z.coerce.date(),
    note: z.string().trim().max(500).refine(refuseUnsafeCharacters, unsafe).optional(),
  })
  .meta({ id: 'CreateExchangeRateRequest' });
