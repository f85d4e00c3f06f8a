import type { SlaTarget } from "@aftersales/core";

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

/** One shopper email's words: the subject (the order number is appended), the lead and the link text. */
interface Words {
  readonly subject: string;
  readonly lead: string;
  readonly action: string;
}

interface ShopperLocale {
  readonly greeting: string;
  readonly signoff: string;
  /** "order" in `(order #1001)` after a subject. */
  readonly order: string;
  readonly templates: Readonly<Record<MailTemplate, Words>>;
}

/** Subjects that name no order (the follow-up is about the service, not one order). */
const withoutOrder: ReadonlySet<MailTemplate> = new Set([MailTemplate.follow_up]);

const shopperTexts: Readonly<Record<MailLocale, ShopperLocale>> = {
  en: {
    greeting: "Hello,",
    signoff: "Kind regards,",
    order: "order",
    templates: {
      received: {
        subject: "We received your request",
        lead: "Thank you, we have received your request and will get back to you soon.",
        action: "See your request",
      },
      reply: {
        subject: "New reply about your request",
        lead: "We replied to your request:",
        action: "Reply",
      },
      info_requested: {
        subject: "We need a little more information",
        lead: "To continue, we need more information from you:",
        action: "Add information",
      },
      options: {
        subject: "Please choose how we settle your request",
        lead: "We have prepared options for you. Please choose one:",
        action: "Choose an option",
      },
      return_approved: {
        subject: "Your return is approved",
        lead: "Good news: your return is approved.",
        action: "See return instructions",
      },
      declined: {
        subject: "About your request",
        lead: "We are sorry, we cannot accept your request:",
        action: "See details",
      },
      resolved: {
        subject: "Your request is resolved",
        lead: "Your request has been resolved. If anything is still wrong, just reply on the page below.",
        action: "See your request",
      },
      follow_up: {
        subject: "How did we do?",
        lead: "We recently resolved your request. Would you tell us how satisfied you are?",
        action: "Rate our service",
      },
    },
  },
  "zh-Hans": {
    greeting: "您好，",
    signoff: "此致",
    order: "订单",
    templates: {
      received: {
        subject: "我们已收到您的售后单",
        lead: "感谢您的反馈，我们已受理您的售后单，会尽快回复您。",
        action: "查看售后单",
      },
      reply: { subject: "您的售后单有新回复", lead: "我们回复了您的售后单：", action: "回复" },
      info_requested: { subject: "待您补充信息", lead: "为继续处理，请补充以下信息：", action: "补充信息" },
      options: { subject: "待您选择方案", lead: "我们为您准备了处理方案，请选择其一：", action: "选择方案" },
      return_approved: {
        subject: "您的退货已通过审核",
        lead: "您的退货申请已通过审核。",
        action: "查看退货说明",
      },
      declined: { subject: "关于您的售后单", lead: "很抱歉，您的申请已被拒绝：", action: "查看详情" },
      resolved: {
        subject: "您的售后单已解决",
        lead: "您的售后单已解决。如仍有问题，请在下方页面回复我们。",
        action: "查看售后单",
      },
      follow_up: {
        subject: "满意度回访",
        lead: "您的售后单已处理完毕，请告诉我们您的满意度。",
        action: "评价服务",
      },
    },
  },
  "zh-Hant": {
    greeting: "您好，",
    signoff: "敬祝 順心",
    order: "訂單",
    templates: {
      received: {
        subject: "我們已收到您的售後單",
        lead: "感謝您的回饋，我們已受理您的售後單，將盡快回覆您。",
        action: "查看售後單",
      },
      reply: { subject: "您的售後單有新回覆", lead: "我們回覆了您的售後單：", action: "回覆" },
      info_requested: { subject: "待您補充資料", lead: "為繼續處理，請補充以下資料：", action: "補充資料" },
      options: { subject: "待您選擇方案", lead: "我們為您準備了處理方案，請選擇其一：", action: "選擇方案" },
      return_approved: {
        subject: "您的退貨已通過審核",
        lead: "您的退貨申請已通過審核。",
        action: "查看退貨說明",
      },
      declined: { subject: "關於您的售後單", lead: "很抱歉，您的申請已被拒絕：", action: "查看詳情" },
      resolved: {
        subject: "您的售後單已解決",
        lead: "您的售後單已解決。如仍有問題，請在下方頁面回覆我們。",
        action: "查看售後單",
      },
      follow_up: {
        subject: "滿意度回訪",
        lead: "您的售後單已處理完畢，請告訴我們您的滿意度。",
        action: "評價服務",
      },
    },
  },
};

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A rendered email. */
export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** The parts every email has, in order: greeting, lead, quote or facts, the link, the sign-off. */
interface MailParts {
  readonly locale: MailLocale;
  readonly subject: string;
  readonly greeting: string;
  readonly lead: string;
  readonly quote?: string | undefined;
  /** `label: value` lines (staff emails). */
  readonly facts?: readonly (readonly [string, string])[];
  readonly action: string;
  readonly link: string;
  readonly signoff: string;
}

