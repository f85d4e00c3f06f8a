import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDemoStore, demoOrderCredentials, demoTenant } from "@aftersales/core";
import {
  createApiKey,
  createServer,
  createTenant,
  manualClock,
  migrate,
  openPglite,
} from "@aftersales/server";
import { serve } from "@hono/node-server";

/** The built console the server mounts at `/admin`. */
export const ADMIN_DIST = fileURLToPath(new URL("../dist", import.meta.url));

/** A running demo server for the browser tests. */
export interface DemoServer {
  readonly url: string;
  /** The server's clock: fixed at the start instant, moved only by the test. */
  readonly clock: { now(): number; set(at: number | string): void; advance(ms: number): void };
  readonly agentKey: string;
  readonly managerKey: string;
  /** An admin (`ada`, ada@example.com): the only role that may change members and the alert mailbox. */
  readonly adminKey: string;
  /** A demo order in EUR (number + email) a customer can prove. */
  readonly order: { readonly number: string; readonly email: string };
  /** The first line of `order`, which a refund without named lines is made of. */
  readonly orderLine: { readonly id: string; readonly title: string };
  /** The refunds the demo store's platform made (its activity log), oldest first. */
  refunds(): { amount: number; currency: string }[];
  /** An order and one of its lines, by platform ids, for the policy simulator. */
  readonly simulation: { readonly orderId: string; readonly lineId: string };
  /** Another order, for more cases in the inbox. */
  readonly otherOrders: readonly { readonly number: string; readonly email: string }[];
  /** Calls the API as a customer of `order` (session created on first use). */
  customer(order: { number: string; email: string }): Promise<CustomerClient>;
  stop(): Promise<void>;
}

/** The customer API, as the widget calls it. */
export interface CustomerClient {
  openCase(body: Record<string, unknown>): Promise<{ id: string; status: string }>;
  getCase(id: string): Promise<{ status: string; options?: { id: string; kind: string }[] }>;
  choose(id: string, optionId: string): Promise<{ status: string }>;
}

/**
 * Starts the server from source on loopback with PGlite in a temporary folder, the demo store's
 * orders and platform actions, an agent key (`anna`), a manager key (`mia`) and an admin key (`ada`), serving the console
 * from `dist`. Time is the injected clock, fixed at `start` until the test moves it, so every SLA
 * due instant is known in advance.
 */
export async function startDemoServer(start: string): Promise<DemoServer> {
  const dir = mkdtempSync(join(tmpdir(), "aftersales-admin-e2e-"));
  const db = await openPglite(join(dir, "pgdata"));
  await migrate(db);
  const clock = manualClock(start);
  const store = createDemoStore({ now: start, clock: () => clock.now() });
  const tenant = await createTenant(db, {
    slug: demoTenant.slug,
    name: demoTenant.name,
    settings: { timeZone: demoTenant.timeZone, locale: "en" },
  });
  const now = new Date(clock.now()).toISOString();
  const agentKey = (
    await createApiKey(db, { tenantId: tenant.id, name: "Anna", role: "agent", staffId: "anna", now })
  ).key;
  const managerKey = (
    await createApiKey(db, { tenantId: tenant.id, name: "Mia", role: "manager", staffId: "mia", now })
  ).key;
  const adminKey = (
    await createApiKey(db, {
      tenantId: tenant.id,
      name: "Ada",
      role: "admin",
      staffId: "ada",
      email: "ada@example.com",
      now,
    })
  ).key;
  const app = createServer({
    db,
    secret: "admin-e2e-secret-admin-e2e-secret-0123",
    orderSource: store.orderSource,
    actions: store.actions,
    clock,
    staticRoots: { admin: ADMIN_DIST },
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) =>
    server.listening ? resolve() : server.once("listening", () => resolve()),
  );
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const eur = store.orders().filter((o) => o.currency === "EUR");
  const credential = (number: string) => {
    const found = demoOrderCredentials.find((c) => c.number === number);
    if (!found) throw new Error(`no credentials for ${number}`);
    return { number: found.number, email: found.email };
  };
  const [first, ...rest] = eur.map((o) => credential(o.number));
  if (!first) throw new Error("the demo store has no EUR order");

  // biome-ignore lint/suspicious/noExplicitAny: JSON answers checked by the tests that read them
  async function call(path: string, init: RequestInit & { token?: string } = {}): Promise<any> {
    const response = await fetch(`${url}${path}`, {
      ...init,
      headers: {
        "content-type": "application/json",
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.headers as Record<string, string>),
      },
    });
    const body = await response.json();
    if (!response.ok)
      throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${JSON.stringify(body)}`);
    return body;
  }

  const simulated = eur[0];
  const line =
    simulated?.lines.find((l) => l.refundableQuantity > 0 && !l.flags?.giftCard) ?? simulated?.lines[0];
  if (!simulated || !line) throw new Error("the demo store has no order to simulate");
  const firstLine = eur[0]?.lines[0];
  if (!firstLine) throw new Error("the demo store's first EUR order has no lines");
  return {
    url,
    clock,
    orderLine: { id: firstLine.id, title: firstLine.title },
    refunds: () =>
      store
        .activity()
        .flatMap((a) =>
          a.action === "refund"
            ? [{ amount: a.result.amount.amount, currency: a.result.amount.currency }]
            : [],
        ),
    simulation: { orderId: simulated.id, lineId: line.id },
    agentKey,
    managerKey,
    adminKey,
    order: first,
    otherOrders: rest,
    async customer(order) {
      const session = await call(`/v1/stores/${demoTenant.slug}/sessions`, {
        method: "POST",
        body: JSON.stringify({ orderNumber: order.number, email: order.email }),
      });
      const token: string = session.token;
      return {
        openCase: (body) =>
          call("/v1/cases", {
            method: "POST",
            token,
            headers: { "idempotency-key": `e2e-${crypto.randomUUID()}` },
            body: JSON.stringify(body),
          }),
        getCase: (id) => call(`/v1/cases/${encodeURIComponent(id)}`, { token }),
        choose: (id, optionId) =>
          call(`/v1/cases/${encodeURIComponent(id)}/choice`, {
            method: "POST",
            token,
            body: JSON.stringify({ optionId }),
          }),
      };
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
