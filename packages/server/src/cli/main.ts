#!/usr/bin/env node
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createDemoStore, demoOrderCredentials, evaluate } from "@aftersales/core";
import { createApiKey, StaffRoleSchema } from "../auth/api-keys.js";
import { systemClock } from "../clock.js";
import { loadConfig, type ServerConfig } from "../config/config.js";
import { seedDemo } from "../demo/seed.js";
import { ServerError } from "../errors.js";
import { createLogger } from "../logger.js";
import { loadWooCommerceAdapter, wooCommerceServerOptions } from "../platforms/woocommerce.js";
import { openDatabase, parseWorkers, serveWorkers, startServer } from "../runtime.js";
import { evaluateCaseSla, loadSlaSetup } from "../sla/setup.js";
import { loadCaseEvents } from "../storage/case-events.js";
import { migrate } from "../storage/migrate.js";
import { findTenantBySlug } from "../storage/tenants.js";
import { casesCsv } from "./csv.js";

const HELP = `aftersales — the Aftersales server

Usage: aftersales <command> [options]

Commands
  serve [--workers <n|auto>] [--demo-orders] [--platform woocommerce]
                                Start the HTTP API with the outbox dispatcher and SLA sweeper
                                (--workers: server processes sharing the port, PostgreSQL only;
                                default 1, auto = one per CPU;
                                --demo-orders: the demo store's orders and actions;
                                --platform woocommerce: the shop in WC_* for the store WC_STORE_SLUG)
  migrate                       Apply database migrations and exit
  demo                          Embedded demo: PGlite in DATA_DIR, demo store, seeded cases, log-only mail
  seed-demo                     Create the demo store and its cases (prints the admin key once)
  create-api-key --store <slug> --role <agent|manager|admin> [--name <text>] [--staff-id <id>]
                [--email <address>] [--display-name <text>]   (SLA alerts go to the email)
  export-csv --store <slug> [--out <file>]      All cases of a store as CSV
  simulate --store <slug> --case <id> [--at <ISO instant>]   SLA evaluation of a case at an instant
  simulate --policy-file <policy.json> --order-file <order.json> --lines <lineId:qty[:reason[:resolution]],…> [--at <instant>]
                                Return policy decision for an order snapshot (no database)

Environment
  PORT (3000), HOST (127.0.0.1), DATABASE_URL (PostgreSQL; default embedded PGlite),
  DATA_DIR (.aftersales), SMTP_URL, SMTP_FROM, PUBLIC_URL, SECRET (>= 32 chars), LOG_LEVEL (info)
`;

function required(value: string | undefined, name: string): string {
  if (!value) throw new ServerError("usage", `--${name} is required (see aftersales --help)`);
  return value;
}

