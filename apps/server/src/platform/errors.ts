import type { Locale } from '@karvan/domain';

type Messages = Record<Locale, string>;

interface ErrorDefinition {
  status: number;
  /** When the server answers with this code, and what a client should do. */
  when: string;
  title: Messages;
}

/**
 * Every stable error code the API can answer with. Clients key on `code`; people read `title`,
 * chosen in their language. Placeholders like `{seconds}` are filled from the error's params.
 */
export const ERROR_CODES = {
  'request.malformed_json': {
    status: 400,
    when: 'The body is not valid JSON. Fix the client.',
    title: {
      en: 'The request body is not valid JSON.',
      fa: 'بدنهٔ درخواست JSON معتبر نیست.',
      ar: 'نص الطلب ليس JSON صالحًا.',
      zh: '请求正文不是有效的 JSON。',
    },
  },
  'request.unsupported_media_type': {
    status: 415,
    when: 'The Content-Type is not accepted by this endpoint. Send application/json.',
    title: {
      en: 'This content type is not accepted here.',
      fa: 'این نوع محتوا در اینجا پذیرفته نمی‌شود.',
      ar: 'نوع المحتوى هذا غير مقبول هنا.',
      zh: '此处不接受该内容类型。',
    },
  },
  'request.too_large': {
    status: 413,
    when: 'The body is larger than the limit. Send less.',
    title: {
      en: 'The request is too large.',
      fa: 'درخواست بیش از حد بزرگ است.',
      ar: 'الطلب كبير جدًا.',
      zh: '请求过大。',
    },
  },
  'request.rate_limited': {
    status: 429,
    when: 'Too many requests from this address. Wait and retry.',
    title: {
      en: 'Too many requests. Please wait a moment and try again.',
      fa: 'درخواست‌ها بیش از حد است. لطفاً کمی صبر کنید و دوباره تلاش کنید.',
      ar: 'طلبات كثيرة جدًا. يرجى الانتظار قليلًا والمحاولة مرة أخرى.',
      zh: '请求过多，请稍后再试。',
    },
  },
  'validation.failed': {
    status: 400,
    when: 'Some fields are invalid; `errors` lists each with its path. Correct them and resend.',
    title: {
      en: 'Some fields are not valid.',
      fa: 'برخی از فیلدها معتبر نیستند.',
      ar: 'بعض الحقول غير صالحة.',
      zh: '部分字段无效。',
    },
  },
  'route.not_found': {
    status: 404,
    when: 'No such endpoint.',
    title: { en: 'Not found.', fa: 'یافت نشد.', ar: 'غير موجود.', zh: '未找到。' },
  },
  'auth.required': {
    status: 401,
    when: 'The endpoint needs a signed-in user or a bearer token. Sign in.',
    title: {
      en: 'Please sign in to continue.',
      fa: 'لطفاً برای ادامه وارد شوید.',
      ar: 'يرجى تسجيل الدخول للمتابعة.',
      zh: '请先登录。',
    },
  },
  'auth.forbidden': {
    status: 403,
    when: 'The caller is known but the policy refuses. Do not retry.',
    title: {
      en: 'You are not allowed to do this.',
      fa: 'شما اجازهٔ انجام این کار را ندارید.',
      ar: 'غير مسموح لك بالقيام بذلك.',
      zh: '您无权执行此操作。',
    },
  },
  'auth.csrf': {
    status: 403,
    when: 'A cookie-authenticated change came without the x-csrf-token header matching the karvan_csrf cookie, or from another origin.',
    title: {
      en: 'The request could not be verified. Reload the page and try again.',
      fa: 'درخواست تأیید نشد. صفحه را دوباره بارگذاری کنید و دوباره تلاش کنید.',
      ar: 'تعذر التحقق من الطلب. أعد تحميل الصفحة وحاول مرة أخرى.',
      zh: '无法验证请求。请刷新页面后重试。',
    },
  },
  'auth.invalid_credentials': {
    status: 401,
    when: 'Wrong e-mail or password (which one is not said).',
    title: {
      en: 'The e-mail or password is incorrect.',
      fa: 'ایمیل یا گذرواژه نادرست است.',
      ar: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
      zh: '邮箱或密码不正确。',
    },
  },
  'auth.totp_required': {
    status: 401,
    when: 'The password was right and two-factor sign-in is on: resend with `totp`.',
    title: {
      en: 'Enter the 6-digit code from your authenticator app.',
      fa: 'کد ۶ رقمی برنامهٔ احراز هویت خود را وارد کنید.',
      ar: 'أدخل الرمز المكوّن من 6 أرقام من تطبيق المصادقة.',
      zh: '请输入身份验证器应用中的 6 位验证码。',
    },
  },
  'auth.totp_invalid': {
    status: 401,
    when: 'The two-factor code is wrong, expired or already used.',
    title: {
      en: 'The code is not valid. Check your device clock and try a new code.',
      fa: 'کد معتبر نیست. ساعت دستگاه خود را بررسی کنید و کد جدیدی را امتحان کنید.',
      ar: 'الرمز غير صالح. تحقق من ساعة جهازك وجرّب رمزًا جديدًا.',
      zh: '验证码无效。请检查设备时间并使用新的验证码。',
    },
  },
  'auth.locked': {
    status: 429,
    when: 'Too many failed sign-ins for this account; `retryAfterSeconds` says when to try again.',
    title: {
      en: 'Too many failed attempts. Try again in {minutes} minutes.',
      fa: 'تلاش‌های ناموفق بیش از حد. {minutes} دقیقهٔ دیگر دوباره تلاش کنید.',
      ar: 'محاولات فاشلة كثيرة جدًا. حاول مرة أخرى بعد {minutes} دقيقة.',
      zh: '失败次数过多。请在 {minutes} 分钟后重试。',
    },
  },
  'auth.email_taken': {
    status: 409,
    when: 'An account with this e-mail exists. Sign in or reset the password.',
    title: {
      en: 'An account with this e-mail already exists.',
      fa: 'حسابی با این ایمیل از قبل وجود دارد.',
      ar: 'يوجد حساب بهذا البريد الإلكتروني بالفعل.',
      zh: '该邮箱已注册。',
    },
  },
  'auth.reset_token_invalid': {
    status: 400,
    when: 'The password-reset link is unknown, used or expired. Ask for a new one.',
    title: {
      en: 'This reset link is invalid or has expired. Ask for a new one.',
      fa: 'این پیوند بازنشانی نامعتبر است یا منقضی شده است. پیوند جدیدی درخواست کنید.',
      ar: 'رابط إعادة التعيين هذا غير صالح أو منتهي الصلاحية. اطلب رابطًا جديدًا.',
      zh: '该重置链接无效或已过期。请重新申请。',
    },
  },
  'auth.wrong_password': {
    status: 400,
    when: 'The current password given to change the password is wrong.',
    title: {
      en: 'The current password is incorrect.',
      fa: 'گذرواژهٔ فعلی نادرست است.',
      ar: 'كلمة المرور الحالية غير صحيحة.',
      zh: '当前密码不正确。',
    },
  },
  'auth.totp_not_pending': {
    status: 409,
    when: 'Enable was called without a setup first, or two-factor is already on.',
    title: {
      en: 'Start two-factor setup first.',
      fa: 'ابتدا راه‌اندازی ورود دومرحله‌ای را آغاز کنید.',
      ar: 'ابدأ إعداد التحقق بخطوتين أولًا.',
      zh: '请先开始设置双重验证。',
    },
  },
  'resource.not_found': {
    status: 404,
    when: 'The resource does not exist, or the caller may not know that it does.',
    title: {
      en: 'Not found.',
      fa: 'یافت نشد.',
      ar: 'غير موجود.',
      zh: '未找到。',
    },
  },
  'organization.last_owner': {
    status: 409,
    when: 'The change would leave the organisation without an owner. Make someone else owner first.',
    title: {
      en: 'An organisation needs at least one owner. Make another member owner first.',
      fa: 'هر سازمان دست‌کم یک مالک لازم دارد. ابتدا عضو دیگری را مالک کنید.',
      ar: 'تحتاج المنظمة إلى مالك واحد على الأقل. اجعل عضوًا آخر مالكًا أولًا.',
      zh: '组织至少需要一名所有者。请先将其他成员设为所有者。',
    },
  },
  'organization.already_member': {
    status: 409,
    when: 'The invited e-mail already belongs to a member.',
    title: {
      en: 'This person is already a member.',
      fa: 'این شخص از قبل عضو است.',
      ar: 'هذا الشخص عضو بالفعل.',
      zh: '此人已是成员。',
    },
  },
  'opportunity.invalid_transition': {
    status: 409,
    when: 'The opportunity is not in a state that allows this step (e.g. publishing a closed one), or the caller may not take it. Reload it and check `allowed`.',
    title: {
      en: 'This step is not possible for the opportunity in its current state.',
      fa: 'این مرحله برای فرصت در وضعیت کنونی‌اش ممکن نیست.',
      ar: 'هذه الخطوة غير ممكنة للفرصة في حالتها الحالية.',
      zh: '该机会在当前状态下无法执行此步骤。',
    },
  },
  'opportunity.external_id_taken': {
    status: 409,
    when: 'Another opportunity of the organisation already has this external reference.',
    title: {
      en: 'Another opportunity of this organisation already uses this reference.',
      fa: 'فرصت دیگری از این سازمان همین شناسهٔ مرجع را دارد.',
      ar: 'فرصة أخرى لهذه المنظمة تستخدم هذا المرجع بالفعل.',
      zh: '该组织的另一个机会已使用此编号。',
    },
  },
  'opportunity.no_rate': {
    status: 400,
    when: 'An investment range was given in a currency without an exchange rate. Use USD or a currency listed at /api/v1/exchange-rates.',
    title: {
      en: 'There is no exchange rate for {currency}; the amounts cannot be compared.',
      fa: 'نرخ تبدیلی برای {currency} ثبت نشده است؛ مبالغ قابل مقایسه نیستند.',
      ar: 'لا يوجد سعر صرف لـ {currency}؛ لا يمكن مقارنة المبالغ.',
      zh: '没有 {currency} 的汇率，无法比较金额。',
    },
  },
  'import.no_file': {
    status: 400,
    when: 'The multipart request has no `file` part, or `organizationId` came after the file. Send `organizationId` first, then `file`.',
    title: {
      en: 'Choose a file to import.',
      fa: 'پرونده‌ای برای درون‌ریزی انتخاب کنید.',
      ar: 'اختر ملفًا للاستيراد.',
      zh: '请选择要导入的文件。',
    },
  },
  'import.file_too_large': {
    status: 413,
    when: 'The uploaded file is over the import limit ({maxMb} MB). Split it.',
    title: {
      en: 'The file is larger than {maxMb} MB. Split it into smaller files.',
      fa: 'حجم پرونده بیش از {maxMb} مگابایت است. آن را به چند پروندهٔ کوچک‌تر تقسیم کنید.',
      ar: 'حجم الملف أكبر من {maxMb} ميغابايت. قسّمه إلى ملفات أصغر.',
      zh: '文件超过 {maxMb} MB，请拆分为较小的文件。',
    },
  },
  'import.unsupported_format': {
    status: 415,
    when: 'The file is neither CSV nor XLSX (the type is read from the content, not the name).',
    title: {
      en: 'Only CSV and Excel (.xlsx) files can be imported.',
      fa: 'فقط پرونده‌های CSV و اکسل (‎.xlsx‎) قابل درون‌ریزی هستند.',
      ar: 'يمكن استيراد ملفات CSV وExcel (‎.xlsx‎) فقط.',
      zh: '只能导入 CSV 和 Excel (.xlsx) 文件。',
    },
  },
  'import.not_ready': {
    status: 409,
    when: 'The import is not waiting for a decision: it is still being checked, was already applied, or failed.',
    title: {
      en: 'This import cannot be applied now.',
      fa: 'این درون‌ریزی اکنون قابل اعمال نیست.',
      ar: 'لا يمكن تطبيق هذا الاستيراد الآن.',
      zh: '此导入当前无法执行。',
    },
  },
  'import.has_rejected_rows': {
    status: 409,
    when: 'All-or-nothing was chosen but some rows were rejected. Fix the file, or import only the valid rows.',
    title: {
      en: '{count} rows have problems, so nothing was imported. Fix them or import only the valid rows.',
      fa: '{count} ردیف مشکل دارد، بنابراین چیزی درون‌ریزی نشد. آن‌ها را اصلاح کنید یا فقط ردیف‌های معتبر را درون‌ریزی کنید.',
      ar: 'توجد مشكلات في {count} صفًا، لذا لم يُستورد شيء. أصلحها أو استورد الصفوف الصالحة فقط.',
      zh: '有 {count} 行存在问题，因此未导入任何内容。请修正，或仅导入有效行。',
    },
  },
  'exchange_rate.usd_is_fixed': {
    status: 400,
    when: 'Rates are in US dollars per unit; USD itself is always 1.',
    title: {
      en: 'The US dollar is the base currency; its rate is always 1.',
      fa: 'دلار آمریکا ارز پایه است و نرخ آن همیشه ۱ است.',
      ar: 'الدولار الأمريكي هو العملة الأساسية وسعره دائمًا 1.',
      zh: '美元是基准货币，其汇率始终为 1。',
    },
  },
  'exchange_rate.zero': {
    status: 400,
    when: 'A rate must be greater than zero.',
    title: {
      en: 'The rate must be greater than zero.',
      fa: 'نرخ باید بزرگ‌تر از صفر باشد.',
      ar: 'يجب أن يكون السعر أكبر من صفر.',
      zh: '汇率必须大于零。',
    },
  },
  'exchange_rate.unknown_currency': {
    status: 400,
    when: 'The currency is not in the currency list shipped with Karvan.',
    title: {
      en: 'Unknown currency.',
      fa: 'ارز ناشناخته است.',
      ar: 'عملة غير معروفة.',
      zh: '未知货币。',
    },
  },
  'finance.model_invalid': {
    status: 422,
    when: 'The financial-model document is not valid; `errors` lists each problem with its dotted path and a stable code (see ModelIssueCode). Nothing was saved. Correct the fields and resend.',
    title: {
      en: 'The financial model has errors. Correct the marked fields.',
      fa: 'مدل مالی خطا دارد. فیلدهای مشخص‌شده را اصلاح کنید.',
      ar: 'يحتوي النموذج المالي على أخطاء. صحّح الحقول المحددة.',
      zh: '财务模型有错误，请更正标出的字段。',
    },
  },
  'finance.evaluation_failed': {
    status: 422,
    when: 'The document is valid but its numbers are out of range for the calculation (results would not be finite). Check the amounts.',
    title: {
      en: 'The model could not be calculated: some results are out of range. Check the amounts.',
      fa: 'محاسبهٔ مدل ممکن نشد: برخی نتایج خارج از محدوده‌اند. مبالغ را بررسی کنید.',
      ar: 'تعذّر حساب النموذج: بعض النتائج خارج النطاق. تحقّق من المبالغ.',
      zh: '无法计算该模型：部分结果超出范围，请检查金额。',
    },
  },
  'finance.version_conflict': {
    status: 409,
    when: '`baseVersion` is not the latest version: someone saved the model meanwhile. Reload it (`latestVersion` is in the body), merge, and save again.',
    title: {
      en: 'Someone saved a newer version of this model meanwhile. Reload it and apply your changes again.',
      fa: 'در این فاصله شخص دیگری نسخهٔ جدیدتری از این مدل ذخیره کرده است. آن را دوباره بارگذاری کنید و تغییرات خود را دوباره اعمال کنید.',
      ar: 'حفظ شخص آخر نسخة أحدث من هذا النموذج في هذه الأثناء. أعد تحميله وطبّق تغييراتك مرة أخرى.',
      zh: '在此期间有人保存了该模型的新版本。请重新加载并再次应用您的更改。',
    },
  },
  'internal.error': {
    status: 500,
    when: 'A fault on the server. It is logged; retry later.',
    title: {
      en: 'Something went wrong on our side. Please try again later.',
      fa: 'مشکلی در سمت ما پیش آمد. لطفاً بعداً دوباره تلاش کنید.',
      ar: 'حدث خطأ من جانبنا. يرجى المحاولة لاحقًا.',
      zh: '服务器出错，请稍后重试。',
    },
  },
  'service.unavailable': {
    status: 503,
    when: 'The database is not reachable.',
    title: {
      en: 'The service is temporarily unavailable.',
      fa: 'سرویس موقتاً در دسترس نیست.',
      ar: 'الخدمة غير متاحة مؤقتًا.',
      zh: '服务暂时不可用。',
    },
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One invalid field, with a localised message. */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

/** What services throw; the error hook turns it into application/problem+json. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly options: {
      params?: Record<string, string | number>;
      errors?: FieldError[];
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
    this.status = ERROR_CODES[code].status;
  }
}

/** Fills `{name}` placeholders. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** The localised title of a code. */
export function titleFor(code: ErrorCode, locale: Locale, params?: Record<string, string | number>): string {
  return interpolate(ERROR_CODES[code].title[locale], params);
}
