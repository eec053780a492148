import type { Locale } from '@karvan/domain';

/** The invitation mail, in the inviter's language (we do not know the invitee's yet). */
export function invitationMail(locale: Locale, organizationName: string, inviter: string, link: string) {
  const texts: Record<Locale, { subject: string; text: string }> = {
    en: {
      subject: `Invitation to join ${organizationName} on Karvan`,
      text: `${inviter} invites you to join ${organizationName} on Karvan.\n\nSign in or create an account with this e-mail address, then accept the invitation:\n${link}`,
    },
    fa: {
      subject: `دعوت به پیوستن به ${organizationName} در کاروان`,
      text: `${inviter} شما را به پیوستن به ${organizationName} در کاروان دعوت کرده است.\n\nبا همین نشانی ایمیل وارد شوید یا حساب بسازید و سپس دعوت را بپذیرید:\n${link}`,
    },
    ar: {
      subject: `دعوة للانضمام إلى ${organizationName} على كاروان`,
      text: `يدعوك ${inviter} للانضمام إلى ${organizationName} على كاروان.\n\nسجّل الدخول أو أنشئ حسابًا بهذا البريد الإلكتروني، ثم اقبل الدعوة:\n${link}`,
    },
    zh: {
      subject: `邀请您加入 Karvan 上的 ${organizationName}`,
      text: `${inviter} 邀请您加入 Karvan 上的 ${organizationName}。\n\n请使用此邮箱登录或注册，然后接受邀请：\n${link}`,
    },
  };
  return texts[locale];
}