async function withDb<T>(
  config: ServerConfig,
  fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const db = await openDatabase(config);
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Reads or creates a file in the data folder (the demo's generated secret and admin key). */
function dataFile(config: ServerConfig, name: string, create?: () => string): string | null {
  const path = join(config.dataDir, name);
  if (existsSync(path)) return readFileSync(path, "utf8").trim();
  if (!create) return null;
  mkdirSync(config.dataDir, { recursive: true });
  const value = create();
  writeFileSync(path, `${value}\n`, { mode: 0o600 });
  return value;
}

async function demo(config: ServerConfig): Promise<void> {
  const secret = config.secret ?? dataFile(config, "secret", () => randomBytes(32).toString("hex"))!;
  const demoConfig: ServerConfig = { ...config, databaseUrl: config.databaseUrl, secret };
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  const db = await openDatabase(demoConfig);
  await migrate(db);
  const seeded = await seedDemo(db, { now: systemClock.now() });
  if (seeded.adminKey) dataFile(demoConfig, "demo-admin-key", () => seeded.adminKey!);
  const adminKey = dataFile(demoConfig, "demo-admin-key") ?? "(see DATA_DIR/demo-admin-key)";
  const root = fileURLToPath(new URL("../../../", import.meta.url));
  const running = await startServer({
    config: demoConfig,
    logger,
    db,
    orderSource: seeded.store.orderSource,
    actions: seeded.store.actions,
    staticRoots: {
      storefront: join(root, "examples/storefront-html"),
      admin: join(root, "packages/admin/dist"),
    },
  });
  const example = demoOrderCredentials[0]!;
  process.stdout.write(
    [
      "",
      "Aftersales demo is running",
      `  API            ${running.url}/v1  (OpenAPI: ${running.url}/v1/openapi.json)`,
      `  Storefront     ${running.url}/  (examples/storefront-html, when built)`,
      `  Admin console  ${running.url}/admin  (packages/admin, when built)`,
      `  Store          demo (${seeded.tenant.name}), data in ${join(config.dataDir, "pgdata")}`,
      `  Demo order     ${example.number} / ${example.email}`,
      `  Staff API key  ${adminKey}  (admin)`,
      "",
      `  curl -X POST ${running.url}/v1/stores/demo/sessions -H 'content-type: application/json' \\`,
      `    -d '{"orderNumber":"${example.number}","email":"${example.email}"}'`,
      `  curl ${running.url}/v1/staff/cases -H 'authorization: Bearer ${adminKey}'`,
      "",
      "Email is logged, not sent (set SMTP_URL to send). Ctrl-C stops.",
      "",
    ].join("\n"),
  );
  await waitForSignal(running.stop);
}

/** `simulate --policy-file … --order-file … --lines …`: core's policy decision, printed as JSON. */
function simulatePolicy(values: {
  "policy-file"?: string;
  "order-file"?: string;
  lines?: string;
  at?: string;
}): number {
  const read = (path: string | undefined, what: string) => {
    try {
      return JSON.parse(readFileSync(required(path, what), "utf8")) as unknown;
    } catch (error) {
      if (error instanceof ServerError) throw error;
      throw new ServerError("usage", `--${what}: cannot read JSON (${(error as Error).message})`);
    }
  };
  const lines = required(values.lines, "lines")
    .split(",")
    .map((spec) => {
      const [lineId, quantity, reason, resolution] = spec.split(":");
      return {
        lineId,
        quantity: Number(quantity ?? 1),
        ...(reason ? { reason } : {}),
        ...(resolution ? { resolution } : {}),
      };
    });
  const result = evaluate(
    read(values["policy-file"], "policy-file"),
    read(values["order-file"], "order-file"),
    { lines },
    values.at ?? new Date(systemClock.now()).toISOString(),
  );
  if (!result.ok) {
    process.stderr.write(`${result.issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("\n")}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
  return 0;
}

function waitForSignal(stop: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      void stop().finally(resolve);
    };
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
}

/** Runs the CLI with `argv` (without node and script); resolves with the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: [...rest],
    options: {
      store: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      "staff-id": { type: "string" },
      email: { type: "string" },
      "display-name": { type: "string" },
      out: { type: "string" },
      case: { type: "string" },
      at: { type: "string" },
      "policy-file": { type: "string" },
      "order-file": { type: "string" },
      lines: { type: "string" },
      help: { type: "boolean", short: "h" },
      "demo-orders": { type: "boolean" },
      platform: { type: "string" },
      workers: { type: "string" },
    },
    allowPositionals: false,
  });
  if (!command || command === "--help" || command === "-h" || command === "help" || values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const config = loadConfig();
  switch (command) {
    case "serve": {
      const logger = createLogger(config.logLevel);
      const workers = parseWorkers(values.workers);
      if (workers > 1 && !config.databaseUrl) {
        throw new ServerError(
          "usage",
          "--workers above 1 needs PostgreSQL (DATABASE_URL): embedded PGlite's data folder belongs to one process",
        );
      }
      if (values.platform !== undefined && values.platform !== "woocommerce") {
        throw new ServerError(
          "usage",
          `--platform: unknown platform "${values.platform}" (known: woocommerce)`,
        );
      }
      const platform =
        values.platform === "woocommerce"
          ? wooCommerceServerOptions(await loadWooCommerceAdapter(), process.env)
          : undefined;
      const demoStore = values["demo-orders"] ? createDemoStore({ now: systemClock.now() }) : undefined;
      await serveWorkers({
        workers,
        logger,
        // Migrate once before the workers start (they would wait on the migration lock otherwise).
        ...(workers > 1 ? { prepare: () => withDb(config, async () => {}) } : {}),
        start: async (index) => {
          const running = await startServer({
            config,
            logger: workers > 1 ? logger.child({ worker: index }) : logger,
            ...(demoStore ? { orderSource: demoStore.orderSource, actions: demoStore.actions } : {}),
            ...platform,
          });
          if (!demoStore && !platform && index === 0) {
            logger.warn(
              "no order source is plugged in: customers cannot verify orders (embed createServer with an adapter)",
            );
          }
          return running;
        },
      });
      return 0;
    }
    case "migrate":
      return withDb(config, async (db) => {
        const { rows } = await db.query<{ version: number }>(
          "SELECT max(version)::int AS version FROM schema_migrations",
        );
        process.stdout.write(`schema version ${rows[0]?.version ?? 0} (${db.kind})\n`);
        return 0;
      });
    case "demo":
      await demo(config);
      return 0;
    case "seed-demo":
      return withDb(config, async (db) => {
        const seeded = await seedDemo(db, { now: systemClock.now() });
        process.stdout.write(
          seeded.adminKey
            ? `Created store "demo" with ${seeded.cases} cases.\nAdmin API key (shown once): ${seeded.adminKey}\n`
            : `Store "demo" exists already; nothing changed.\n`,
        );
        return 0;
      });
    case "create-api-key":
      return withDb(config, async (db) => {
        const tenant = await findTenantBySlug(db, required(values.store, "store"));
        if (!tenant) throw new ServerError("usage", `No store "${values.store}"`);
        const role = StaffRoleSchema.safeParse(required(values.role, "role"));
        if (!role.success) throw new ServerError("usage", "--role must be agent, manager or admin");
        const { key, id } = await createApiKey(db, {
          tenantId: tenant.id,
          name: values.name ?? `${role.data} key`,
          role: role.data,
          ...(values["staff-id"] ? { staffId: values["staff-id"] } : {}),
          ...(values.email ? { email: values.email } : {}),
          ...(values["display-name"] ? { displayName: values["display-name"] } : {}),
          now: new Date(systemClock.now()).toISOString(),
        });
        process.stdout.write(`${key}\n`);
        process.stderr.write(`Created ${role.data} key ${id} for ${tenant.slug}; it is not shown again.\n`);
        return 0;
      });
    case "export-csv":
      return withDb(config, async (db) => {
        const tenant = await findTenantBySlug(db, required(values.store, "store"));
        if (!tenant) throw new ServerError("usage", `No store "${values.store}"`);
        const csv = await casesCsv(db, tenant.id);
        if (values.out) writeFileSync(values.out, csv);
        else process.stdout.write(csv);
        return 0;
      });
    case "simulate":
      if (values["policy-file"] || values["order-file"]) return simulatePolicy(values);
      return withDb(config, async (db) => {
        const tenant = await findTenantBySlug(db, required(values.store, "store"));
        if (!tenant) throw new ServerError("usage", `No store "${values.store}"`);
        const caseId = required(values.case, "case");
        const events = await loadCaseEvents(db, tenant.id, caseId);
        if (events.length === 0) throw new ServerError("usage", `No case ${caseId} in ${tenant.slug}`);
        const at = values.at ? Date.parse(values.at) : systemClock.now();
        if (Number.isNaN(at)) throw new ServerError("usage", "--at must be an ISO 8601 instant");
        const evaluation = evaluateCaseSla(await loadSlaSetup(db, tenant.id), events, at);
        process.stdout.write(`${JSON.stringify(evaluation, null, 2)}\n`);
        return 0;
      });
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${HELP}`);
      return 2;
  }
}

const isEntry =
  process.argv[1] &&
  fileURLToPath(import.meta.url) === (await import("node:fs")).realpathSync(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = error instanceof ServerError && error.code === "usage" ? 2 : 1;
    },
  );
}
