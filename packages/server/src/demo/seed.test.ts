import { demoOrderCredentials } from "@aftersales/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgliteTarget, type TestDatabase } from "../testing/databases.js";
import { seedDemo } from "./seed.js";

describe("demo seed", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await pgliteTarget.open();
  });
  afterAll(() => t.drop());

  it("creates the demo store with a case in every status, once", async () => {
    const now = Date.parse("2026-11-23T09:00:00.000Z");
    const seeded = await seedDemo(t.db, { now });
    expect(seeded.adminKey).toMatch(/^ask_/);
    expect(seeded.cases).toBe(11);
    const { rows } = await t.db.query<{ status: string }>(
      "SELECT DISTINCT status FROM cases ORDER BY status",
    );
    expect(rows.map((r) => r.status)).toEqual([
      "acknowledged",
      "awaiting_customer",
      "cancelled",
      "closed",
      "declined",
      "in_progress",
      "investigating",
      "proposed",
      "reopened",
      "resolved",
      "submitted",
    ]);
    const again = await seedDemo(t.db, { now });
    expect(again).toMatchObject({ adminKey: null, cases: 0 });
    const found = await seeded.store.orderSource.findOrder({
      number: demoOrderCredentials[0]!.number,
      email: demoOrderCredentials[0]!.email,
    });
    expect(found.ok).toBe(true);
  });
});
