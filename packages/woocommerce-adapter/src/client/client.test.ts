import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { API, SHOP_URL, startMockWooCommerce, wpError } from "../testing/msw.js";
import { createWooCommerceClient, type WooCommerceClientOptions } from "./client.js";
import { WooCommerceError } from "./errors.js";
import { resolveWooRestApiConstructor } from "./library.js";

const mock = startMockWooCommerce();
const Thing = z.object({ id: z.number() });

function client(options: Partial<WooCommerceClientOptions> = {}) {
  const waits: number[] = [];
  const woo = createWooCommerceClient({
    url: SHOP_URL,
    consumerKey: "ck_test",
    consumerSecret: "cs_test",
    sleep: async (ms) => {
      waits.push(ms);
    },
    now: () => Date.parse("2026-03-02T10:00:00Z"),
    ...options,
  });
  return { woo, waits };
}

async function failure(promise: Promise<unknown>): Promise<WooCommerceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WooCommerceError);
  return error as WooCommerceError;
}

describe("the library wrapper", () => {
  it("unwraps the library's default export whether Node hands over module.exports or the class", () => {
    class Fake {}
    expect(resolveWooRestApiConstructor({ default: { default: Fake } })).toBe(Fake);
    expect(resolveWooRestApiConstructor({ default: Fake })).toBe(Fake);
    expect(resolveWooRestApiConstructor(Fake)).toBe(Fake);
    expect(() => resolveWooRestApiConstructor({ default: {} })).toThrow(TypeError);
  });

  it("authenticates over HTTPS with Basic auth and sends no OAuth parameters", async () => {
    let seen: { authorization: string | null; query: string } | undefined;
    mock.use(
      http.get(`${API}/things/7`, ({ request }) => {
        seen = { authorization: request.headers.get("authorization"), query: new URL(request.url).search };
        return HttpResponse.json({ id: 7 });
      }),
    );
    expect(await client().woo.get("things/7", Thing)).toEqual({ id: 7 });
    expect(seen).toEqual({ authorization: `Basic ${btoa("ck_test:cs_test")}`, query: "" });
  });

  it("signs plain-HTTP requests with OAuth 1.0a (HMAC-SHA256) query parameters instead of Basic auth", async () => {
    let seen: { authorization: string | null; params: URLSearchParams } | undefined;
    mock.use(
      http.get("http://shop.example/wp-json/wc/v3/things/7", ({ request }) => {
        seen = {
          authorization: request.headers.get("authorization"),
          params: new URL(request.url).searchParams,
        };
        return HttpResponse.json({ id: 7 });
      }),
    );
    await client({ url: "http://shop.example" }).woo.get("things/7", Thing);
    expect(seen?.authorization).toBeNull();
    expect(seen?.params.get("oauth_consumer_key")).toBe("ck_test");
    expect(seen?.params.get("oauth_signature_method")).toBe("HMAC-SHA256");
    expect(seen?.params.get("oauth_signature")?.length).toBeGreaterThan(20);
  });

  it("refuses to follow a redirect, which would turn a POST into a GET", async () => {
    mock.use(
      http.post(
        `${API}/orders/1/notes`,
        () =>
          new HttpResponse(null, {
            status: 301,
            headers: { Location: "https://www.shop.example/wp-json/wc/v3/orders/1/notes" },
          }),
      ),
    );
    const error = await failure(client().woo.post("orders/1/notes", { note: "x" }, Thing));
    expect(error.kind).toBe("http");
    expect(error.httpStatus).toBe(301);
    expect(error.message).toContain("https://www.shop.example/wp-json/wc/v3/orders/1/notes");
  });
});

describe("errors", () => {
  it("reads { code, message, data: { status } } into a typed error", async () => {
    mock.use(
      http.get(`${API}/orders/999`, () =>
        wpError("woocommerce_rest_shop_order_invalid_id", "Invalid ID.", { status: 404 }, 404),
      ),
    );
    const error = await failure(client().woo.get("orders/999", Thing));
    expect(error).toMatchObject({
      kind: "http",
      httpStatus: 404,
      status: 404,
      wcCode: "woocommerce_rest_shop_order_invalid_id",
      retryable: false,
    });
    expect(error.message).toBe(
      "WooCommerce answered GET orders/999 with HTTP 404 woocommerce_rest_shop_order_invalid_id: Invalid ID.",
    );
  });

  it("reads the refund endpoint's HTTP 500 with a bare number in data as the status it means", async () => {
    mock.use(
      http.post(`${API}/orders/999/refunds`, () =>
        wpError("woocommerce_rest_invalid_order_id", "Invalid order ID.", 404, 500),
      ),
    );
    const error = await failure(client().woo.post("orders/999/refunds", { amount: "1.00" }, Thing));
    expect(error).toMatchObject({
      httpStatus: 500,
      status: 404,
      wcCode: "woocommerce_rest_invalid_order_id",
      retryable: false,
    });
    expect(error.message).toContain("HTTP 500 (meaning 404)");
  });

  it("reports a non-JSON error page with its status and a short excerpt", async () => {
    mock.use(
      http.get(
        `${API}/things/1`,
        () => new HttpResponse("<html><body>Bad gateway</body></html>", { status: 502 }),
      ),
    );
    const error = await failure(client({ retry: { retries: 0 } }).woo.get("things/1", Thing));
    expect(error).toMatchObject({ kind: "http", httpStatus: 502, status: 502, retryable: true });
    expect(error.message).toBe(
      "WooCommerce answered GET things/1 with HTTP 502: <html><body>Bad gateway</body></html>",
    );
  });

  it("rejects a 2xx body that does not match the schema as invalid_response", async () => {
    mock.use(http.get(`${API}/things/1`, () => HttpResponse.json({ id: "1" })));
    const error = await failure(client().woo.get("things/1", Thing));
    expect(error.kind).toBe("invalid_response");
    expect(error.message).toBe(
      "WooCommerce answered GET things/1 with an unexpected body: id: Invalid input: expected number, received string",
    );
  });

  it("times out a request that gets no answer", async () => {
    // The handler answers only once the client has given up, so no timer of the test's own runs.
    mock.use(
      http.get(
        `${API}/things/1`,
        ({ request }) =>
          new Promise<Response>((resolve) =>
            request.signal.addEventListener("abort", () => resolve(HttpResponse.json({ id: 1 }))),
          ),
      ),
    );
    const { woo, waits } = client({ timeoutMs: 5, retry: { retries: 1 } });
    const error = await failure(woo.get("things/1", Thing));
    expect(error).toMatchObject({ kind: "timeout", retryable: true });
    expect(waits).toEqual([500]);
  });
});

