import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock, newId } from "../clock.js";
import { createLogger } from "../logger.js";
import { enqueue } from "../storage/outbox.js";
import { createTenant } from "../storage/tenants.js";
import { databaseTargets, type TestDatabase } from "../testing/databases.js";
import { DATA_EXPORT_TOPIC, dataExportHandler } from "./data-export.js";
import { createDispatcher } from "./dispatcher.js";
import type { MailMessage } from "./mailer.js";

describe.each(databaseTargets)("data export emails on $name", (target) => {
  let t: TestDatabase;
  const clock = manualClock("2026-11-23T09:00:00.000Z");
  beforeAll(async () => {
    t = await target.open();
  });
  afterAll(() => t.drop());

  it("emails the export to every manager address, and only warns when the store has none", async () => {
    const sent: MailMessage[] = [];
    const warnings: unknown[] = [];
    const logger = createLogger("silent");
    const spy = Object.create(logger) as typeof logger;
    spy.warn = ((...args: unknown[]) => void warnings.push(args)) as typeof logger.warn;
    const dispatcher = createDispatcher({
      db: t.db,
      clock,
      logger,
      handlers: {
        [DATA_EXPORT_TOPIC]: dataExportHandler({
          mailer: { send: async (m) => void sent.push(m) },
          logger: spy,
        }),
      },
    });
    const withMailbox = await createTenant(t.db, {
      slug: `s-${newId("t")}`.toLowerCase(),
      name: "Acme",
      settings: { staffEmail: "lead@acme.test, ops@acme.test" },
    });
    const without = await createTenant(t.db, { slug: `s-${newId("t")}`.toLowerCase(), name: "Bare" });
    const payload = {
      shop: "acme.myshopify.com",
      subject: { customerId: "191167", email: "anna@example.de", orderIds: ["1001"] },
      cases: [{ id: "cas_1", kind: "return" }],
    };
    const now = new Date(clock.now()).toISOString();
    await enqueue(t.db, withMailbox.id, [{ topic: DATA_EXPORT_TOPIC, payload }], now);
    await enqueue(t.db, without.id, [{ topic: DATA_EXPORT_TOPIC, payload }], now);
    expect(await dispatcher.runOnce()).toBe(2);
    expect(sent.map((m) => [m.to, m.subject])).toEqual([
      ["lead@acme.test", "Customer data request: anna@example.de, 191167 (Acme)"],
      ["ops@acme.test", "Customer data request: anna@example.de, 191167 (Acme)"],
    ]);
    const [intro, json] = sent[0]!.text.split("\n\n");
    expect(intro).toBe(
      "anna@example.de, 191167 asked for their data (1 case). Send it to them: the export is the JSON below.",
    );
    // The payload went through jsonb: same content, keys in any order.
    expect(JSON.parse(json!)).toEqual({ subject: payload.subject, cases: payload.cases });
    expect(sent[0]!.html).toContain("<pre>{\n  &quot;subject&quot;: {");
    expect(warnings).toHaveLength(1);
    const { rows } = await t.db.query<{ delivered: boolean }>(
      "SELECT delivered_at IS NOT NULL AS delivered FROM outbox WHERE topic = $1",
      [DATA_EXPORT_TOPIC],
    );
    expect(rows).toEqual([{ delivered: true }, { delivered: true }]);
  });
});
