import type {
  CaseView,
  Decision,
  NewCase,
  OrderView,
  RequestedLine,
  StoreConfig,
  TimelineEvent,
} from "../api/types.js";
import { caseIn, closedOrder, order, reasonMessages, storeConfig } from "./fixtures.js";

/** One request the widget made. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

type Failure = { status: number; type: string; retryAfter?: number } | "network";

/**
 * An in-memory customer API v1 behind an injectable `fetch`: the widget's tests run against it
 * the way the browser would talk to the server (status codes, problem+json, idempotency replay,
 * tokens). `fail()` makes the next matching call fail once; `hold()` keeps calls pending.
 */
export class MockApi {
  readonly requests: RecordedRequest[] = [];
  config: StoreConfig = structuredClone(storeConfig);
  orders: OrderView[] = [structuredClone(order), structuredClone(closedOrder)];
  cases = new Map<string, CaseView>();
  /** Uploaded photos by attachment id. */
  attachments = new Map<string, Blob>();
  #failures: { route: string; failure: Failure }[] = [];
  #held: { route: string; release: Promise<void> }[] = [];
  #idempotency = new Map<string, { body: string; response: CaseView }>();
  #attachments = 0;
  #caseCount = 0;

  /** Makes the next call whose "METHOD /path" starts with `route` fail once. */
  fail(route: string, failure: Failure): void {
    this.#failures.push({ route, failure });
  }

  /** Holds calls matching `route` until the returned function is called. */
  hold(route: string): () => void {
    let release!: () => void;
    this.#held.push({ route, release: new Promise<void>((r) => (release = r)) });
    return () => release();
  }

  /** Requests whose "METHOD /path" starts with `route`. */
  calls(route: string): RecordedRequest[] {
    return this.requests.filter((r) => `${r.method} ${r.path}`.startsWith(route));
  }

