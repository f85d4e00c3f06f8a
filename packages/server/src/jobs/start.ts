import type { AfterSalesActions } from "@aftersales/core";
import { createTokenSigner } from "../auth/tokens.js";
import { type Clock, systemClock } from "../clock.js";
import type { Logger } from "../logger.js";
import type { ActionsResolver } from "../ports.js";
import { sweepSla } from "../sla/sweeper.js";
import type { Db } from "../storage/db.js";
import { createDispatcher, type OutboxHandler } from "./dispatcher.js";
import { type JobDeps, jobHandlers } from "./handlers.js";
import type { Mailer } from "./mailer.js";
import { pruneExpired } from "./prune.js";

/** What {@link startJobs} needs. */
export interface StartJobsOptions {
  /** A migrated database. */
  readonly db: Db;
  readonly clock?: Clock;
  readonly logger: Logger;
  readonly mailer: Mailer;
  /** Signs the case links in shopper emails (the server's `SECRET`). */
  readonly secret: string;
  /** Public base URL of the server (links in emails). */
  readonly publicUrl: string;
  /**
   * The platform actions of every store, or one per store (as `createServer({ actions })` takes):
   * returns opened, approved or declined here are mirrored on the platform.
   */
  readonly actions?: AfterSalesActions | ActionsResolver;
  /** What to do with a verified platform webhook (see {@link JobDeps.onPlatformEvent}). */
  readonly onPlatformEvent?: JobDeps["onPlatformEvent"];
  /** Handlers of extra outbox topics (for example `privacy.data_export`), next to the server's own. */
  readonly handlers?: Readonly<Record<string, OutboxHandler>>;
}

/** Running jobs and how to stop them. */
export interface RunningJobs {
  /** Stops the timers and waits for the current outbox round; the mailer and database stay open. */
  stop(): Promise<void>;
}

/**
 * Starts the background jobs of a process: the outbox dispatcher (every second: shopper and staff
 * emails, outgoing webhooks, follow-ups, platform webhooks, platform returns and any extra topics)
 * and the SLA sweeper with pruning (every 30 seconds). Several processes may run them at once.
 */
export function startJobs(options: StartJobsOptions): RunningJobs {
  const { db, logger } = options;
  const clock = options.clock ?? systemClock;
  const given = options.actions;
  const actions: ActionsResolver | undefined =
    given === undefined ? undefined : typeof given === "function" ? given : () => given;
  const dispatcher = createDispatcher({
    db,
    clock,
    logger,
    handlers: {
      ...options.handlers,
      ...jobHandlers({
        clock,
        mailer: options.mailer,
        tokens: createTokenSigner(options.secret),
        publicUrl: options.publicUrl,
        ...(options.onPlatformEvent ? { onPlatformEvent: options.onPlatformEvent } : {}),
        ...(actions ? { actions } : {}),
      }),
    },
  });
  dispatcher.start(1000);
  const sweep = () =>
    sweepSla({ db, clock, logger })
      .then(() => pruneExpired(db, clock))
      .catch((error) => logger.error({ err: error }, "SLA sweep or pruning failed"));
  const sweeper = setInterval(sweep, 30_000);
  return {
    async stop() {
      clearInterval(sweeper);
      await dispatcher.stop();
    },
  };
}
