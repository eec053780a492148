import { LOCALES } from '@karvan/domain';
import { z } from 'zod';
import { ZEmail, ZPassword, ZPersonName } from '../../platform/schemas.ts';
import { ZUser } from '../account/account.schemas.ts';

export const ZRegisterRequest = z
  .strictObject({ email: ZEmail, password: ZPassword, name: ZPersonName, locale: z.enum(LOCALES).optional() })
  .refine((v) => v.password.toLowerCase() !== v.email, {
    path: ['password'],
    params: { code: 'password_weak' },
  })
  .meta({ id: 'RegisterRequest' });
export type TRegisterRequest = z.infer<typeof ZRegisterRequest>;

export const ZLoginRequest = z
  .strictObject({
    email: ZEmail,
    password: z.string().min(1).max(256),
    totp: z
      .string()
      .trim()
      .regex(/^[0-9۰-۹٠-٩]{6}$/)
      .optional(),
  })
  .meta({ id: 'LoginRequest' });
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZUserResponse = z.object({ user: ZUser });

export const ZPasswordResetRequest = z.strictObject({ email: ZEmail }).meta({ id: 'PasswordResetRequest' });
export const ZPasswordResetConfirm = z
  .strictObject({ token: z.string().min(10).max(200), password: ZPassword })
  .meta({ id: 'PasswordResetConfirm' });