function compose(p: MailParts): RenderedMail {
  const facts = p.facts ?? [];
  const text = [
    p.greeting,
    "",
    p.lead,
    ...(p.quote ? ["", ...p.quote.split("\n").map((l) => `> ${l}`)] : []),
    ...(facts.length > 0 ? ["", ...facts.map(([k, v]) => `${k}: ${v}`)] : []),
    "",
    `${p.action}: ${p.link}`,
    "",
    p.signoff,
  ].join("\n");
  const html = [
    `<!doctype html><html lang="${p.locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5">`,
    `<p>${escapeHtml(p.greeting)}</p>`,
    `<p>${escapeHtml(p.lead)}</p>`,
    p.quote
      ? `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:1em">${escapeHtml(p.quote).replaceAll("\n", "<br>")}</blockquote>`
      : "",
    facts.length > 0
      ? `<table>${facts.map(([k, v]) => `<tr><th style="text-align:left;padding-right:1em">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join("")}</table>`
      : "",
    `<p><a href="${escapeHtml(p.link)}">${escapeHtml(p.action)}</a></p>`,
    `<p>${escapeHtml(p.signoff).replaceAll("\n", "<br>")}</p>`,
    "</body></html>",
  ].join("");
  return { subject: p.subject, text, html };
}

/** Renders a shopper email in `locale` as plain text and HTML (every variable escaped in HTML). */
export function renderMail(template: MailTemplate, locale: MailLocale, vars: MailVars): RenderedMail {
  const t = shopperTexts[locale];
  const words = t.templates[template];
  const order = vars.orderNumber && !withoutOrder.has(template) ? ` (${t.order} ${vars.orderNumber})` : "";
  return compose({
    locale,
    subject: `${words.subject}${order}`,
    greeting: t.greeting,
    lead: words.lead,
    quote: vars.body?.trim() || undefined,
    action: words.action,
    link: vars.link,
    signoff: `${t.signoff}\n${vars.storeName}`,
  });
}

/** The emails the store's team gets (never a shopper): SLA alerts from the sweeper. */
export const StaffMailTemplate = { sla_at_risk: "sla_at_risk", sla_breached: "sla_breached" } as const;
/** One staff email template. */
export type StaffMailTemplate = (typeof StaffMailTemplate)[keyof typeof StaffMailTemplate];

/** What a staff email mentions. */
export interface StaffMailVars {
  readonly storeName: string;
  readonly caseId: string;
  readonly target: SlaTarget;
  /** The target's due instant (ISO), shown in `timeZone`. */
  readonly dueAt: string;
  /** The store's IANA time zone. */
  readonly timeZone: string;
  /** The case page in the staff console. */
  readonly link: string;
  readonly orderNumber?: string;
  /** The assignee's display name; absent when nobody is assigned. */
  readonly assignee?: string;
}

interface StaffLocale {
  readonly greeting: string;
  readonly signoff: (storeName: string) => string;
  readonly targets: Readonly<Record<SlaTarget, string>>;
  readonly weekdays: readonly string[];
  /** A local due time: date, weekday, time and zone. */
  readonly due: (d: { date: string; weekday: string; time: string; zone: string }) => string;
  readonly labels: { readonly case: string; readonly order: string; readonly assignee: string };
  readonly unassigned: string;
  readonly action: string;
  readonly alerts: Readonly<
    Record<StaffMailTemplate, { subject: (s: AlertWords) => string; lead: (s: AlertWords) => string }>
  >;
}

interface AlertWords {
  readonly caseId: string;
  readonly target: string;
  readonly due: string;
}

const staffTexts: Readonly<Record<MailLocale, StaffLocale>> = {
  en: {
    greeting: "Hello,",
    signoff: (store) => `Aftersales for ${store}`,
    targets: {
      first_response: "first response",
      next_response: "next response",
      resolution: "resolution",
      return_processing: "return processing",
      follow_up: "follow-up",
    },
    weekdays: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    due: (d) => `${d.weekday} ${d.date} ${d.time} (${d.zone})`,
    labels: { case: "Case", order: "Order", assignee: "Assignee" },
    unassigned: "nobody (unassigned)",
    action: "Open the case",
    alerts: {
      sla_at_risk: {
        subject: (w) => `SLA at risk: ${w.target} for case ${w.caseId} due ${w.due}`,
        lead: (w) => `The ${w.target} target of case ${w.caseId} is at risk. It is due ${w.due}.`,
      },
      sla_breached: {
        subject: (w) => `SLA breached: ${w.target} for case ${w.caseId} was due ${w.due}`,
        lead: (w) => `The ${w.target} target of case ${w.caseId} was missed. It was due ${w.due}.`,
      },
    },
  },
  "zh-Hans": {
    greeting: "您好，",
    signoff: (store) => `${store} 售后系统`,
    targets: {
      first_response: "首次响应",
      next_response: "后续响应",
      resolution: "解决时效",
      return_processing: "退货处理",
      follow_up: "回访",
    },
    weekdays: ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
    due: (d) => `${d.date}（${d.weekday}）${d.time}（${d.zone}）`,
    labels: { case: "工单", order: "订单", assignee: "处理人" },
    unassigned: "未分配",
    action: "打开工单",
    alerts: {
      sla_at_risk: {
        subject: (w) => `服务时效预警：工单 ${w.caseId} 的${w.target}将于 ${w.due} 到期`,
        lead: (w) => `工单 ${w.caseId} 的${w.target}即将超时，截止时间为 ${w.due}。`,
      },
      sla_breached: {
        subject: (w) => `服务时效超时：工单 ${w.caseId} 的${w.target}已于 ${w.due} 到期`,
        lead: (w) => `工单 ${w.caseId} 的${w.target}已超出服务时效承诺，截止时间为 ${w.due}。`,
      },
    },
  },
  "zh-Hant": {
    greeting: "您好，",
    signoff: (store) => `${store} 售後系統`,
    targets: {
      first_response: "首次回應",
      next_response: "後續回應",
      resolution: "處理時長",
      return_processing: "退貨處理",
      follow_up: "回訪",
    },
    weekdays: ["週日", "週一", "週二", "週三", "週四", "週五", "週六"],
    due: (d) => `${d.date}（${d.weekday}）${d.time}（${d.zone}）`,
    labels: { case: "工單", order: "訂單", assignee: "處理人" },
    unassigned: "未指派",
    action: "開啟工單",
    alerts: {
      sla_at_risk: {
        subject: (w) => `服務時效預警：工單 ${w.caseId} 的${w.target}將於 ${w.due} 到期`,
        lead: (w) => `工單 ${w.caseId} 的${w.target}即將逾時，截止時間為 ${w.due}。`,
      },
      sla_breached: {
        subject: (w) => `服務時效逾時：工單 ${w.caseId} 的${w.target}已於 ${w.due} 到期`,
        lead: (w) => `工單 ${w.caseId} 的${w.target}已超出服務時效承諾，截止時間為 ${w.due}。`,
      },
    },
  },
};

/** The wall-clock date, weekday (0 = Sunday) and time of an instant in a zone, to the minute. */
function wallClock(iso: string, timeZone: string): { date: string; weekday: number; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const [y, m, d] = [get("year"), get("month"), get("day")];
  return {
    date: `${y}-${m}-${d}`,
    weekday: new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay(),
    time: `${get("hour")}:${get("minute")}`,
  };
}

/** An instant as staff emails show it: `Mon 2026-11-30 17:30 (Europe/Berlin)` in the store's zone. */
export function formatStaffDue(iso: string, timeZone: string, locale: MailLocale): string {
  const t = staffTexts[locale];
  const wall = wallClock(iso, timeZone);
  return t.due({ date: wall.date, weekday: t.weekdays[wall.weekday]!, time: wall.time, zone: timeZone });
}

/** Renders a staff email (an SLA alert) in `locale` as plain text and HTML. */
export function renderStaffMail(
  template: StaffMailTemplate,
  locale: MailLocale,
  vars: StaffMailVars,
): RenderedMail {
  const t = staffTexts[locale];
  const words = {
    caseId: vars.caseId,
    target: t.targets[vars.target],
    due: formatStaffDue(vars.dueAt, vars.timeZone, locale),
  };
  const alert = t.alerts[template];
  return compose({
    locale,
    subject: alert.subject(words),
    greeting: t.greeting,
    lead: alert.lead(words),
    facts: [
      [t.labels.case, vars.caseId],
      ...(vars.orderNumber ? [[t.labels.order, vars.orderNumber] as const] : []),
      [t.labels.assignee, vars.assignee ?? t.unassigned],
    ],
    action: t.action,
    link: vars.link,
    signoff: t.signoff(vars.storeName),
  });
}
