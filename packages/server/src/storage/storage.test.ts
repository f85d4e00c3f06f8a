import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets, type TestDatabase } from "../testing/databases.js";
import { claimAttachments, loadAttachment, saveAttachment, sniffImageType } from "./attachments.js";
import type { Queryable } from "./db.js";
import { requestHash, withIdempotency } from "./idempotency.js";
import { claimDue, enqueue, markDelivered, markFailed } from "./outbox.js";
import { hitRateLimit } from "./rate-limits.js";
import { createTenant, findTenantBySlug } from "./tenants.js";

const T0 = Date.parse("2026-11-23T09:00:00.000Z");
const iso = (ms: number) => new Date(ms).toISOString();

describe("sniffImageType", () => {
  it("recognises each accepted type by its magic bytes", () => {
    expect(sniffImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe("image/jpeg");
    expect(sniffImageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      "image/png",
    );
    expect(sniffImageType(Buffer.from("RIFF\x10\0\0\0WEBPVP8 ", "latin1"))).toBe("image/webp");
    expect(sniffImageType(Buffer.from("\0\0\0\x18ftypheic\0\0\0\0", "latin1"))).toBe("image/heic");
  });

  it("rejects anything else, whatever it claims to be", () => {
    expect(sniffImageType(Buffer.from("%PDF-1.7"))).toBeNull();
    expect(sniffImageType(Buffer.from("GIF89a"))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
    expect(sniffImageType(Buffer.from("\0\0\0\x18ftypisom\0\0\0\0", "latin1"))).toBeNull();
  });
});

describe("requestHash", () => {
  it("ignores key order and undefined members", () => {
    expect(requestHash("POST", "/v1/cases", { a: 1, b: [1, { d: 2, c: 3 }], u: undefined })).toBe(
      requestHash("POST", "/v1/cases", { b: [1, { c: 3, d: 2 }], a: 1 }),
    );
    expect(requestHash("POST", "/v1/cases", { a: 1 })).not.toBe(requestHash("POST", "/v1/cases", { a: 2 }));
  });
});

describe.each(databaseTargets)("storage on $name", (target) => {
  let t: TestDatabase;
  let tenantId: string;
  beforeAll(async () => {
    t = await target.open({ max: 20 });
    tenantId = (await createTenant(t.db, { slug: "acme", name: "Acme" })).id;
  });
  afterAll(() => t.drop());

  it("finds a tenant by slug with default settings", async () => {
    expect(await findTenantBySlug(t.db, "acme")).toEqual({
      id: tenantId,
      slug: "acme",
      name: "Acme",
      settings: { timeZone: "UTC", locale: "en", contactChannels: ["email"] },
    });
    expect(await findTenantBySlug(t.db, "nope")).toBeNull();
  });

  it("allows `limit` hits per window, then says how long to wait, then resets", async () => {
    const rule = { limit: 2, windowSeconds: 60 };
    expect(await hitRateLimit(t.db, "ip:1", rule, T0 + 10_000)).toEqual({ allowed: true });
    expect(await hitRateLimit(t.db, "ip:1", rule, T0 + 20_000)).toEqual({ allowed: true });
    expect(await hitRateLimit(t.db, "ip:1", rule, T0 + 30_500)).toEqual({ allowed: false, retryAfter: 30 });
    expect(await hitRateLimit(t.db, "ip:2", rule, T0 + 30_500)).toEqual({ allowed: true });
    expect(await hitRateLimit(t.db, "ip:1", rule, T0 + 60_000)).toEqual({ allowed: true });
  });

  // The work leaves a row per run; only runs whose answer was recorded may leave one behind.
  const effects = async (prefix: string) =>
    (
      await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM rate_limits WHERE bucket LIKE $1", [
        `${prefix}%`,
      ])
    ).rows[0]!.n;
  const recordingWork = (prefix: string) => {
    let runs = 0;
    return async (tx: Queryable) => {
      runs++;
      await tx.query("INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, now(), 1)", [
        `${prefix}${runs}-${Math.random()}`,
      ]);
      return { status: 201, body: { n: runs } };
    };
  };

  it("replays the first answer for the same key and body, refuses a different body", async () => {
    const work = recordingWork("replay:");
    const key = { tenantId, scope: "order:o1", key: "k1", requestHash: "h1", now: iso(T0) };
    expect(await withIdempotency(t.db, key, work)).toEqual({
      kind: "fresh",
      response: { status: 201, bodyText: '{"n":1}' },
    });
    expect(await withIdempotency(t.db, key, work)).toEqual({
      kind: "replayed",
      response: { status: 201, bodyText: '{"n":1}' },
    });
    expect(await withIdempotency(t.db, { ...key, requestHash: "h2" }, work)).toEqual({ kind: "reused" });
    expect(await withIdempotency(t.db, { ...key, scope: "order:o2" }, work)).toMatchObject({ kind: "fresh" });
    expect(await effects("replay:")).toBe(2);
  });

  it("commits the work exactly once for 50 concurrent requests with one key", async () => {
    const work = recordingWork("burst:");
    const key = { tenantId, scope: "order:o1", key: "burst", requestHash: "h", now: iso(T0) };
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => withIdempotency(t.db, key, work)));
    expect(outcomes.filter((o) => o.kind === "fresh")).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === "replayed")).toHaveLength(49);
    expect(new Set(outcomes.map((o) => (o.kind === "reused" ? "" : o.response.bodyText))).size).toBe(1);
    expect(await effects("burst:")).toBe(1);
  });

  it("releases the key when the work fails, so a retry can do it", async () => {
    const key = { tenantId, scope: "order:o1", key: "fails", requestHash: "h", now: iso(T0) };
    await expect(
      withIdempotency(t.db, key, async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await withIdempotency(t.db, key, async () => ({ status: 201, body: 1 }))).toMatchObject({
      kind: "fresh",
    });
  });

  it("stores attachments and lets only their owner claim them once", async () => {
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const a = await saveAttachment(t.db, {
      tenantId,
      owner: "order:o1",
      contentType: "image/jpeg",
      content: jpeg,
      now: iso(T0),
    });
    expect(a).toMatchObject({ caseId: null, bytes: 7, contentType: "image/jpeg" });
    expect(a.sha256).toBe("474ebe266cd7f9ed28807fa3fdfe0c04cdb3cef9313cdda5c08b15910fcc8184");
    expect((await loadAttachment(t.db, tenantId, a.id))?.content).toEqual(jpeg);
    expect(await loadAttachment(t.db, "other-tenant", a.id)).toBeNull();
    expect(await claimAttachments(t.db, { tenantId, owner: "order:o2", caseId: "c1", ids: [a.id] })).toEqual([
      a.id,
    ]);
    expect(await claimAttachments(t.db, { tenantId, owner: "order:o1", caseId: "c1", ids: [a.id] })).toEqual(
      [],
    );
    expect(
      await claimAttachments(t.db, { tenantId, owner: "order:o1", caseId: "c2", ids: [a.id, "att_x"] }),
    ).toEqual([a.id, "att_x"]);
  });

  it("hands each due outbox message to one worker, retries failures later, and reclaims stale locks", async () => {
    await t.db.transaction((tx) =>
      enqueue(
        tx,
        tenantId,
        [
          { topic: "email", payload: { n: 1 } },
          { topic: "email", payload: { n: 2 } },
          { topic: "email", payload: { n: 3 }, notBefore: iso(T0 + 3_600_000) },
        ],
        iso(T0),
      ),
    );
    const [a, b] = await Promise.all([
      claimDue(t.db, { worker: "a", now: iso(T0), limit: 1, leaseMs: 60_000 }),
      claimDue(t.db, { worker: "b", now: iso(T0), limit: 5, leaseMs: 60_000 }),
    ]);
    const all = [...a, ...b];
    expect(all.map((r) => (r.payload as { n: number }).n).sort()).toEqual([1, 2]);
    expect(new Set(all.map((r) => r.id)).size).toBe(2);
    const [first, second] = all;
    await markDelivered(t.db, first!.id, first === a[0] ? "a" : "b", iso(T0));
    await markFailed(t.db, {
      id: second!.id,
      worker: second === a[0] ? "a" : "b",
      error: "smtp down",
      retryAt: iso(T0 + 60_000),
      now: iso(T0),
    });
    expect(await claimDue(t.db, { worker: "c", now: iso(T0 + 30_000), limit: 5, leaseMs: 60_000 })).toEqual(
      [],
    );
    const retried = await claimDue(t.db, { worker: "c", now: iso(T0 + 60_000), limit: 5, leaseMs: 60_000 });
    expect(retried.map((r) => [r.id, r.attempts])).toEqual([[second!.id, 2]]);
    // Worker c dies holding the claim; after the lease another worker takes it again.
    const reclaimed = await claimDue(t.db, {
      worker: "d",
      now: iso(T0 + 121_000),
      limit: 5,
      leaseMs: 60_000,
    });
    expect(reclaimed.map((r) => r.id)).toEqual([second!.id]);
  });
});
