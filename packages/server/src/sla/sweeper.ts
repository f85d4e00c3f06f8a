import { dueSlaEvents, nextSlaCheckAt } from "@aftersales/core";
import { runCaseCommand } from "../cases/service.js";
import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";
import { loadCaseEvents } from "../storage/case-events.js";
import type { Db } from "../storage/db.js";
import { evaluateCaseSla, loadSlaSetup } from "./setup.js";

/** What one sweep did. */
export interface SweepReport {
  /** Cases looked at. */
  readonly checked: number;
  /** `sla_at_risk` / `sla_breached` events recorded. */
  readonly flagged: number;
}

/**
 * Records `sla_at_risk` and `sla_breached` events for cases whose next SLA check is due. Cases are
 * claimed with `FOR UPDATE SKIP LOCKED` and their check pushed out by `leaseMs`, so sweepers on
 * several servers split the work; appends go through the case's `seq` (a racing writer makes the
 * sweeper re-decide once), and core lists each flag at most once per cycle, so a repeat is harmless.
 */
export async function sweepSla(
  deps: { db: Db; clock: Clock; logger?: Logger },
  options: { limit?: number; leaseMs?: number } = {},
): Promise<SweepReport> {
  const now = deps.clock.now();
  const nowIso = new Date(now).toISOString();
  const { rows } = await deps.db.query<{ tenant_id: string; id: string }>(
    `UPDATE cases SET next_check_at = $2
     WHERE (tenant_id, id) IN (
       SELECT tenant_id, id FROM cases WHERE next_check_at <= $1
       ORDER BY next_check_at LIMIT $3 FOR UPDATE SKIP LOCKED
     )
     RETURNING tenant_id, id`,
    [nowIso, new Date(now + (options.leaseMs ?? 60_000)).toISOString(), options.limit ?? 100],
  );
  let flagged = 0;
  for (const row of rows) {
    const setup = await loadSlaSetup(deps.db, row.tenant_id);
    const events = await loadCaseEvents(deps.db, row.tenant_id, row.id);
    const evaluation = evaluateCaseSla(setup, events, now, deps.logger);
    if (!evaluation) continue;
    const due = dueSlaEvents(evaluation);
    for (const event of due) {
      const outcome = await runCaseCommand(
        deps.db,
        {
          tenantId: row.tenant_id,
          caseId: row.id,
          command: {
            type: event.type === "sla_at_risk" ? "mark_sla_at_risk" : "mark_sla_breached",
            target: event.target,
            dueAt: event.dueAt,
          },
          actor: { type: "system" },
          now: nowIso,
        },
        { retryOnConflict: true },
      );
      if (outcome.ok) flagged++;
    }
    if (due.length === 0) {
      await deps.db.query("UPDATE cases SET next_check_at = $3 WHERE tenant_id = $1 AND id = $2", [
        row.tenant_id,
        row.id,
        nextSlaCheckAt(evaluation),
      ]);
    }
  }
  return { checked: rows.length, flagged };
}
