import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { createAdminApiClient } from "../graphql/client.js";
import { createFakeShop, type FakeShop, fakeAdminApiHandlers } from "./fake-admin-api.js";

/**
 * Starts msw for one test file (`onUnhandledRequest: "error"`) with a fresh fake shop per test
 * (call `reset()` in `beforeEach`), and fails any test that sent a request nobody expected.
 */
export function setupFakeShop() {
  const server = setupServer();
  const state: { shop: FakeShop; sleeps: number[] } = { shop: createFakeShop(), sleeps: [] };
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    expect(state.shop.unexpected).toEqual([]);
    server.resetHandlers();
  });
  afterAll(() => server.close());
  return {
    get shop() {
      return state.shop;
    },
    get sleeps() {
      return state.sleeps;
    },
    reset(options: { now?: () => string } = {}): FakeShop {
      state.shop = createFakeShop();
      state.sleeps = [];
      server.resetHandlers(...fakeAdminApiHandlers(state.shop, options));
      return state.shop;
    },
    client(shop: FakeShop = state.shop) {
      return createAdminApiClient({
        shop: shop.domain,
        accessToken: shop.accessToken,
        sleep: async (ms) => {
          state.sleeps.push(ms);
        },
      });
    },
  };
}
