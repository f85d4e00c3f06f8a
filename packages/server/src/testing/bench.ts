import cluster from "node:cluster";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import autocannon from "autocannon";
import { Hono } from "hono";
import { createServer } from "../http/app.js";
import { createLogger } from "../logger.js";
import { type RunningServer, serveWorkers } from "../runtime.js";
import type { Db } from "../storage/db.js";
import { migrate } from "../storage/migrate.js";
import { openPglite } from "../storage/pglite.js";
import { openPostgres } from "../storage/postgres.js";
import { createTenant } from "../storage/tenants.js";
import { TEST_DATABASE_URL } from "./databases.js";
import { anna, fixedOrderSource } from "./fixtures.js";

/** Serves a fetch handler on loopback (bench and crash tests): a free port unless `port` is given. */
export function listen(
  fetch: (req: Request) => Response | Promise<Response>,
  port = 0,
): Promise<{ url: string; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port, hostname: "127.0.0.1" }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

/** The ceiling of the create-case bench: a Hono route that parses the JSON body and answers 201. */
export function bareApp(): Hono {
  const app = new Hono();
  app.post("/v1/cases", async (c) =>
    c.json({ id: "cas_x", status: "submitted", body: await c.req.json() }, 201),
  );
  return app;
}

/** What one bench server process serves. */
export interface BenchServerSpec {
  /** `bare`: {@link bareApp}; `postgres`: the API on the schema `schema`; `pglite`: in memory. */
  readonly target: "bare" | "postgres" | "pglite";
  readonly port: number;
  /** PostgreSQL only: the migrated schema with the store `acme`. */
  readonly schema?: string;
  /** PostgreSQL pool size per process. */
  readonly pool?: number;
  /** Server processes (PostgreSQL and bare only). */
  readonly workers: number;
}

/**
 * The server side of the create-case bench, run in a process of its own: serves `spec` on
 * loopback with `spec.workers` processes (the same `serveWorkers` as `aftersales serve
 * --workers`), tells the parent process its URL (IPC) once all listen, and stops on SIGTERM.
 * PGlite gets a fresh in-memory database with the store `acme`; PostgreSQL uses the parent's
 * schema. No jobs run: the bench measures the API.
 */
export async function serveBenchTarget(spec: BenchServerSpec, secret: string): Promise<void> {
  const start = async (): Promise<RunningServer> => {
    let db: Db | undefined;
    let fetch: (req: Request) => Response | Promise<Response>;
    if (spec.target === "bare") {
      fetch = bareApp().fetch;
    } else {
      if (spec.target === "postgres") {
        db = await openPostgres(TEST_DATABASE_URL, { searchPath: spec.schema!, max: spec.pool ?? 10 });
      } else {
        db = await openPglite("memory://");
        await migrate(db);
        await createTenant(db, { slug: "acme", name: "Acme", settings: { timeZone: "Europe/Berlin" } });
      }
      fetch = createServer({
        db,
        secret,
        orderSource: fixedOrderSource([anna]),
        limits: { sessionPerIp: { limit: 1e9, windowSeconds: 60 } },
      }).fetch;
    }
    const server = await listen(fetch, spec.port);
    return {
      url: server.url,
      db: db as Db,
      async stop() {
        await server.close();
        await db?.close();
      },
    };
  };
  await serveWorkers({
    workers: spec.target === "pglite" ? 1 : spec.workers,
    logger: createLogger("warn"),
    start,
    onReady: (url) => process.send?.({ url }),
  });
  if (cluster.isPrimary) process.exit(0);
}

/** One load run's figures. */
export interface LoadResult {
  readonly ok: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

/** POSTs `body` to `url` for `seconds` over `connections` connections; `[<id>]` in headers becomes unique. */
export async function loadPost(input: {
  url: string;
  headers: Record<string, string>;
  body: string;
  seconds: number;
  connections: number;
}): Promise<LoadResult> {
  const result = await autocannon({
    url: input.url,
    method: "POST",
    connections: input.connections,
    duration: input.seconds,
    headers: input.headers,
    body: input.body,
    idReplacement: true,
  });
  const ok = result["2xx"];
  return {
    ok,
    rps: ok / input.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}
