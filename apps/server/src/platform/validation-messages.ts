import type { Locale } from '@karvan/domain';
import { type FieldError, interpolate } from './errors.ts';

type Messages = Record<Locale, string>;

/**
 * Messages for one invalid field, keyed by our issue code. Zod's own issue codes are mapped onto
 * these in `toFieldErrors`; a schema can name one directly with `.refine(…, { params: { code } })`.
 */
export const FIELD_MESSAGES = {
  required: { en: 'Required.', fa: 'الزامی است.', ar: 'مطلوب.', zh: '必填。' },
  too_short: {
    en: 'Must be at least {minimum} characters.',
    fa: 'باید دست‌کم {minimum} نویسه باشد.',
    ar: 'يجب ألا يقل عن {minimum} حرفًا.',
    zh: '至少需要 {minimum} 个字符。',
  },
  too_long: {
    en: 'Must be at most {maximum} characters.',
    fa: 'باید حداکثر {maximum} نویسه باشد.',
    ar: 'يجب ألا يزيد عن {maximum} حرفًا.',
    zh: '最多 {maximum} 个字符。',
  },
  too_small: {
    en: 'Must be at least {minimum}.',
    fa: 'باید دست‌کم {minimum} باشد.',
    ar: 'يجب ألا يقل عن {minimum}.',
    zh: '不能小于 {minimum}。',
  },
  too_big: {
    en: 'Must be at most {maximum}.',
    fa: 'باید حداکثر {maximum} باشد.',
    ar: 'يجب ألا يزيد عن {maximum}.',
    zh: '不能大于 {maximum}。',
  },
  invalid_type: {
    en: 'Has the wrong type (expected {expected}).',
    fa: 'نوع آن نادرست است (انتظار: {expected}).',
    ar: 'النوع غير صحيح (المتوقع: {expected}).',
    zh: '类型错误（应为 {expected}）。',
  },
  invalid_email: {
    en: 'Is not a valid e-mail address.',
    fa: 'نشانی ایمیل معتبر نیست.',
    ar: 'ليس عنوان بريد إلكتروني صالحًا.',
    zh: '不是有效的邮箱地址。',
  },
  invalid_format: {
    en: 'Has an invalid format.',
    fa: 'قالب آن نامعتبر است.',
    ar: 'التنسيق غير صالح.',
    zh: '格式无效。',
  },
  invalid_value: {
    en: 'Is not one of the allowed values.',
    fa: 'جزو مقادیر مجاز نیست.',
    ar: 'ليست من القيم المسموح بها.',
    zh: '不是允许的值。',
  },
  unknown_field: {
    en: 'Is not a known field.',
    fa: 'فیلد شناخته‌شده‌ای نیست.',
    ar: 'ليس حقلًا معروفًا.',
    zh: '不是已知字段。',
  },
  unsafe_characters: {
    en: 'Contains invisible control or direction-override characters.',
    fa: 'شامل نویسه‌های کنترلی نامرئی یا تغییر جهت متن است.',
    ar: 'يحتوي على أحرف تحكم غير مرئية أو أحرف تغيير اتجاه النص.',
    zh: '包含不可见的控制字符或文字方向覆盖字符。',
  },
  localized_text_empty: {
    en: 'Give the text in at least one language.',
    fa: 'متن را دست‌کم به یک زبان وارد کنید.',
    ar: 'أدخل النص بلغة واحدة على الأقل.',
    zh: '请至少用一种语言填写。',
  },
  province_required: {
    en: 'Choose a province for this country.',
    fa: 'برای این کشور یک استان انتخاب کنید.',
    ar: 'اختر مقاطعة لهذا البلد.',
    zh: '请为该国家选择省份。',
  },
  province_mismatch: {
    en: 'This province does not belong to the chosen country.',
    fa: 'این استان متعلق به کشور انتخاب‌شده نیست.',
    ar: 'هذه المقاطعة لا تنتمي إلى البلد المختار.',
    zh: '该省份不属于所选国家。',
  },
  province_unknown: {
    en: 'Unknown province.',
    fa: 'استان ناشناخته است.',
    ar: 'مقاطعة غير معروفة.',
    zh: '未知省份。',
  },
  code_unknown: {
    en: 'Unknown code: {value}.',
    fa: 'کد ناشناخته: {value}.',
    ar: 'رمز غير معروف: {value}.',
    zh: '未知代码：{value}。',
  },
  currency_unknown: {
    en: 'There is no exchange rate or currency {value}.',
    fa: 'ارز یا نرخ تبدیلی با کد {value} وجود ندارد.',
    ar: 'لا توجد عملة أو سعر صرف بالرمز {value}.',
    zh: '没有货币或汇率 {value}。',
  },
  coordinates_incomplete: {
    en: 'Give both latitude and longitude, or neither.',
    fa: 'عرض و طول جغرافیایی را با هم وارد کنید یا هیچ‌کدام را.',
    ar: 'أدخل خط العرض وخط الطول معًا أو لا تدخل أيًا منهما.',
    zh: '请同时填写纬度和经度，或都不填。',
  },
  not_a_number: {
    en: 'Is not a number.',
    fa: 'عدد نیست.',
    ar: 'ليس رقمًا.',
    zh: '不是数字。',
  },
  country_unknown: {
    en: 'Is not a known country code.',
    fa: 'کد کشور شناخته‌شده‌ای نیست.',
    ar: 'ليس رمز بلد معروفًا.',
    zh: '不是已知的国家代码。',
  },
  password_weak: {
    en: 'Choose a password of at least 10 characters that is not the e-mail address.',
    fa: 'گذرواژه‌ای دست‌کم ۱۰ نویسه‌ای انتخاب کنید که همان ایمیل نباشد.',
    ar: 'اختر كلمة مرور من 10 أحرف على الأقل لا تطابق البريد الإلكتروني.',
    zh: '请设置至少 10 个字符且不同于邮箱的密码。',
  },
} as const satisfies Record<string, Messages>;

