import { defaultReturnPolicy } from "@aftersales/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, Queryable } from "./storage/db.js";
import { publishPolicy } from "./storage/settings.js";
import { createTenant, updateTenantSettings } from "./storage/tenants.js";
import { cachedStoreContext, STORE_CONTEXT_TTL_MS } from "./store-context.js";
import { pgliteTarget, type TestDatabase } from "./testing/databases.js";

/** The database with a count of the statements sent through it. */
function counting(db: Db): { db: Queryable; count: () => number } {
  let n = 0;
  return {
    db: {
      query: (sql, params) => {
        n++;
        return db.query(sql, params);
      },
      exec: (sql) => db.exec(sql),
    },
    count: () => n,
  };
}

describe("cachedStoreContext", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await pgliteTarget.open();
  });
  afterAll(() => t.drop());

  it("answers from memory within the time limit and reads the versions again after it", async () => {
    const tenant = await createTenant(t.db, { slug: "ttl", name: "TTL" });
    const { db, count } = counting(t.db);
    const first = await cachedStoreContext(db, tenant.id, 10_000);
    expect(first?.policy.storedVersion).toBe(0);
    const afterFirst = count();
    expect(afterFirst).toBeGreaterThan(0);
    expect(await cachedStoreContext(db, tenant.id, 10_000 + STORE_CONTEXT_TTL_MS - 1)).toBe(first);
    expect(count()).toBe(afterFirst);
    // Another process publishes (a write this process did not make): seen once the limit passed.
    await t.db.query("INSERT INTO policies (tenant_id, version, body, published_at) VALUES ($1, 1, $2, $3)", [
      tenant.id,
      JSON.stringify(defaultReturnPolicy()),
      "2026-11-23T10:00:00.000Z",
    ]);
    expect(
      (await cachedStoreContext(db, tenant.id, 10_000 + STORE_CONTEXT_TTL_MS - 1))?.policy.storedVersion,
    ).toBe(0);
    expect(
      (await cachedStoreContext(db, tenant.id, 10_000 + STORE_CONTEXT_TTL_MS))?.policy.storedVersion,
    ).toBe(1);
    expect(count()).toBeGreaterThan(afterFirst);
  });

  it("drops a store's context at once when this process publishes a policy or changes the store", async () => {
    const tenant = await createTenant(t.db, { slug: "own", name: "Own", settings: { timeZone: "UTC" } });
    expect((await cachedStoreContext(t.db, tenant.id, 0))?.policy.storedVersion).toBe(0);
    await publishPolicy(t.db, {
      tenantId: tenant.id,
      body: defaultReturnPolicy(),
      now: "2026-11-23T10:00:00.000Z",
      by: null,
    });
    expect((await cachedStoreContext(t.db, tenant.id, 1))?.policy.storedVersion).toBe(1);
    await updateTenantSettings(t.db, tenant.id, { timeZone: "Asia/Taipei" });
    expect((await cachedStoreContext(t.db, tenant.id, 2))?.tenant.settings.timeZone).toBe("Asia/Taipei");
  });

  it("keeps nothing for an unknown store", async () => {
    expect(await cachedStoreContext(t.db, "ten_missing", 0)).toBeNull();
  });
});
