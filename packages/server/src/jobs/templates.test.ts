import { describe, expect, it } from "vitest";
import { MailTemplate, renderMail } from "./templates.js";

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
