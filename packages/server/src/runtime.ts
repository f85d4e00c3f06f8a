import { join } from "node:path";
import type { OrderSource } from "@aftersales/core";
import { type ServerType, serve } from "@hono/node-server";
import { createTokenSigner } from "./auth/tokens.js";
import { type Clock, systemClock } from "./clock.js";
import type { ServerConfig } from "./config/config.js";
import { ServerError } from "./errors.js";
import { type CreateServerOptions, createServer } from "./http/app.js";
import { createDispatcher, type Dispatcher } from "./jobs/dispatcher.js";
import { jobHandlers } from "./jobs/handlers.js";
import { logMailer, type Mailer, smtpMailer } from "./jobs/mailer.js";
import { pruneExpired } from "./jobs/prune.js";
import type { Logger } from "./logger.js";
import type { OrderSourceResolver } from "./ports.js";
import { sweepSla } from "./sla/sweeper.js";
import type { Db } from "./storage/db.js";
import { migrate } from "./storage/migrate.js";
import { openPglite } from "./storage/pglite.js";
import { openPostgres } from "./storage/postgres.js";

/** Opens the configured database: PostgreSQL when `DATABASE_URL` is set, else PGlite in `DATA_DIR/pgdata`. */
export async function openDatabase(config: Pick<ServerConfig, "databaseUrl" | "dataDir">): Promise<Db> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(join(config.dataDir, "pgdata"));
}

/** An order source for servers started without an adapter: every lookup is `unavailable`. */
export const noOrderSource: OrderSource = {
  platform: "none",
  getOrder: async () => ({
    ok: false,
    reason: "unavailable",
    retryable: false,
    message: "no order source configured",
  }),
  findOrder: async () => ({
    ok: false,
    reason: "unavailable",
    retryable: false,
    message: "no order source configured",
  }),
};

/** What {@link startServer} needs besides the configuration. */
export interface StartOptions {
  readonly config: ServerConfig;
  readonly logger: Logger;
  readonly db?: Db;
  readonly orderSource?: OrderSource | OrderSourceResolver;
  readonly mailer?: Mailer;
  readonly clock?: Clock;
  /** Run the outbox dispatcher and SLA sweeper in this process (default true). */
  readonly jobs?: boolean;
  readonly staticRoots?: CreateServerOptions["staticRoots"];
  /** The platform actions of the stores (see {@link CreateServerOptions.actions}). */
  readonly actions?: CreateServerOptions["actions"];
  /** Verifies platform-signed customer identities. */
  readonly verifyIdentity?: CreateServerOptions["verifyIdentity"];
  /** Platform webhook verifiers by platform name. */
  readonly webhookVerifiers?: CreateServerOptions["webhookVerifiers"];
}

/** A started server and how to stop it cleanly. */
export interface RunningServer {
  readonly url: string;
  readonly db: Db;
  stop(): Promise<void>;
}

/**
 * Opens and migrates the database, starts the HTTP server on the configured port and, unless
 * `jobs: false`, the outbox dispatcher (every second) and the SLA sweeper (every 30 seconds).
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config, logger } = options;
  if (!config.secret) throw new ServerError("invalid_config", "SECRET is required to sign customer tokens");
  const db = options.db ?? (await openDatabase(config));
  const report = await migrate(db);
  logger.info({ applied: report.applied, version: report.version, storage: db.kind }, "database ready");
  const clock = options.clock ?? systemClock;
  const app = createServer({
    db,
    secret: config.secret,
    orderSource: options.orderSource ?? noOrderSource,
    clock,
    logger,
    publicUrl: config.publicUrl,
    ...(options.staticRoots ? { staticRoots: options.staticRoots } : {}),
    ...(options.actions ? { actions: options.actions } : {}),
    ...(options.verifyIdentity ? { verifyIdentity: options.verifyIdentity } : {}),
    ...(options.webhookVerifiers ? { webhookVerifiers: options.webhookVerifiers } : {}),
  });
  const mailer =
    options.mailer ?? (config.smtpUrl ? smtpMailer(config.smtpUrl, config.smtpFrom) : logMailer(logger));
  let dispatcher: Dispatcher | undefined;
  let sweeper: NodeJS.Timeout | undefined;
  if (options.jobs !== false) {
    dispatcher = createDispatcher({
      db,
      clock,
      logger,
      handlers: jobHandlers({
        clock,
        mailer,
        tokens: createTokenSigner(config.secret),
        publicUrl: config.publicUrl,
      }),
    });
    dispatcher.start(1000);
    const sweep = () =>
      sweepSla({ db, clock, logger })
        .then(() => pruneExpired(db, clock))
        .catch((error) => logger.error({ err: error }, "SLA sweep or pruning failed"));
    sweeper = setInterval(sweep, 30_000);
  }
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) =>
      resolve({ server: s, port: info.port }),
    );
  });
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;
  logger.info({ url }, "listening");
  return {
    url,
    db,
    async stop() {
      if (sweeper) clearInterval(sweeper);
      await dispatcher?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mailer.close?.();
      await db.close();
    },
  };
}
