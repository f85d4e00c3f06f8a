import cluster, { type Worker } from "node:cluster";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { OrderSource } from "@aftersales/core";
import { type ServerType, serve } from "@hono/node-server";
import { type Clock, systemClock } from "./clock.js";
import { browserHost, type ServerConfig } from "./config/config.js";
import { ServerError } from "./errors.js";
import { type CreateServerOptions, createServer } from "./http/app.js";
import type { JobDeps } from "./jobs/handlers.js";
import { logMailer, type Mailer, smtpMailer } from "./jobs/mailer.js";
import { startJobs } from "./jobs/start.js";
import type { Logger } from "./logger.js";
import type { OrderSourceResolver } from "./ports.js";
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
  /** What the jobs do with a verified platform webhook (see {@link JobDeps.onPlatformEvent}). */
  readonly onPlatformEvent?: JobDeps["onPlatformEvent"];
}

/** A started server and how to stop it cleanly. */
export interface RunningServer {
  readonly url: string;
  readonly db: Db;
  stop(): Promise<void>;
}

/**
 * Opens and migrates the database, starts the HTTP server on the configured port and, unless
 * `jobs: false`, the background jobs ({@link startJobs}: outbox dispatcher, SLA sweeper, pruning),
 * with the platform actions so return actions are mirrored on the platform.
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
  const jobs =
    options.jobs === false
      ? undefined
      : startJobs({
          db,
          clock,
          logger,
          mailer,
          secret: config.secret,
          publicUrl: config.publicUrl,
          ...(options.actions ? { actions: options.actions } : {}),
          ...(options.onPlatformEvent ? { onPlatformEvent: options.onPlatformEvent } : {}),
        });
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) =>
      resolve({ server: s, port: info.port }),
    );
  });
  const url = `http://${browserHost(config.host)}:${port}`;
  logger.info({ url }, "listening");
  return {
    url,
    db,
    async stop() {
      await jobs?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mailer.close?.();
      await db.close();
    },
  };
}

/**
 * Reads `--workers`: a whole number of server processes from 1 to 64, or `auto` for one per CPU
 * (`os.availableParallelism()`). Absent: 1, a single process.
 */
export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return 1;
  if (value === "auto") return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new ServerError("usage", `--workers must be a whole number from 1 to 64, or auto (got "${value}")`);
  }
  return n;
}

/** What {@link serveWorkers} needs. */
export interface WorkersOptions {
  /** Server processes; 1 serves in this process without forking. */
  readonly workers: number;
  readonly logger: Logger;
  /** Starts one process's server; `index` runs from 0 and a restarted process keeps its index. */
  readonly start: (index: number) => Promise<RunningServer>;
  /** Runs once in the primary process before any worker starts (migrations, checks). */
  readonly prepare?: () => Promise<void>;
  /** Called once every process listens, with the URL. */
  readonly onReady?: (url: string) => void;
  /** How long in-flight requests may take to finish at shutdown before a process is killed (30 s). */
  readonly shutdownTimeoutMs?: number;
}

const WORKER_INDEX = "AFTERSALES_WORKER_INDEX";
type WorkerMessage = { type: "aftersales:listening"; url: string } | { type: "aftersales:stop" };

function onStopSignal(stop: () => void): void {
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/**
 * Serves until SIGINT or SIGTERM, then stops gracefully (no new connections, in-flight requests
 * answered, jobs and database closed) and resolves. With several workers, node:cluster forks that
 * many processes of the same program sharing one port (the primary hands out connections in
 * turn); the primary only supervises: it restarts a worker that dies after it started listening,
 * gives up (rejects) when one dies before, and at shutdown waits for every worker to stop,
 * killing those still busy after `shutdownTimeoutMs`. The program calls this function in the
 * primary and in every worker alike.
 */
export async function serveWorkers(options: WorkersOptions): Promise<void> {
  if (options.workers <= 1 && cluster.isPrimary) {
    await options.prepare?.();
    const running = await options.start(0);
    options.onReady?.(running.url);
    await new Promise<void>((resolve) => onStopSignal(resolve));
    await running.stop();
    return;
  }
  if (cluster.isWorker) return runWorker(options);
  return runPrimary(options);
}

async function runWorker(options: WorkersOptions): Promise<void> {
  const index = Number(process.env[WORKER_INDEX] ?? 0);
  let running: RunningServer;
  try {
    running = await options.start(index);
  } catch (error) {
    // The IPC channel would keep this process alive: exit so the primary sees the failure.
    options.logger.error({ err: error, worker: index }, "worker failed to start");
    process.exit(1);
  }
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= running.stop();
    return stopping;
  };
  // Ctrl-C reaches every process of the group; the primary's stop message covers `kill <primary>`.
  await new Promise<void>((resolve) => {
    onStopSignal(resolve);
    process.on("message", (m: WorkerMessage) => {
      if (m?.type === "aftersales:stop") resolve();
    });
    process.send?.({ type: "aftersales:listening", url: running.url } satisfies WorkerMessage);
  });
  await stop();
  // Closing the IPC channel lets the process end once the server and pool have closed.
  cluster.worker?.disconnect();
}

async function runPrimary(options: WorkersOptions): Promise<void> {
  const { logger } = options;
  await options.prepare?.();
  const live = new Map<number, Worker>();
  const ready = new Set<number>();
  /** Indexes that listened at least once: such a worker is restarted when it dies. */
  const started = new Set<number>();
  let stopping = false;
  let announced = false;
  return new Promise<void>((resolve, reject) => {
    let failure: Error | undefined;
    const finishIfDone = () => {
      if (stopping && live.size === 0) {
        if (failure) reject(failure);
        else resolve();
      }
    };
    const stopAll = () => {
      if (stopping) return;
      stopping = true;
      logger.info({ workers: live.size }, "stopping workers");
      const timeout = options.shutdownTimeoutMs ?? 30_000;
      for (const worker of live.values()) {
        worker.send({ type: "aftersales:stop" } satisfies WorkerMessage);
        setTimeout(() => {
          if (!worker.isDead()) {
            logger.warn({ pid: worker.process.pid }, "worker still busy at the shutdown deadline: killed");
            worker.process.kill("SIGKILL");
          }
        }, timeout).unref();
      }
      finishIfDone();
    };
    const fork = (index: number) => {
      const worker = cluster.fork({ [WORKER_INDEX]: String(index) });
      live.set(index, worker);
      worker.on("message", (m: WorkerMessage) => {
        if (m?.type !== "aftersales:listening") return;
        ready.add(index);
        started.add(index);
        if (!announced && ready.size === options.workers) {
          announced = true;
          logger.info({ url: m.url, workers: options.workers }, "all workers listening");
          options.onReady?.(m.url);
        }
      });
      worker.on("exit", (code, signal) => {
        live.delete(index);
        if (stopping) return finishIfDone();
        if (!started.has(index)) {
          failure = new ServerError(
            "worker_failed",
            `worker ${index} exited before it listened (code ${code})`,
          );
          logger.error({ index, code, signal }, "worker failed to start: stopping");
          stopAll();
          return;
        }
        ready.delete(index);
        logger.error({ index, code, signal }, "worker died: restarting it");
        setTimeout(() => {
          if (!stopping) fork(index);
        }, 1000).unref();
      });
    };
    onStopSignal(stopAll);
    for (let i = 0; i < options.workers; i++) fork(i);
  });
}
