import { describe, expect, it } from "vitest";
import { formatStaffDue, MailTemplate, renderMail, renderStaffMail, StaffMailTemplate } from "./templates.js";

const vars = {
  storeName: "Acme <Shop>",
  caseId: "cas_1",
  orderNumber: "#1001",
  link: 'https://x.test/?case=cas_1&t=a"b',
};

describe("renderMail", () => {
  it("writes every template in every locale with a subject, the link and the sign-off", () => {
    for (const locale of ["en", "zh-Hans", "zh-Hant"] as const) {
      for (const template of Object.values(MailTemplate)) {
        const mail = renderMail(template, locale, vars);
        expect(mail.subject.length).toBeGreaterThan(0);
        expect(mail.text).toContain(vars.link);
        expect(mail.text.endsWith("Acme <Shop>")).toBe(true);
        expect(mail.html).toContain(`<html lang="${locale}">`);
      }
    }
  });

  it("uses the glossary's words", () => {
    expect(renderMail("options", "zh-Hans", vars).subject).toBe("待您选择方案 (订单 #1001)");
    expect(renderMail("info_requested", "zh-Hant", vars).subject).toBe("待您補充資料 (訂單 #1001)");
    expect(renderMail("received", "en", { ...vars, orderNumber: undefined } as never).subject).toBe(
      "We received your request",
    );
  });

  it("escapes everything it puts into HTML and quotes staff text", () => {
    const mail = renderMail("reply", "en", { ...vars, body: "<script>x</script>\nline 2" });
    expect(mail.html).toContain("&#60;script&#62;x&#60;/script&#62;<br>line 2");
    expect(mail.html).toContain('href="https://x.test/?case=cas_1&#38;t=a&#34;b"');
    expect(mail.html).toContain("Acme &#60;Shop&#62;");
    expect(mail.text).toContain("> <script>x</script>\n> line 2");
  });
});

describe("renderStaffMail", () => {
  const staffVars = {
    storeName: "Acme <Shop>",
    caseId: "cas_1",
    target: "resolution",
    dueAt: "2026-12-04T17:00:00.000Z",
    timeZone: "Europe/Berlin",
    link: "https://x.test/admin/#/cases/cas_1",
    orderNumber: "#1001",
  } as const;

  it("writes every alert in every locale with the case, the due time, the console link and the store", () => {
    for (const locale of ["en", "zh-Hans", "zh-Hant"] as const) {
      for (const template of Object.values(StaffMailTemplate)) {
        const mail = renderStaffMail(template, locale, staffVars);
        expect(mail.subject).toContain("cas_1");
        expect(mail.subject).toContain("2026-12-04");
        expect(mail.text).toContain(staffVars.link);
        expect(mail.text).toContain("#1001");
        expect(mail.text).toContain("Acme <Shop>");
        expect(mail.html).toContain(`<html lang="${locale}">`);
        expect(mail.html).toContain("Acme &#60;Shop&#62;");
      }
    }
  });

  it("uses the glossary's words for targets", () => {
    expect(renderStaffMail("sla_breached", "zh-Hans", staffVars).subject).toBe(
      "服务时效超时：工单 cas_1 的解决时效已于 2026-12-04（周五）18:00（Europe/Berlin） 到期",
    );
    expect(
      renderStaffMail("sla_at_risk", "zh-Hant", { ...staffVars, target: "first_response" }).text,
    ).toContain("工單 cas_1 的首次回應即將逾時，截止時間為 2026-12-04（週五）18:00（Europe/Berlin）。");
  });

  it("shows the due time on the store's wall clock, across a DST change", () => {
    // Berlin moves to CEST at 01:00Z on 29 March 2026.
    expect(formatStaffDue("2026-03-29T00:30:00.000Z", "Europe/Berlin", "en")).toBe(
      "Sun 2026-03-29 01:30 (Europe/Berlin)",
    );
    expect(formatStaffDue("2026-03-29T01:30:00.000Z", "Europe/Berlin", "en")).toBe(
      "Sun 2026-03-29 03:30 (Europe/Berlin)",
    );
    expect(formatStaffDue("2026-11-30T16:30:00.000Z", "Asia/Shanghai", "zh-Hans")).toBe(
      "2026-12-01（周二）00:30（Asia/Shanghai）",
    );
  });
});
