import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseTargets } from "../testing/databases.js";
import { startTestApp, type TestApp } from "../testing/harness.js";
import { sweepSla } from "./sweeper.js";

describe.each(databaseTargets)("SLA sweeper on $name", (target) => {
  let h: TestApp;
  let id: string;
  beforeAll(async () => {
    h = await startTestApp(target);
    const token = await h.session();
    const res = await h.call("POST", "/v1/cases", {
      body: { kind: "inquiry", description: "Do you ship to Austria?" },
      headers: { authorization: `Bearer ${token}`, "idempotency-key": "sla-1" },
    });
    id = ((await res.json()) as { id: string }).id;
  });
  afterAll(() => h.t.drop());

  const row = async () =>
    (
      await h.t.db.query<{ first_response_due_at: string; next_check_at: string | null; sla_state: string }>(
        "SELECT first_response_due_at, next_check_at, sla_state FROM cases WHERE id = $1",
        [id],
      )
    ).rows[0]!;
  const slaEvents = async () => {
    const res = await h.call("GET", `/v1/staff/cases/${id}`, {
      headers: { authorization: `Bearer ${h.keys.agent}` },
    });
    const body = (await res.json()) as {
      events: { type: string; data: { target?: string; dueAt?: string } }[];
    };
    return body.events
      .filter((e) => e.type.startsWith("sla_"))
      .map((e) => [e.type, e.data.target, e.data.dueAt]);
  };

  it("keeps the due instants and the next check on the projection", async () => {
    expect(await row()).toEqual({
      first_response_due_at: "2026-11-24T17:00:00.000Z",
      next_check_at: expect.any(String),
      sla_state: "active",
    });
  });

  it("flags at risk at the next check, the breach after the due instant, and never twice", async () => {
    expect(await sweepSla({ db: h.t.db, clock: h.clock })).toEqual({ checked: 0, flagged: 0 });
    const atRiskAt = (await row()).next_check_at!;
    h.clock.set(Date.parse(atRiskAt) - 1);
    expect(await sweepSla({ db: h.t.db, clock: h.clock })).toEqual({ checked: 0, flagged: 0 });
    h.clock.set(atRiskAt);
    expect(await sweepSla({ db: h.t.db, clock: h.clock })).toEqual({ checked: 1, flagged: 1 });
    expect(await slaEvents()).toEqual([["sla_at_risk", "first_response", "2026-11-24T17:00:00.000Z"]]);
    expect((await row()).next_check_at).toBe("2026-11-24T17:00:00.001Z");
    h.clock.set("2026-11-24T17:00:00.001Z");
    expect(await sweepSla({ db: h.t.db, clock: h.clock })).toEqual({ checked: 1, flagged: 1 });
    h.clock.advance(3_600_000);
    expect(await sweepSla({ db: h.t.db, clock: h.clock })).toEqual({ checked: 0, flagged: 0 });
    expect(await slaEvents()).toEqual([
      ["sla_at_risk", "first_response", "2026-11-24T17:00:00.000Z"],
      ["sla_breached", "first_response", "2026-11-24T17:00:00.000Z"],
    ]);
    expect((await row()).sla_state).toBe("breached");
  });
});
