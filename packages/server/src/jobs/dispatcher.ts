import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";
import type { Db, Queryable } from "../storage/db.js";
import { claimDue, markDelivered, markFailed, type OutboxRow } from "../storage/outbox.js";

/**
 * Handles one outbox message. It runs inside a transaction that also marks the message delivered,
 * so follow-up messages it enqueues on `tx` appear exactly when the message counts as done. Throw
 * to have it retried later. Delivery is at-least-once: a handler must tolerate a repeat.
 */
export type OutboxHandler = (row: OutboxRow, tx: Queryable) => Promise<void>;

/** Options of {@link createDispatcher}. */
export interface DispatcherOptions {
  readonly db: Db;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly handlers: Readonly<Record<string, OutboxHandler>>;
  /** Name of this worker in the lock columns (default: host pid). */
  readonly worker?: string;
  /** Messages claimed per round (default 20). */
  readonly batchSize?: number;
  /** A claim older than this is taken over by another worker (default 5 minutes). */
  readonly leaseMs?: number;
  /** Attempts before a message is given up (default 8). */
  readonly maxAttempts?: number;
}

/** Runs the outbox: claim due messages, hand each to its topic's handler, record the result. */
export interface Dispatcher {
  /** One round; resolves with the number of messages handled (delivered or failed). */
  runOnce(): Promise<number>;
  /** Keeps running rounds every `intervalMs` until {@link stop}. */
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

/** Retry delay after `attempts` failures: 30 s, 1 min, 2 min … capped at 1 hour. */
export function backoffMs(attempts: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

/** Creates an outbox dispatcher. Several may run at once, in one process or many. */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const worker = options.worker ?? `pid-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const maxAttempts = options.maxAttempts ?? 8;
  const log = options.logger.child({ job: "outbox", worker });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  async function handle(row: OutboxRow): Promise<void> {
    const handler = options.handlers[row.topic];
    const now = () => new Date(options.clock.now()).toISOString();
    try {
      if (!handler) throw new Error(`no handler for topic ${row.topic}`);
      await options.db.transaction(async (tx) => {
        await handler(row, tx);
        await markDelivered(tx, row.id, worker, now());
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = row.attempts >= maxAttempts || !handler;
      log.warn(
        { id: row.id, topic: row.topic, attempts: row.attempts, giveUp, err: message },
        "outbox message failed",
      );
      await markFailed(options.db, {
        id: row.id,
        worker,
        error: message,
        retryAt: giveUp ? null : new Date(options.clock.now() + backoffMs(row.attempts)).toISOString(),
        now: now(),
      });
    }
  }

  const runOnce = async (): Promise<number> => {
    const rows = await claimDue(options.db, {
      worker,
      now: new Date(options.clock.now()).toISOString(),
      limit: options.batchSize ?? 20,
      leaseMs: options.leaseMs ?? 300_000,
    });
    for (const row of rows) await handle(row);
    return rows.length;
  };

  return {
    runOnce,
    start(intervalMs = 1000) {
      const tick = () => {
        running = runOnce()
          .catch((error) => log.error({ err: error }, "outbox round failed"))
          .finally(() => {
            if (timer !== undefined) timer = setTimeout(tick, intervalMs);
          });
      };
      timer = setTimeout(tick, 0);
    },
    async stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
