import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";

const script = readFileSync(
  fileURLToPath(new URL("../extensions/aftersales-portal/assets/aftersales-shopify.js", import.meta.url)),
  "utf8",
);

interface FakePortal {
  dataset: { orderId?: string };
  attributes: Map<string, string>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
}

function portal(orderId?: string): FakePortal {
  const attributes = new Map([["api", "/apps/aftersales"]]);
  return {
    dataset: orderId ? { orderId } : {},
    attributes,
    getAttribute: (name) => attributes.get(name) ?? null,
    setAttribute: (name, value) => void attributes.set(name, value),
  };
}

/** Runs the theme's session script on a page with `portals` at `search`; resolves after its fetches. */
async function run(search: string, portals: FakePortal[], answer = { status: 200, token: "tok_1" }) {
  const requests: { url: string; body: unknown }[] = [];
  const pending: Promise<unknown>[] = [];
  const fetch = (url: string, init: { body: string }) => {
    requests.push({ url, body: JSON.parse(init.body) });
    const response = Promise.resolve({
      ok: answer.status === 200,
      json: async () => ({ token: answer.token }),
    });
    pending.push(response);
    return response;
  };
  runInNewContext(script, {
    URLSearchParams,
    location: { search },
    document: { querySelectorAll: () => portals },
    fetch,
  });
  await Promise.all(pending);
  await new Promise((resolve) => setImmediate(resolve));
  return requests;
}

describe("theme session script (aftersales-shopify.js)", () => {
  it("asks the proxy for the order of the theme's order page", async () => {
    const p = portal("450789469");
    expect(await run("", [p])).toEqual([{ url: "/apps/aftersales/session", body: { orderId: "450789469" } }]);
    expect(p.attributes.get("session-token")).toBe("tok_1");
  });

  it("takes the order of the customer account's link (?order=) on a page without one", async () => {
    const p = portal();
    expect(await run("?utm_source=account&order=5512345678901", [p])).toEqual([
      { url: "/apps/aftersales/session", body: { orderId: "5512345678901" } },
    ]);
    expect(p.attributes.get("session-token")).toBe("tok_1");
  });

  it("prefers the order page's own order, and ignores a ?order= that is not a numeric id", async () => {
    expect(await run("?order=999", [portal("450789469")])).toEqual([
      { url: "/apps/aftersales/session", body: { orderId: "450789469" } },
    ]);
    expect(await run("?order=gid://shopify/Order/1", [portal()])).toEqual([]);
    expect(await run("?order=", [portal()])).toEqual([]);
    expect(await run("", [portal()])).toEqual([]);
  });

  it("leaves the widget's own order lookup when the proxy refuses (another customer's order)", async () => {
    const p = portal();
    expect(await run("?order=5512345678901", [p], { status: 404, token: "x" })).toHaveLength(1);
    expect(p.attributes.has("session-token")).toBe(false);
  });
});
