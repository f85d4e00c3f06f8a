import { HttpResponse, http, type RequestHandler } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect } from "vitest";

/** The store every test talks to. */
export const SHOP_URL = "https://shop.example";
/** The REST base of {@link SHOP_URL}. */
export const API = `${SHOP_URL}/wp-json/wc/v3`;

/** A request that no handler expected; each one fails the test that caused it. */
export interface UnexpectedRequest {
  readonly method: string;
  readonly url: string;
}

/**
 * Starts msw for one test file: `onUnhandledRequest: "error"` for anything outside the handlers,
 * plus a catch-all (registered last) that answers WordPress's `rest_no_route` and records the
 * request, so that a test whose code swallowed the error still fails in `afterEach`.
 */
export function startMockWooCommerce(...handlers: RequestHandler[]) {
  const unexpected: UnexpectedRequest[] = [];
  const catchAll = http.all("*", ({ request }) => {
    unexpected.push({ method: request.method, url: request.url });
    return HttpResponse.json(
      {
        code: "rest_no_route",
        message: "No route was found matching the URL and request method.",
        data: { status: 404 },
      },
      { status: 404 },
    );
  });
  const server = setupServer(...handlers, catchAll);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    const seen = unexpected.splice(0);
    expect(seen, "requests no handler expected").toEqual([]);
  });
  afterAll(() => server.close());
  return {
    server,
    /** Adds handlers for one test, in front of the file's own (removed again after the test). */
    use: (...more: RequestHandler[]) => server.use(...more),
  };
}

/** A WordPress REST error answer. */
export function wpError(code: string, message: string, data: unknown, status: number) {
  return HttpResponse.json({ code, message, data }, { status });
}
