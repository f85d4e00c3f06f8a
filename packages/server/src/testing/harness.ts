import type { OrderSnapshot } from "@aftersales/core";
import { createApiKey, type StaffRole } from "../auth/api-keys.js";
import { manualClock } from "../clock.js";
import { type CreateServerOptions, createServer } from "../http/app.js";
import { createTenant, type Tenant } from "../storage/tenants.js";
import type { DatabaseTarget, TestDatabase } from "./databases.js";
import { anna, bo, fixedOrderSource } from "./fixtures.js";

/** The secret of test servers. */
export const TEST_SECRET = "test-secret-test-secret-test-secret!";

/** A running app over a fresh database with one store, its orders and staff keys. */
export interface TestApp {
  readonly t: TestDatabase;
  readonly app: ReturnType<typeof createServer>;
  readonly clock: ReturnType<typeof manualClock>;
  readonly tenant: Tenant;
  readonly otherTenant: Tenant;
  readonly keys: Record<StaffRole, string>;
  readonly otherKey: string;
  /** `app.request` with JSON encoding of `body`. */
  call(
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
  /** A session token for an order (number + email). */
  session(orderNumber?: string, email?: string, store?: string): Promise<string>;
}

/** Opens a database on `target` and builds an app with a store `acme` and a second store `other`. */
export async function startTestApp(
  target: DatabaseTarget,
  options: { orders?: readonly OrderSnapshot[]; overrides?: Partial<CreateServerOptions>; max?: number } = {},
): Promise<TestApp> {
  const t = await target.open({ max: options.max ?? 10 });
  const clock = manualClock("2026-11-23T09:00:00.000Z");
  const tenant = await createTenant(t.db, {
    slug: "acme",
    name: "Acme Apparel",
    settings: { timeZone: "Europe/Berlin" },
  });
  const otherTenant = await createTenant(t.db, { slug: "other", name: "Other Shop" });
  const now = new Date(clock.now()).toISOString();
  const keys = {
    agent: (
      await createApiKey(t.db, { tenantId: tenant.id, name: "agent", role: "agent", staffId: "agent-1", now })
    ).key,
    manager: (
      await createApiKey(t.db, { tenantId: tenant.id, name: "mgr", role: "manager", staffId: "mgr-1", now })
    ).key,
    admin: (
      await createApiKey(t.db, { tenantId: tenant.id, name: "admin", role: "admin", staffId: "admin-1", now })
    ).key,
  };
  const otherKey = (
    await createApiKey(t.db, { tenantId: otherTenant.id, name: "other", role: "admin", staffId: "o-1", now })
  ).key;
  const source = fixedOrderSource(options.orders ?? [anna, bo]);
  const app = createServer({
    db: t.db,
    secret: TEST_SECRET,
    orderSource: source,
    clock,
    ...options.overrides,
  });
  const call: TestApp["call"] = async (method, path, o = {}) =>
    app.request(path, {
      method,
      headers: {
        ...(o.body === undefined ? {} : { "content-type": "application/json" }),
        ...o.headers,
      },
      ...(o.body === undefined ? {} : { body: typeof o.body === "string" ? o.body : JSON.stringify(o.body) }),
    });
  const session: TestApp["session"] = async (
    orderNumber = "#1001",
    email = "anna@example.de",
    store = "acme",
  ) => {
    const res = await call("POST", `/v1/stores/${store}/sessions`, { body: { orderNumber, email } });
    if (res.status !== 201) throw new Error(`session failed: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { token: string }).token;
  };
  return { t, app, clock, tenant, otherTenant, keys, otherKey, call, session };
}
