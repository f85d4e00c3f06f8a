import { existsSync } from "node:fs";
import { type AfterSalesActions, type OrderSource, toIssues } from "@aftersales/core";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { createTokenSigner } from "../auth/tokens.js";
import { type Clock, systemClock } from "../clock.js";
import { ServerError } from "../errors.js";
import { createLogger, type Logger } from "../logger.js";
import type { ActionsResolver, OrderSourceResolver } from "../ports.js";
import { MAX_ATTACHMENT_BYTES } from "../storage/attachments.js";
import type { Db } from "../storage/db.js";
import type { AppEnv } from "./env.js";
import { Problem, ProblemType, problemResponse } from "./problem.js";
import { registerAttachmentRoutes } from "./routes/attachments.js";
import { registerCustomerCaseRoutes } from "./routes/customer-cases.js";
import { registerMeRoutes } from "./routes/me.js";
import { registerStaffActionRoutes } from "./routes/staff-actions.js";
import { registerStaffAnalyticsRoutes } from "./routes/staff-analytics.js";
import { registerStaffCaseRoutes } from "./routes/staff-cases.js";
import { registerStaffDirectoryRoutes } from "./routes/staff-directory.js";
import { registerStaffSettingsRoutes } from "./routes/staff-settings.js";
import { registerStaffSlaRoutes } from "./routes/staff-sla.js";
import { registerStaffWebhookRoutes } from "./routes/staff-webhooks.js";
import { registerStoreRoutes } from "./routes/stores.js";
import { registerWebhookRoutes, type WebhookVerifiers } from "./routes/webhooks.js";
import { defaultLimits, type IdentityVerifier, type Limits, type Services } from "./services.js";

/** What {@link createServer} needs; only `db`, `secret` and `orderSource` are required. */
export interface CreateServerOptions {
  readonly db: Db;
  /** Key for signing customer tokens (at least 32 characters). */
  readonly secret: string;
  /** The order source of every store, or one per store. */
  readonly orderSource: OrderSource | OrderSourceResolver;
  /**
   * The platform actions (core's `AfterSalesActions`) of every store, or one per store: staff
   * refunds, store credit, coupons and order notes go through them. Absent: those answer 422
   * `action_unsupported` and every capability is off.
   */
  readonly actions?: AfterSalesActions | ActionsResolver;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Base URL for links in emails (default `http://localhost:3000`). */
  readonly publicUrl?: string;
  readonly limits?: Partial<Limits>;
  /**
   * Take the client IP from the first `X-Forwarded-For` entry (only behind a proxy you control);
   * otherwise the socket address is used.
   */
  readonly trustProxy?: boolean;
  /** Verifies platform-signed customer identities for `POST /v1/stores/{store}/sessions`. */
  readonly verifyIdentity?: IdentityVerifier;
  /** Platform webhook verifiers by platform name (adapters plug them in). */
  readonly webhookVerifiers?: WebhookVerifiers;
  /** Folders served as static files: the storefront example at `/`, the admin console at `/admin`. */
  readonly staticRoots?: { readonly storefront?: string; readonly admin?: string };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

const EXPOSED_HEADERS = ["Retry-After", "Idempotent-Replayed", "X-Request-Id", "Location"];

/**
 * Sets a header on the answer in place. `c.header` after `next()` copies the finished response
 * into a new one (its body becomes a stream, which @hono/node-server sends the slow way); only a
 * response with immutable headers still needs that copy.
 */
function setOnResponse(c: Context, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    c.header(name, value);
  }
}

/**
 * Builds the HTTP API as a Hono app: a web-standard `fetch(Request) → Response` handler that runs on
 * Node (`@hono/node-server`), inside the Shopify app, or behind any proxy.
 */
