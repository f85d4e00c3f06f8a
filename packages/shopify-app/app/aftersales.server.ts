import type { OrderSource } from "@aftersales/core";
import {
  createApiKey,
  createLogger,
  createServer,
  DATA_EXPORT_TOPIC,
  type Db,
  dataExportHandler,
  logMailer,
  migrate,
  openPostgres,
  smtpMailer,
  startJobs,
} from "@aftersales/server";
import {
  type AdminApiClient,
  createAdminApiClient,
  createAppProxyHandler,
  createShopActions,
  createShopifyCaseSync,
  createShopifyOrderSource,
  createShopifyWebhookVerifier,
  createWebhookHandler,
  ensureShopTenant,
  findShopTenant,
  grantedScopes,
  type ShopGrant,
  shopDomain,
} from "../src/index";
import { env } from "./env.server";
import { sessionStorage } from "./shopify.server";

/**
 * The Aftersales side of the app, in the same process as the Shopify shell (one deployment): the
 * server's API at /v1, the webhook endpoint, the app proxy, staff keys for the embedded console,
 * and the server's jobs (emails, SLA alerts, follow-ups, returns mirrored in Shopify, data exports).
 */
async function start() {
  const db: Db = await openPostgres(env.DATABASE_URL);
  await migrate(db);

  async function offlineSession(shop: string) {
    const sessions = await sessionStorage.findSessionsByShop(shop);
    const session = sessions.find((s) => !s.isOnline);
    return session?.accessToken ? { accessToken: session.accessToken, scope: session.scope } : null;
  }

  async function clientFor(shop: string): Promise<AdminApiClient> {
    const session = await offlineSession(shop);
    if (!session) throw new Error(`No offline session for ${shop}; open the app in the admin once`);
    return createAdminApiClient({ shop, accessToken: session.accessToken });
  }

  // The offline token and the scopes the merchant granted with it (the session records them;
  // an older session without them asks Shopify).
  async function grant(shop: string): Promise<ShopGrant | null> {
    const session = await offlineSession(shop);
    if (!session) return null;
    const scopes = session.scope
      ? session.scope.split(",").map((s) => s.trim())
      : ((await grantedScopes(createAdminApiClient({ shop, accessToken: session.accessToken }))) ?? []);
    return { accessToken: session.accessToken, scopes };
  }
  // Staff refunds, store credit, coupons and order notes go to the tenant's shop with its token.
  const shopActions = createShopActions({ db, grant });
  // The capability flags (and so the return mirroring in the jobs) need each shop's scopes: read
  // them for the shops known at start.
  const { rows: shops } = await db.query<{ slug: string }>("SELECT slug FROM tenants");
  await Promise.allSettled(shops.map((t) => shopActions.refresh(shopDomain(t.slug))));

  // One source per shop; the Admin API client is made when a lookup needs it.
  const orderSource = (shop: string): OrderSource => ({
    platform: "shopify",
    getOrder: async (id) => createShopifyOrderSource({ client: await clientFor(shop) }).getOrder(id),
    findOrder: async (query) => createShopifyOrderSource({ client: await clientFor(shop) }).findOrder(query),
  });

  const api = createServer({
    db,
    secret: env.AFTERSALES_SECRET,
    orderSource: (tenant) => orderSource(shopDomain(tenant.slug)),
    actions: shopActions.resolve,
    publicUrl: env.SHOPIFY_APP_URL,
  });

  // The outbox dispatcher, SLA sweeper and pruning: shopper and staff emails, follow-ups, returns
  // opened, approved or declined here mirrored in Shopify, and customer data requests mailed to
  // the store's managers (`staffEmail`).
  const logger = createLogger(process.env.LOG_LEVEL ?? "info");
  const mailer = env.SMTP_URL ? smtpMailer(env.SMTP_URL, env.SMTP_FROM) : logMailer(logger);
  const jobs = startJobs({
    db,
    logger,
    mailer,
    secret: env.AFTERSALES_SECRET,
    publicUrl: env.SHOPIFY_APP_URL,
    actions: shopActions.resolve,
    handlers: { [DATA_EXPORT_TOPIC]: dataExportHandler({ mailer, logger }) },
  });

  // Returns, refunds and fulfilments in Shopify change the cases that follow them (docs/shopify.md).
  const caseSync = createShopifyCaseSync({
    db,
    orders: (tenant) => orderSource(shopDomain(tenant.slug)),
    onResults: (event, mapping, results) => {
      const ignored = "ignored" in mapping ? [mapping.ignored] : [];
      for (const result of results) {
        if (result.outcome === "ignored")
          ignored.push(`${result.fact}: ${result.reason} — ${result.message}`);
      }
      if (ignored.length > 0) console.info("webhook", event.deliveryId, ignored.join("; "));
    },
  });

  const webhooks = createWebhookHandler({
    verifier: createShopifyWebhookVerifier({ secret: env.SHOPIFY_API_SECRET }),
    db,
    onEvent: async (event, tenant) => {
      await caseSync(event, tenant);
    },
    onScopesUpdate: async (shop, scopes) => {
      // The merchant changed the grant: the offline session records it, and the capability
      // flags the console shows are read again from it.
      const sessions = await sessionStorage.findSessionsByShop(shop);
      for (const session of sessions.filter((s) => !s.isOnline)) {
        session.scope = scopes.join(",");
        await sessionStorage.storeSession(session);
      }
      await shopActions.refresh(shop);
    },
    onUninstalled: async (shop) => {
      // Shopify may send app/uninstalled more than once: deleting no sessions is fine.
      const sessions = await sessionStorage.findSessionsByShop(shop);
      await sessionStorage.deleteSessions(sessions.map((s) => s.id));
      shopActions.forget(shop);
    },
    onDataRequest: async (shop, subject, cases) => {
      // The merchant answers the shopper: the export goes to the store's team by mail.
      const tenant = await findShopTenant(db, shop);
      if (!tenant) return;
      await db.query(
        "INSERT INTO outbox (id, tenant_id, topic, payload, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, now(), now())",
        [
          `out_${crypto.randomUUID()}`,
          tenant.id,
          DATA_EXPORT_TOPIC,
          JSON.stringify({ shop, subject, cases }),
        ],
      );
    },
    onError: (error, event) => console.error("webhook processing failed", event.topic, error),
  });
  // Deliveries accepted before a restart but not processed yet.
  void webhooks.drain();
  // Deliveries whose processing failed for a reason that passes (Shopify did not give the order,
  // a refund a staff action had not recorded yet) are tried again every few minutes; deliveries
  // younger than that are left to the processing that is running now.
  const RETRY_MS = 5 * 60_000;
  setInterval(() => {
    const receivedBefore = new Date(Date.now() - RETRY_MS).toISOString();
    webhooks.drain({ receivedBefore }).catch((error) => console.error("webhook drain failed", error));
  }, RETRY_MS).unref();

  const proxy = createAppProxyHandler({
    secret: env.SHOPIFY_API_SECRET,
    api: (request) => api.fetch(request),
    orderSource,
  });

  // Staff keys minted for Shopify admin users, so the console's requests reach the staff API.
  const staffKeys = new Map<string, string>();
  async function staffKey(shop: string, userId: string): Promise<string> {
    // The console asks GET /v1/staff/me for capability flags: show the scopes granted right now.
    await shopActions.refresh(shop);
    const cacheKey = `${shop}:${userId}`;
    const known = staffKeys.get(cacheKey);
    if (known) return known;
    const tenant = await ensureShopTenant(db, shop);
    const name = `shopify-admin:${userId}`;
    const now = new Date().toISOString();
    // Keys are kept in memory only: a restart mints a new one and revokes the previous.
    await db.query(
      "UPDATE api_keys SET revoked_at = $3 WHERE tenant_id = $1 AND name = $2 AND revoked_at IS NULL",
      [tenant.id, name, now],
    );
    const created = await createApiKey(db, {
      tenantId: tenant.id,
      name,
      role: "admin",
      staffId: `shopify:${userId}`,
      now,
    });
    staffKeys.set(cacheKey, created.key);
    return created.key;
  }

  return {
    db,
    api,
    jobs,
    webhooks,
    proxy,
    staffKey,
    install: async (shop: string) => {
      await ensureShopTenant(db, shop);
      await shopActions.refresh(shop);
    },
  };
}

let started: ReturnType<typeof start> | undefined;
/** The app's Aftersales services, started once per process. */
export function aftersales(): ReturnType<typeof start> {
  started ??= start();
  return started;
}
