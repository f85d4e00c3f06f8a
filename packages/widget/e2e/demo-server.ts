import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createDispatcher,
  createLogger,
  createTokenSigner,
  jobHandlers,
  loadConfig,
  type MailMessage,
  manualClock,
  migrate,
  openPglite,
  seedDemo,
  startServer,
  type TokenSigner,
} from "@aftersales/server";
import { bundle, widgetRoot } from "../scripts/bundle.js";

/** A running demo: the storefront example page at `url`, the customer API at `url/v1`. */
export interface Demo {
  url: string;
  /** Signs customer tokens as this server does (to forge an expired case link, say). */
  tokens: TokenSigner;
  /** The instant the server's clock stands at, epoch ms. */
  now: number;
  /**
   * Runs the outbox as the server's jobs would (`jobs: false` keeps them from running on their
   * own), with the server's own job handlers, and returns the emails they sent.
   */
  deliverMail(): Promise<MailMessage[]>;
  stop(): Promise<void>;
}

/** A free port on loopback (the OS picks it; it is closed again at once for the server to take). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * What `pnpm demo` runs, in this process and deterministic: PGlite in a temporary folder, core's
 * demo store seeded at `now` on a clock that stays there, no background jobs, on a free loopback
 * port, serving the example page with the widget's production bundle built from the current
 * source (the same build as `dist/cdn`).
 */
export async function startDemo(now: string): Promise<Demo> {
  const dir = mkdtempSync(join(tmpdir(), "aftersales-widget-e2e-"));
  const site = join(dir, "site");
  mkdirSync(site);
  cpSync(join(widgetRoot, "../../examples/storefront-html/index.html"), join(site, "index.html"));
  await bundle({ entry: "src/define.ts", outdir: join(site, "widget") });
  const clock = manualClock(now);
  const db = await openPglite(join(dir, "pgdata"));
  await migrate(db);
  const seeded = await seedDemo(db, { now: clock.now() });
  const port = await freePort();
  const config = loadConfig({
    PORT: String(port),
    HOST: "127.0.0.1",
    // Emails link here: `${PUBLIC_URL}/?case=…&t=…`.
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dir,
    SECRET: "widget-e2e-secret-widget-e2e-secret-0123",
    LOG_LEVEL: "silent",
  });
  const logger = createLogger("silent");
  const tokens = createTokenSigner(config.secret!);
  const sent: MailMessage[] = [];
  const dispatcher = createDispatcher({
    db,
    clock,
    logger,
    handlers: jobHandlers({
      clock,
      tokens,
      publicUrl: config.publicUrl,
      mailer: { send: async (message) => void sent.push(message) },
    }),
  });
  const server = await startServer({
    config,
    logger,
    db,
    clock,
    jobs: false,
    orderSource: seeded.store.orderSource,
    staticRoots: { storefront: site },
  });
  return {
    url: server.url,
    tokens,
    now: clock.now(),
    async deliverMail() {
      // Each round may enqueue the next (case events → emails).
      while ((await dispatcher.runOnce()) > 0);
      return sent.splice(0);
    },
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