  /** Adds a case the shopper can open (status views). */
  addCase(view: CaseView): void {
    this.cases.set(view.id, structuredClone(view));
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), "https://shop.test");
    const method = init.method ?? "GET";
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const raw = init.body;
    const body = typeof raw === "string" ? JSON.parse(raw) : raw;
    const path = url.pathname + url.search;
    this.requests.push({ method, path, headers, body });
    const route = `${method} ${path}`;
    const held = this.#held.find((h) => route.startsWith(h.route));
    if (held) await held.release;
    const index = this.#failures.findIndex((f) => route.startsWith(f.route));
    if (index >= 0) {
      const [{ failure }] = this.#failures.splice(index, 1) as unknown as [{ failure: Failure }];
      if (failure === "network") throw new TypeError("Failed to fetch");
      return problem(failure.status, failure.type, failure.retryAfter);
    }
    return this.#route(method, url, headers, body);
  };

  #orderFor(headers: Record<string, string>): OrderView | undefined {
    const token = headers.authorization?.replace(/^Bearer /, "");
    return this.orders.find((o) => token === `tok_${o.id}`);
  }

  // biome-ignore lint/suspicious/noExplicitAny: each route reads its own body shape
  #route(method: string, url: URL, headers: Record<string, string>, body: any): Response {
    const path = url.pathname;
    if (method === "GET" && path === "/v1/stores/demo/config") return json(200, this.config);
    if (method === "POST" && path === "/v1/stores/demo/sessions") {
      const found = body.identityToken
        ? this.orders.find((o) => body.identityToken === `identity:${o.number}`)
        : this.orders.find((o) => o.number === body.orderNumber && body.email === "anna@example.de");
      if (!found) return problem(401, "order_not_verified");
      return json(201, { token: `tok_${found.id}`, expiresAt: "2999-01-01T00:00:00Z", order: found });
    }
    if (method === "POST" && path === "/v1/stores/demo/classify") {
      const damaged = /broken|damaged|破|損/.test(body.text);
      return json(200, {
        suggestions: [{ category: damaged ? "delivery_damage" : "product_quality", confidence: 0.8 }],
        escalation: false,
      });
    }
    if (path.startsWith("/v1/stores/")) return problem(404, "not_found");
    const current = this.#orderFor(headers);
    // A case link token from an email, `link:<caseId>` here: good for that one case only, as on
    // the server (another case is not found; a token naming no case is expired or forged).
    const link = /^Bearer link:(.+)$/.exec(headers.authorization ?? "")?.[1];
    if (link !== undefined) {
      if (!this.cases.has(link)) return problem(401, "unauthorized");
      if (!path.startsWith(`/v1/cases/${link}`)) return problem(404, "not_found");
      return this.#case(method, path, body);
    }
    if (!current) return problem(401, "unauthorized");
    if (method === "GET" && path === "/v1/me/order")
      return json(200, explained(current, url.searchParams.get("locale")));
    if (method === "POST" && path === "/v1/me/eligibility")
      return json(200, this.#decide(explained(current, body.locale), body.lines));
    if (method === "POST" && path === "/v1/attachments") {
      const type = headers["content-type"] ?? "";
      if (!this.config.attachments.types.includes(type)) return problem(415, "unsupported_media_type");
      const id = `att_${++this.#attachments}`;
      this.attachments.set(id, body as Blob);
      return json(201, { id, contentType: type, bytes: (body as Blob).size });
    }
    if (method === "GET" && path.startsWith("/v1/attachments/")) {
      const file = this.attachments.get(path.slice("/v1/attachments/".length));
      return file
        ? new Response(file, { headers: { "Content-Type": file.type } })
        : problem(404, "not_found");
    }
    if (method === "POST" && path === "/v1/cases")
      return this.#create(current, headers["idempotency-key"], body);
    if (path.startsWith("/v1/cases/")) return this.#case(method, path, body);
    return problem(404, "not_found");
  }

  #decide(current: OrderView, lines: RequestedLine[]): Decision {
    const decided = lines.map((requested) => {
      const line = current.lines.find((l) => l.id === requested.lineId)!;
      const reason = this.config.returnReasons.find((r) => r.code === requested.reason);
      const gross = line.unitPrice.amount * requested.quantity;
      const restocking =
        reason?.merchantFault || requested.resolution !== "refund" ? 0 : Math.round(gross * 0.1);
      const shipping = reason?.merchantFault ? 0 : 495;
      return {
        lineId: line.id,
        status: line.eligibility.status,
        resolutions: line.eligibility.resolutions,
        fees: { restocking: eur(restocking), returnShipping: eur(shipping) },
        refundable: eur(line.eligibility.status === "ineligible" ? 0 : gross - restocking - shipping),
        ...(requested.resolution === "store_credit"
          ? { storeCreditBonus: eur(Math.round(gross * 0.1)) }
          : {}),
        evidenceRequired: reason?.evidence ?? "none",
        reasons: line.eligibility.reasons,
      };
    });
    const sum = (f: (l: (typeof decided)[number]) => number) => eur(decided.reduce((a, l) => a + f(l), 0));
    return {
      policyVersion: "p1",
      lines: decided,
      totals: {
        refundable: sum((l) => l.refundable.amount),
        fees: sum((l) => l.fees.restocking.amount + l.fees.returnShipping.amount),
      },
    };
  }

  #create(current: OrderView, key: string | undefined, body: NewCase): Response {
    if (!key) return problem(400, "validation_failed");
    const text = JSON.stringify(body);
    const seen = this.#idempotency.get(key);
    if (seen) {
      if (seen.body !== text) return problem(409, "idempotency_key_reused");
      return json(201, seen.response, { "Idempotent-Replayed": "true" });
    }
    const id = `case_${++this.#caseCount}`;
    const created: CaseView = {
      ...caseIn("submitted", id),
      kind: body.kind,
      order: { number: current.number },
    };
    this.cases.set(id, created);
    current.cases.push({ id, kind: body.kind, status: "submitted", openedAt: created.openedAt });
    this.#idempotency.set(key, { body: text, response: created });
    return json(201, created);
  }

  // biome-ignore lint/suspicious/noExplicitAny: each action reads its own body shape
  #case(method: string, path: string, body: any): Response {
    const [, , , id, action] = path.split("?")[0]!.split("/");
    const found = this.cases.get(id!);
    if (!found) return problem(404, "not_found");
    if (method === "GET") return json(200, found);
    const event = (type: string, data: Record<string, unknown>): TimelineEvent => ({
      seq: found.timeline.length + 1,
      type,
      at: "2026-11-22T12:00:00Z",
      actor: "customer",
      data,
    });
    if (action === "messages") found.timeline.push(event("message_posted", { body: body.body }));
    else if (action === "choice") {
      if (!found.options?.some((o) => o.id === body.optionId)) return problem(409, "option_not_offered");
      found.timeline.push(event("option_chosen", { optionId: body.optionId }));
      found.status = "in_progress";
      found.allowedActions = ["post_message"];
      delete found.options;
    } else if (action === "cancel") {
      found.timeline.push(event("cancelled", {}));
      found.status = "cancelled";
      found.allowedActions = [];
    } else if (action === "rating") {
      found.timeline.push(event("rated", { score: body.score }));
      found.rating = body.comment ? { score: body.score, comment: body.comment } : { score: body.score };
      found.allowedActions = found.allowedActions.filter((a) => a !== "rate");
    }
    return json(200, found);
  }
}

/** The order with each eligibility reason explained in `locale` (the store's `en` when unset). */
function explained(view: OrderView, locale: unknown): OrderView {
  const lang = locale === "zh-Hans" || locale === "zh-Hant" ? locale : "en";
  const copy = structuredClone(view);
  for (const line of copy.lines)
    for (const reason of line.eligibility.reasons) {
      const message = reasonMessages[reason.code]?.[lang];
      if (message) reason.message = message;
      else delete reason.message;
    }
  return copy;
}

function eur(amount: number) {
  return { amount, currency: "EUR" };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

function problem(status: number, type: string, retryAfter?: number): Response {
  return new Response(JSON.stringify({ type, title: type, status }), {
    status,
    headers: {
      "Content-Type": "application/problem+json",
      ...(retryAfter ? { "Retry-After": String(retryAfter) } : {}),
    },
  });
}
