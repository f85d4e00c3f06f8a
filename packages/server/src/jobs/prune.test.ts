import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../clock.js";
import { databaseTargets, type TestDatabase } from "../testing/databases.js";
import { pruneExpired } from "./prune.js";

describe.each(databaseTargets)("pruning on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await target.open();
  });
  afterAll(() => t.drop());

  it("deletes only what is past its retention", async () => {
    const clock = manualClock("2026-11-23T09:00:00.000Z");
    await t.db.query(
      `INSERT INTO idempotency_keys (tenant_id, scope, key, request_hash, response_status, response_body, created_at) VALUES
       ('t', 's', 'old', 'h', 201, '{}', '2026-11-22T08:59:59Z'), ('t', 's', 'new', 'h', 201, '{}', '2026-11-22T09:00:00Z')`,
    );
    await t.db.query(
      `INSERT INTO rate_limits (bucket, window_start, hits) VALUES ('old', '2026-11-21T00:00:00Z', 3), ('new', '2026-11-23T08:50:00Z', 1)`,
    );
    await t.db.query(
      `INSERT INTO outbox (id, tenant_id, topic, payload, created_at, next_attempt_at, delivered_at) VALUES
       ('o1', 't', 'email', '{}', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', '2026-11-01T00:00:01Z'),
       ('o2', 't', 'email', '{}', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', NULL)`,
    );
    expect(await pruneExpired(t.db, clock)).toEqual({ idempotencyKeys: 1, rateLimits: 1, outbox: 1 });
    const { rows } = await t.db.query<{ key: string }>("SELECT key FROM idempotency_keys");
    expect(rows).toEqual([{ key: "new" }]);
    const pending = await t.db.query<{ id: string }>("SELECT id FROM outbox");
    expect(pending.rows).toEqual([{ id: "o2" }]);
  });
});