export function createServer(options: CreateServerOptions): OpenAPIHono<AppEnv> {
  if (options.secret.length < 32)
    throw new ServerError("invalid_config", "secret must be at least 32 characters");
  const orderSource: OrderSourceResolver =
    typeof options.orderSource === "function"
      ? options.orderSource
      : () => options.orderSource as OrderSource;
  const given = options.actions;
  const actions: ActionsResolver | undefined =
    given === undefined ? undefined : typeof given === "function" ? given : () => given;
  const services: Services = {
    db: options.db,
    clock: options.clock ?? systemClock,
    logger: options.logger ?? createLogger("silent"),
    tokens: createTokenSigner(options.secret),
    orderSource,
    actions,
    limits: { ...defaultLimits, ...options.limits },
    publicUrl: options.publicUrl ?? "http://localhost:3000",
    verifyIdentity: options.verifyIdentity,
    clientIp: (request, fallback) => {
      if (options.trustProxy) {
        const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
        if (forwarded) return forwarded;
      }
      return fallback ?? "unknown";
    },
  };

  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return problemResponse(
          c,
          new Problem(400, ProblemType.validation_failed, "The request is not valid", {
            errors: toIssues(result.error),
          }),
        );
      }
    },
  });

  app.use("*", async (c, next) => {
    const given = c.req.header("x-request-id");
    const requestId = given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    const log = services.logger.child({ reqId: requestId });
    c.set("requestId", requestId);
    c.set("log", log);
    c.set("services", services);
    const started = performance.now();
    await next();
    setOnResponse(c, "X-Request-Id", requestId);
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      "request",
    );
  });

  const preflight = cors({
    origin: "*",
    allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
    allowHeaders: ["Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id", "If-Match"],
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  // Hono's cors sets its headers on a response made before the route's own, so every answer got
  // copied into a new response, which @hono/node-server then sends as a stream; the same two
  // headers set on the final answer keep its string body (and the preflight stays Hono's).
  const exposed = EXPOSED_HEADERS.join(",");
  app.use("/v1/*", async (c, next) => {
    if (c.req.method === "OPTIONS") return preflight(c, next);
    await next();
    setOnResponse(c, "Access-Control-Allow-Origin", "*");
    setOnResponse(c, "Access-Control-Expose-Headers", exposed);
  });

  const tooLarge = (c: Context): Response =>
    problemResponse(c, new Problem(413, ProblemType.payload_too_large, "The request body is too large"));
  app.use("/v1/*", async (c, next) => {
    const isUpload = c.req.method === "POST" && c.req.path === "/v1/attachments";
    const maxSize = isUpload ? MAX_ATTACHMENT_BYTES + 64 * 1024 : services.limits.jsonBodyBytes;
    // A declared length is checked as Hono's bodyLimit does, without its first step of asking for
    // `raw.body`: that makes @hono/node-server build a full web Request with a body stream, where
    // reading the JSON alone takes its direct path.
    const method = c.req.method;
    const headers = c.req.raw.headers;
    if (
      method !== "GET" &&
      method !== "HEAD" &&
      headers.has("content-length") &&
      !headers.has("transfer-encoding")
    ) {
      return Number.parseInt(headers.get("content-length") || "0", 10) > maxSize ? tooLarge(c) : next();
    }
    return bodyLimit({ maxSize, onError: tooLarge })(c, next);
  });

  // A connection's address, when the app runs under @hono/node-server (absent in `app.request`).
  app.use("/v1/*", async (c, next) => {
    let address: string | undefined;
    try {
      address = getConnInfo(c).remote.address;
    } catch {}
    c.set("clientIp", services.clientIp(c.req.raw, address));
    await next();
  });

  registerStoreRoutes(app);
  registerMeRoutes(app);
  registerAttachmentRoutes(app);
  registerCustomerCaseRoutes(app);
  registerStaffCaseRoutes(app);
  registerStaffDirectoryRoutes(app);
  registerStaffActionRoutes(app);
  registerStaffSettingsRoutes(app);
  registerStaffSlaRoutes(app);
  registerStaffAnalyticsRoutes(app);
  registerStaffWebhookRoutes(app);
  registerWebhookRoutes(app, options.webhookVerifiers ?? {});

  app.doc31("/v1/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Aftersales API",
      version: "1.0.0",
      description: "Customer and staff API of the Aftersales server. Errors are application/problem+json.",
    },
    servers: [{ url: services.publicUrl }],
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "customerToken", {
    type: "http",
    scheme: "bearer",
    description: "Order session token from POST /v1/stores/{store}/sessions",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description: "Staff API key (ask_…)",
  });

  mountStatic(app, options.staticRoots);

  app.notFound((c) => problemResponse(c, new Problem(404, ProblemType.not_found, "No such resource")));
  app.onError((error, c) => {
    if (error instanceof Problem) return problemResponse(c, error);
    if (error instanceof HTTPException) return problemResponse(c, fromHttpException(error));
    c.get("log")?.error({ err: error }, "unhandled error");
    return problemResponse(c, new Problem(500, ProblemType.internal, "Something went wrong on our side"));
  });
  return app;
}

function fromHttpException(error: HTTPException): Problem {
  switch (error.status) {
    case 413:
      return new Problem(413, ProblemType.payload_too_large, "The request body is too large");
    case 415:
      return new Problem(415, ProblemType.unsupported_media_type, "Send the body as application/json");
    case 401:
      return new Problem(401, ProblemType.unauthorized, "Authentication required");
    case 400:
      return new Problem(400, ProblemType.validation_failed, "The request is not valid", {
        detail: /json/i.test(error.message) ? "The body is not valid JSON" : "The request could not be read",
      });
    default:
      return new Problem(
        error.status >= 500 ? 500 : 400,
        error.status >= 500 ? ProblemType.internal : ProblemType.validation_failed,
        "The request could not be handled",
      );
  }
}

function mountStatic(app: OpenAPIHono<AppEnv>, roots: CreateServerOptions["staticRoots"]): void {
  const admin = roots?.admin;
  if (admin && existsSync(admin)) {
    app.use("/admin/*", serveStatic({ root: admin, rewriteRequestPath: (p) => p.replace(/^\/admin/, "") }));
    // The console routes in the browser: any other /admin path gets its index.html.
    app.get("/admin", serveStatic({ root: admin, path: "index.html" }));
    app.get("/admin/*", serveStatic({ root: admin, path: "index.html" }));
  }
  const storefront = roots?.storefront;
  if (storefront && existsSync(storefront)) {
    app.use("/*", serveStatic({ root: storefront }));
  }
}
