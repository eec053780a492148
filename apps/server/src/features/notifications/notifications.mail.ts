import type { Locale } from '@karvan/domain';

type MailText = { subject: string; text: string };

/** "A document was added to a data room you can see", in the recipient's language. */
export function documentAddedMail(
  locale: Locale,
  roomTitle: string,
  documentName: string,
  link: string,
): MailText {
  const texts: Record<Locale, MailText> = {
    en: {
      subject: `New document in the data room of ${roomTitle}`,
      text: `“${documentName}” was added to the data room of ${roomTitle} on Karvan.\n\nOpen the data room:\n${link}`,
    },
    fa: {
      subject: `سند تازه در اتاق دادهٔ ${roomTitle}`,
      text: `«${documentName}» به اتاق دادهٔ ${roomTitle} در کاروان افزوده شد.\n\nباز کردن اتاق داده:\n${link}`,
    },
    ar: {
      subject: `مستند جديد في غرفة بيانات ${roomTitle}`,
      text: `أُضيف «${documentName}» إلى غرفة بيانات ${roomTitle} على كاروان.\n\nافتح غرفة البيانات:\n${link}`,
    },
    zh: {
      subject: `${roomTitle} 的资料室有新文件`,
      text: `“${documentName}”已添加到 Karvan 上 ${roomTitle} 的资料室。\n\n打开资料室：\n${link}`,
    },
  };
  return texts[locale];
}

/** "A question was routed to you", for an owner-side colleague. */
export function questionAssignedMail(
  locale: Locale,
  roomTitle: string,
  question: string,
  link: string,
): MailText {
  const texts: Record<Locale, MailText> = {
    en: {
      subject: `A data-room question for you: ${roomTitle}`,
      text: `A question in the data room of ${roomTitle} was assigned to you:\n\n${question}\n\nAnswer it here:\n${link}`,
    },
    fa: {
      subject: `پرسشی در اتاق داده برای شما: ${roomTitle}`,
      text: `پرسشی در اتاق دادهٔ ${roomTitle} به شما سپرده شد:\n\n${question}\n\nپاسخ دادن:\n${link}`,
    },
    ar: {
      subject: `سؤال في غرفة البيانات موجّه إليك: ${roomTitle}`,
      text: `أُسند إليك سؤال في غرفة بيانات ${roomTitle}:\n\n${question}\n\nأجب عنه هنا:\n${link}`,
    },
    zh: {
      subject: `分配给您的资料室问题：${roomTitle}`,
      text: `${roomTitle} 资料室中的一个问题已分配给您：\n\n${question}\n\n在此回答：\n${link}`,
    },
  };
  return texts[locale];
}

/** "Your question was answered", for the asker. */
export function questionAnsweredMail(
  locale: Locale,
  roomTitle: string,
  question: string,
  link: string,
): MailText {
  const texts: Record<Locale, MailText> = {
    en: {
      subject: `Your data-room question was answered: ${roomTitle}`,
      text: `Your question in the data room of ${roomTitle} has an answer:\n\n${question}\n\nRead it here:\n${link}`,
    },
    fa: {
      subject: `به پرسش شما در اتاق داده پاسخ داده شد: ${roomTitle}`,
      text: `پرسش شما در اتاق دادهٔ ${roomTitle} پاسخ گرفت:\n\n${question}\n\nخواندن پاسخ:\n${link}`,
    },
    ar: {
      subject: `تمت الإجابة عن سؤالك في غرفة البيانات: ${roomTitle}`,
      text: `لسؤالك في غرفة بيانات ${roomTitle} إجابة الآن:\n\n${question}\n\nاقرأها هنا:\n${link}`,
    },
    zh: {
      subject: `您在资料室的问题已得到回答：${roomTitle}`,
      text: `您在 ${roomTitle} 资料室中的问题已有回答：\n\n${question}\n\n在此查看：\n${link}`,
    },
  };
  return texts[locale];
}

/** "You were given access to a data room". */
export function grantReceivedMail(locale: Locale, roomTitle: string, link: string): MailText {
  const texts: Record<Locale, MailText> = {
    en: {
      subject: `You have access to the data room of ${roomTitle}`,
      text: `You were given access to the data room of ${roomTitle} on Karvan.\n\nOpen it here:\n${link}`,
    },
    fa: {
      subject: `دسترسی به اتاق دادهٔ ${roomTitle}`,
      text: `به شما دسترسی به اتاق دادهٔ ${roomTitle} در کاروان داده شد.\n\nباز کردن اتاق داده:\n${link}`,
    },
    ar: {
      subject: `لديك وصول إلى غرفة بيانات ${roomTitle}`,
      text: `مُنحت حق الوصول إلى غرفة بيانات ${roomTitle} على كاروان.\n\nافتحها هنا:\n${link}`,
    },
    zh: {
      subject: `您已获得 ${roomTitle} 资料室的访问权限`,
      text: `您已获得 Karvan 上 ${roomTitle} 资料室的访问权限。\n\n在此打开：\n${link}`,
    },
  };
  return texts[locale];
}
