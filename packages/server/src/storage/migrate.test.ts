import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type TestDatabase } from "../testing/databases.js";
import { migrate } from "./migrate.js";
import { migrations } from "./migrations/index.js";

describe.each(databaseTargets)("migrations on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await target.open();
  });
  afterAll(() => t.drop());

  it("records every migration once and applies nothing on a second run", async () => {
    const { rows } = await t.db.query<{ version: number }>(
      "SELECT version FROM schema_migrations ORDER BY 1",
    );
    expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    expect(await migrate(t.db)).toEqual({
      applied: [],
      version: Math.max(...migrations.map((m) => m.version)),
    });
  });

  it("creates the tables the server uses", async () => {
    const { rows } = await t.db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1",
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      "api_keys",
      "attachments",
      "calendars",
      "case_events",
      "case_platform_links",
      "cases",
      "idempotency_keys",
      "outbox",
      "policies",
      "rate_limits",
      "schema_migrations",
      "sla_policies",
      "tenants",
      "webhook_endpoints",
      "webhook_inbox",
    ]);
  });

  it("returns timestamps as ISO strings and int8 as numbers", async () => {
    const { rows } = await t.db.query<{ at: string; n: number }>(
      "SELECT '2026-11-23T09:07:46.123Z'::timestamptz AS at, 42::int8 AS n",
    );
    expect(rows[0]).toEqual({ at: "2026-11-23T09:07:46.123Z", n: 42 });
  });

  it("rolls a failed transaction back", async () => {
    await t.db.query("INSERT INTO tenants (id, slug, name) VALUES ('t1', 't1', 'One')");
    await expect(
      t.db.transaction(async (tx) => {
        await tx.query("INSERT INTO tenants (id, slug, name) VALUES ('t2', 't2', 'Two')");
        await tx.query("INSERT INTO tenants (id, slug, name) VALUES ('t1', 'dup', 'Dup')");
      }),
    ).rejects.toMatchObject({ code: "23505" });
    const { rows } = await t.db.query<{ id: string }>("SELECT id FROM tenants ORDER BY id");
    expect(rows).toEqual([{ id: "t1" }]);
  });
});

describe("migrations on postgres from several processes at once", () => {
  it("lets concurrent starts wait for one another", async () => {
    const { postgresTarget } = await import("../testing/databases.js");
    const t = await postgresTarget.open();
    try {
      await t.db.exec(
        "DROP TABLE schema_migrations; DROP TABLE api_keys, attachments, calendars, case_events, case_platform_links, cases, idempotency_keys, outbox, policies, rate_limits, sla_policies, webhook_endpoints, webhook_inbox, tenants",
      );
      const reports = await Promise.all([migrate(t.db), migrate(t.db), migrate(t.db)]);
      expect(reports.map((r) => r.applied.length).sort()).toEqual([0, 0, migrations.length]);
    } finally {
      await t.drop();
    }
  });
});