export type FieldMessageCode = keyof typeof FIELD_MESSAGES;

/** The minimal shape of a zod issue that we read (zod 4). */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message?: string;
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  expected?: unknown;
  format?: string;
  keys?: readonly string[];
  params?: Record<string, unknown>;
  input?: unknown;
}

function ourCode(issue: IssueLike): FieldMessageCode {
  const custom = issue.params?.['code'];
  if (typeof custom === 'string' && custom in FIELD_MESSAGES) return custom as FieldMessageCode;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'required' : 'too_short';
      return 'too_small';
    case 'too_big':
      return issue.origin === 'string' ? 'too_long' : 'too_big';
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid_type';
    case 'invalid_format':
      return issue.format === 'email' ? 'invalid_email' : 'invalid_format';
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_enum_value':
      return 'invalid_value';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      return 'invalid_format';
  }
}

const joinPath = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** Turns zod issues into localised field errors; an unknown-keys issue becomes one error per key. */
export function toFieldErrors(issues: readonly IssueLike[], locale: Locale, pathPrefix = ''): FieldError[] {
  return issues.flatMap((issue) => {
    const code = ourCode(issue);
    const base = joinPath(issue.path);
    const prefixed = (p: string) => [pathPrefix, p].filter(Boolean).join('.');
    const params = {
      minimum: String(issue.minimum ?? ''),
      maximum: String(issue.maximum ?? ''),
      expected: String(issue.expected ?? ''),
    };
    const message = interpolate(FIELD_MESSAGES[code][locale], params);
    if (code === 'unknown_field' && issue.keys?.length) {
      return issue.keys.map((key) => ({
        path: prefixed([base, key].filter(Boolean).join('.')),
        code,
        message,
      }));
    }
    return [{ path: prefixed(base), code, message }];
  });
}

/** A validation error found by a service (after the schema passed), in the caller's language. */
export function fieldError(
  path: string,
  code: FieldMessageCode,
  locale: Locale,
  params?: Record<string, string | number>,
): FieldError {
  return { path, code, message: interpolate(FIELD_MESSAGES[code][locale], params) };
}
