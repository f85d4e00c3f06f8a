import type {
  ApiResult,
  Attachment,
  CaseView,
  Classification,
  Decision,
  NewCase,
  OrderView,
  Problem,
  RequestedLine,
  Session,
  StoreConfig,
} from "./types.js";

/** How to reach the customer API. */
export interface ApiClientOptions {
  /** Base URL of the Aftersales server (`""` = the page's own origin). */
  api: string;
  /** The store's slug. */
  store: string;
  /** Bearer token of the shopper's order session (`POST /sessions`). */
  token?: string | undefined;
  /** The `fetch` to use; tests and hosts with their own HTTP stack inject one. */
  fetch?: typeof fetch | undefined;
}

interface Call {
  method?: "GET" | "POST";
  body?: unknown;
  raw?: Blob;
  headers?: Record<string, string>;
  auth?: boolean;
  /** A case link token to send instead of the session's (calls on that one case). */
  token?: string | undefined;
  /** Read the answer as bytes rather than JSON. */
  blob?: boolean;
}

/**
 * A thin client for the customer API v1. Every call resolves to an {@link ApiResult}: a network
 * failure or an error status is a value the UI shows, never a thrown exception.
 */
export class AftersalesApi {
  readonly #base: string;
  readonly #store: string;
  readonly #fetch: typeof fetch;
  /** The session token sent as `Authorization: Bearer`, when the shopper has one. */
  token: string | undefined;

  constructor(options: ApiClientOptions) {
    this.#base = options.api.replace(/\/+$/, "");
    this.#store = encodeURIComponent(options.store);
    // Bound late so a page that wraps window.fetch after we load is still honoured.
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.token = options.token;
  }

  /** The store's public configuration. */
  config(): Promise<ApiResult<StoreConfig>> {
    return this.#call(`/stores/${this.#store}/config`);
  }

  /** Proves the order by number + email, or by a platform identity token; keeps the token. */
  async createSession(
    proof: { orderNumber: string; email: string } | { identityToken: string },
  ): Promise<ApiResult<Session>> {
    const result = await this.#call<Session>(`/stores/${this.#store}/sessions`, {
      method: "POST",
      body: proof,
    });
    if (result.ok) this.token = result.value.token;
    return result;
  }

  /** Suggests complaint categories for a text. */
  classify(text: string, locale?: string): Promise<ApiResult<Classification>> {
    return this.#call(`/stores/${this.#store}/classify`, { method: "POST", body: { text, locale } });
  }

  /** The order of the current session, its eligibility reasons explained in `locale`. */
  order(locale?: string): Promise<ApiResult<OrderView>> {
    return this.#call(`/me/order${locale ? `?locale=${locale}` : ""}`, { auth: true });
  }

  /** The policy decision for the lines the shopper is about to return. */
  eligibility(lines: RequestedLine[], locale?: string): Promise<ApiResult<Decision>> {
    return this.#call("/me/eligibility", { method: "POST", body: { lines, locale }, auth: true });
  }

  /** Uploads one photo as the raw body. */
  upload(file: Blob): Promise<ApiResult<Attachment>> {
    return this.#call("/attachments", {
      method: "POST",
      raw: file,
      headers: { "Content-Type": file.type },
      auth: true,
    });
  }

  /** A photo the shopper uploaded, as its bytes. */
  attachment(id: string): Promise<ApiResult<Blob>> {
    return this.#call(`/attachments/${encodeURIComponent(id)}`, { auth: true, blob: true });
  }

  /** Opens a case; the same key and body always give the same case (`Idempotency-Key`). */
  createCase(body: NewCase, idempotencyKey: string): Promise<ApiResult<CaseView>> {
    return this.#call("/cases", {
      method: "POST",
      body,
      headers: { "Idempotency-Key": idempotencyKey },
      auth: true,
    });
  }

  /**
   * A case, with the session token or a case link token from an email. The link token goes in
   * `Authorization` (the server takes it there as well as in `?t=`): it then wins over a session
   * the tab holds for another order, and stays out of request URLs and the logs that keep them.
   */
  getCase(id: string, linkToken?: string): Promise<ApiResult<CaseView>> {
    return this.#call(`/cases/${encodeURIComponent(id)}`, { auth: true, token: linkToken });
  }

  /** Acts on a case: post a message, choose an option, cancel, rate. */
  act(
    id: string,
    action: "messages" | "choice" | "cancel" | "rating",
    body: object,
    linkToken?: string,
  ): Promise<ApiResult<CaseView>> {
    return this.#call(`/cases/${encodeURIComponent(id)}/${action}`, {
      method: "POST",
      body,
      auth: true,
      token: linkToken,
    });
  }

  async #call<T>(path: string, call: Call = {}): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { Accept: "application/json", ...call.headers };
    let body: BodyInit | null = call.raw ?? null;
    if (call.body !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(call.body);
    }
    const token = call.token ?? this.token;
    if (call.auth && token) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await this.#fetch(`${this.#base}/v1${path}`, {
        method: call.method ?? "GET",
        headers,
        body,
      });
    } catch {
      return { ok: false, problem: { type: "network", status: 0 } };
    }
    const data = await (call.blob && response.ok ? response.blob() : response.json()).catch(() => undefined);
    if (response.ok) {
      if (data === null || typeof data !== "object") {
        return { ok: false, problem: { type: "invalid_response", status: response.status } };
      }
      return { ok: true, value: data as T, replayed: response.headers.get("Idempotent-Replayed") === "true" };
    }
    return { ok: false, problem: toProblem(response, data) };
  }
}

function toProblem(response: Response, data: unknown): Problem {
  const body = (data && typeof data === "object" ? data : {}) as Partial<Problem>;
  const status = response.status;
  const type =
    typeof body.type === "string" && body.type
      ? body.type
      : status >= 500
        ? "internal"
        : status === 429
          ? "rate_limited"
          : status === 401
            ? "unauthorized"
            : status === 404
              ? "not_found"
              : "unknown";
  const problem: Problem = { ...body, type, status };
  const retryAfter = Number(response.headers.get("Retry-After"));
  if (retryAfter > 0) problem.retryAfter = retryAfter;
  return problem;
}