describe("retries", () => {
  it("retries a GET on 429 and 5xx with exponential backoff, honouring Retry-After", async () => {
    const answers = [
      () => wpError("rest_too_many", "Slow down", { status: 429 }, 429),
      () => new HttpResponse("busy", { status: 503, headers: { "Retry-After": "3" } }),
      () => new HttpResponse("oops", { status: 500 }),
      () => HttpResponse.json({ id: 1 }),
    ];
    mock.use(http.get(`${API}/things/1`, () => answers.shift()!()));
    const { woo, waits } = client();
    expect(await woo.get("things/1", Thing)).toEqual({ id: 1 });
    expect(waits).toEqual([500, 3000, 2000]);
  });

  it("reads a Retry-After date against the injected clock and caps every wait", async () => {
    const answers = [
      () =>
        new HttpResponse(null, { status: 429, headers: { "Retry-After": "Mon, 02 Mar 2026 10:00:04 GMT" } }),
      () => new HttpResponse(null, { status: 429, headers: { "Retry-After": "3600" } }),
      () => HttpResponse.json({ id: 1 }),
    ];
    mock.use(http.get(`${API}/things/1`, () => answers.shift()!()));
    const { woo, waits } = client({ retry: { maxDelayMs: 10_000 } });
    await woo.get("things/1", Thing);
    expect(waits).toEqual([4000, 10_000]);
  });

  it("gives up after the configured retries with the last error", async () => {
    let calls = 0;
    mock.use(
      http.get(`${API}/things/1`, () => {
        calls++;
        return wpError("internal", "Down", { status: 503 }, 503);
      }),
    );
    const { woo, waits } = client({ retry: { retries: 2, baseDelayMs: 100 } });
    const error = await failure(woo.get("things/1", Thing));
    expect(error.status).toBe(503);
    expect(calls).toBe(3);
    expect(waits).toEqual([100, 200]);
  });

  it("never retries a POST, even on 5xx", async () => {
    let calls = 0;
    mock.use(
      http.post(`${API}/orders/1/refunds`, () => {
        calls++;
        return new HttpResponse("oops", { status: 503 });
      }),
    );
    const { woo, waits } = client();
    await failure(woo.post("orders/1/refunds", {}, Thing));
    expect(calls).toBe(1);
    expect(waits).toEqual([]);
  });

  it("does not retry a 4xx", async () => {
    let calls = 0;
    mock.use(
      http.get(`${API}/things/1`, () => {
        calls++;
        return wpError(
          "woocommerce_rest_cannot_view",
          "Sorry, you cannot list resources.",
          { status: 401 },
          401,
        );
      }),
    );
    await failure(client().woo.get("things/1", Thing));
    expect(calls).toBe(1);
  });
});

describe("pagination", () => {
  it("follows X-WP-TotalPages with per_page=100", async () => {
    const pages: string[] = [];
    mock.use(
      http.get(`${API}/orders`, ({ request }) => {
        const url = new URL(request.url);
        pages.push(
          `${url.searchParams.get("page")}/${url.searchParams.get("per_page")}/${url.searchParams.get("search")}`,
        );
        const page = Number(url.searchParams.get("page"));
        return HttpResponse.json([{ id: page * 10 }, { id: page * 10 + 1 }], {
          headers: { "X-WP-Total": "5", "X-WP-TotalPages": "3" },
        });
      }),
    );
    const items = await client().woo.list("orders", Thing, { search: "joao" });
    expect(items.map((item) => item.id)).toEqual([10, 11, 20, 21, 30, 31]);
    expect(pages).toEqual(["1/100/joao", "2/100/joao", "3/100/joao"]);
  });

  it("stops at maxPages", async () => {
    let calls = 0;
    mock.use(
      http.get(`${API}/orders`, () => {
        calls++;
        return HttpResponse.json([{ id: calls }], { headers: { "X-WP-TotalPages": "50" } });
      }),
    );
    expect(await client().woo.list("orders", Thing, {}, { maxPages: 2 })).toEqual([{ id: 1 }, { id: 2 }]);
    expect(calls).toBe(2);
  });

  it("keeps reading full pages when a proxy stripped X-WP-TotalPages", async () => {
    mock.use(
      http.get(`${API}/orders`, ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get("page"));
        const size = page === 1 ? 100 : 3;
        return HttpResponse.json(Array.from({ length: size }, (_, i) => ({ id: page * 1000 + i })));
      }),
    );
    expect(await client().woo.list("orders", Thing)).toHaveLength(103);
  });
});
