/** Locales emails are written in (GLOSSARY.md wording). */
export type MailLocale = "en" | "zh-Hans" | "zh-Hant";

/** The emails a shopper gets about a case. */
export const MailTemplate = {
  received: "received",
  reply: "reply",
  info_requested: "info_requested",
  options: "options",
  return_approved: "return_approved",
  declined: "declined",
  resolved: "resolved",
  follow_up: "follow_up",
} as const;
/** One email template. */
export type MailTemplate = (typeof MailTemplate)[keyof typeof MailTemplate];

/** What a template may mention. */
export interface MailVars {
  readonly storeName: string;
  readonly caseId: string;
  readonly orderNumber?: string;
  /** Link to the case status page (with a case link token). */
  readonly link: string;
  /** A staff message, request, instructions or decline reason, shown as a quote. */
  readonly body?: string;
}

interface Text {
  subject: (v: MailVars) => string;
  lead: (v: MailVars) => string;
  action: string;
}

const order = (v: MailVars, word: string) => (v.orderNumber ? ` (${word} ${v.orderNumber})` : "");

const texts: Record<
  MailLocale,
  Record<MailTemplate, Text> & { greeting: string; signoff: (v: MailVars) => string }
> = {
  en: {
    greeting: "Hello,",
    signoff: (v) => `Kind regards,\n${v.storeName}`,
    received: {
      subject: (v) => `We received your request${order(v, "order")}`,
      lead: () => "Thank you, we have received your request and will get back to you soon.",
      action: "See your request",
    },
    reply: {
      subject: (v) => `New reply about your request${order(v, "order")}`,
      lead: () => "We replied to your request:",
      action: "Reply",
    },
    info_requested: {
      subject: (v) => `We need a little more information${order(v, "order")}`,
      lead: () => "To continue, we need more information from you:",
      action: "Add information",
    },
    options: {
      subject: (v) => `Please choose how we settle your request${order(v, "order")}`,
      lead: () => "We have prepared options for you. Please choose one:",
      action: "Choose an option",
    },
    return_approved: {
      subject: (v) => `Your return is approved${order(v, "order")}`,
      lead: () => "Good news: your return is approved.",
      action: "See return instructions",
    },
    declined: {
      subject: (v) => `About your request${order(v, "order")}`,
      lead: () => "We are sorry, we cannot accept your request:",
      action: "See details",
    },
    resolved: {
      subject: (v) => `Your request is resolved${order(v, "order")}`,
      lead: () => "Your request has been resolved. If anything is still wrong, just reply on the page below.",
      action: "See your request",
    },
    follow_up: {
      subject: () => "How did we do?",
      lead: () => "We recently resolved your request. Would you tell us how satisfied you are?",
      action: "Rate our service",
    },
  },
  "zh-Hans": {
    greeting: "您好，",
    signoff: (v) => `此致\n${v.storeName}`,
    received: {
      subject: (v) => `我们已收到您的售后单${order(v, "订单")}`,
      lead: () => "感谢您的反馈，我们已受理您的售后单，会尽快回复您。",
      action: "查看售后单",
    },
    reply: {
      subject: (v) => `您的售后单有新回复${order(v, "订单")}`,
      lead: () => "我们回复了您的售后单：",
      action: "回复",
    },
    info_requested: {
      subject: (v) => `待您补充信息${order(v, "订单")}`,
      lead: () => "为继续处理，请补充以下信息：",
      action: "补充信息",
    },
    options: {
      subject: (v) => `待您选择方案${order(v, "订单")}`,
      lead: () => "我们为您准备了处理方案，请选择其一：",
      action: "选择方案",
    },
    return_approved: {
      subject: (v) => `您的退货已通过审核${order(v, "订单")}`,
      lead: () => "您的退货申请已通过审核。",
      action: "查看退货说明",
    },
    declined: {
      subject: (v) => `关于您的售后单${order(v, "订单")}`,
      lead: () => "很抱歉，您的申请已被拒绝：",
      action: "查看详情",
    },
    resolved: {
      subject: (v) => `您的售后单已解决${order(v, "订单")}`,
      lead: () => "您的售后单已解决。如仍有问题，请在下方页面回复我们。",
      action: "查看售后单",
    },
    follow_up: {
      subject: () => "满意度回访",
      lead: () => "您的售后单已处理完毕，请告诉我们您的满意度。",
      action: "评价服务",
    },
  },
  "zh-Hant": {
    greeting: "您好，",
    signoff: (v) => `敬祝 順心\n${v.storeName}`,
    received: {
      subject: (v) => `我們已收到您的售後單${order(v, "訂單")}`,
      lead: () => "感謝您的回饋，我們已受理您的售後單，將盡快回覆您。",
      action: "查看售後單",
    },
    reply: {
      subject: (v) => `您的售後單有新回覆${order(v, "訂單")}`,
      lead: () => "我們回覆了您的售後單：",
      action: "回覆",
    },
    info_requested: {
      subject: (v) => `待您補充資料${order(v, "訂單")}`,
      lead: () => "為繼續處理，請補充以下資料：",
      action: "補充資料",
    },
    options: {
      subject: (v) => `待您選擇方案${order(v, "訂單")}`,
      lead: () => "我們為您準備了處理方案，請選擇其一：",
      action: "選擇方案",
    },
    return_approved: {
      subject: (v) => `您的退貨已通過審核${order(v, "訂單")}`,
      lead: () => "您的退貨申請已通過審核。",
      action: "查看退貨說明",
    },
    declined: {
      subject: (v) => `關於您的售後單${order(v, "訂單")}`,
      lead: () => "很抱歉，您的申請已被拒絕：",
      action: "查看詳情",
    },
    resolved: {
      subject: (v) => `您的售後單已解決${order(v, "訂單")}`,
      lead: () => "您的售後單已解決。如仍有問題，請在下方頁面回覆我們。",
      action: "查看售後單",
    },
    follow_up: {
      subject: () => "滿意度回訪",
      lead: () => "您的售後單已處理完畢，請告訴我們您的滿意度。",
      action: "評價服務",
    },
  },
};

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Renders an email in `locale` as plain text and HTML (every variable escaped in HTML). */
export function renderMail(template: MailTemplate, locale: MailLocale, vars: MailVars) {
  const t = texts[locale];
  const x = t[template];
  const quote = vars.body ? vars.body.trim() : undefined;
  const text = [
    t.greeting,
    "",
    x.lead(vars),
    ...(quote ? ["", ...quote.split("\n").map((l) => `> ${l}`)] : []),
    "",
    `${x.action}: ${vars.link}`,
    "",
    t.signoff(vars),
  ].join("\n");
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5">`,
    `<p>${escapeHtml(t.greeting)}</p>`,
    `<p>${escapeHtml(x.lead(vars))}</p>`,
    quote
      ? `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:1em">${escapeHtml(quote).replaceAll("\n", "<br>")}</blockquote>`
      : "",
    `<p><a href="${escapeHtml(vars.link)}">${escapeHtml(x.action)}</a></p>`,
    `<p>${escapeHtml(t.signoff(vars)).replaceAll("\n", "<br>")}</p>`,
    "</body></html>",
  ].join("");
  return { subject: x.subject(vars), text, html };
}
