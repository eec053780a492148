import type { Locale } from '@karvan/domain';

/** The password-reset mail in the recipient's language. */
export function passwordResetMail(locale: Locale, link: string): { subject: string; text: string } {
  const texts: Record<Locale, { subject: string; text: string }> = {
    en: {
      subject: 'Reset your Karvan password',
      text: `Someone asked to reset the password of your Karvan account.\n\nOpen this link within one hour to choose a new password:\n${link}\n\nIf it was not you, ignore this message; your password stays as it is.`,
    },
    fa: {
      subject: 'بازنشانی گذرواژهٔ کاروان',
      text: `درخواستی برای بازنشانی گذرواژهٔ حساب کاروان شما ثبت شده است.\n\nبرای انتخاب گذرواژهٔ جدید، این پیوند را ظرف یک ساعت باز کنید:\n${link}\n\nاگر این درخواست از طرف شما نبوده است، این پیام را نادیده بگیرید؛ گذرواژهٔ شما تغییری نمی‌کند.`,
    },
    ar: {
      subject: 'إعادة تعيين كلمة مرور كاروان',
      text: `طلب أحدهم إعادة تعيين كلمة مرور حسابك في كاروان.\n\nافتح هذا الرابط خلال ساعة واحدة لاختيار كلمة مرور جديدة:\n${link}\n\nإذا لم تكن أنت، فتجاهل هذه الرسالة؛ ستبقى كلمة المرور كما هي.`,
    },
    zh: {
      subject: '重置您的 Karvan 密码',
      text: `有人申请重置您 Karvan 账户的密码。\n\n请在一小时内打开以下链接设置新密码：\n${link}\n\n如果不是您本人操作，请忽略此邮件，您的密码不会改变。`,
    },
  };
  return texts[locale];
}
