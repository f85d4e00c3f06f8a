import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createWooCommerceClient } from "../client/client.js";
import { products } from "../testing/fixtures.js";
import { API, SHOP_URL, startMockWooCommerce } from "../testing/msw.js";
import { gmtInstant, metaInstant } from "./dates.js";
import { createProductCatalog } from "./product-catalog.js";
import { decodeEntities } from "./text.js";

const mock = startMockWooCommerce();

describe("dates", () => {
  it("reads WooCommerce's *_gmt dates (no offset) as UTC", () => {
    expect(gmtInstant("2017-03-22T19:28:02")).toBe("2017-03-22T19:28:02.000Z");
    expect(gmtInstant("2017-03-22T19:28:02+00:00")).toBe("2017-03-22T19:28:02.000Z");
    expect(gmtInstant(null)).toBeUndefined();
    expect(gmtInstant("0000-00-00T00:00:00x")).toBeUndefined();
  });

  it("reads delivery meta values in the formats plugins write, and ignores the rest", () => {
    expect(metaInstant("2024-05-06T16:30:00+02:00")).toBe("2024-05-06T14:30:00.000Z");
    expect(metaInstant("2024-05-06 14:30:00")).toBe("2024-05-06T14:30:00.000Z");
    expect(metaInstant("2024-05-06 14:30")).toBe("2024-05-06T14:30:00.000Z");
    expect(metaInstant("2024-05-06")).toBe("2024-05-06T00:00:00.000Z");
    expect(metaInstant(1715005800)).toBe("2024-05-06T14:30:00.000Z");
    expect(metaInstant("1715005800")).toBe("2024-05-06T14:30:00.000Z");
    expect(metaInstant("1715005800000")).toBe("2024-05-06T14:30:00.000Z");
    for (const junk of ["", "soon", "06/05/2024", null, { date: "2024-05-06" }, 0, -5])
      expect(metaInstant(junk)).toBeUndefined();
  });
});

describe("text", () => {
  it("decodes the entities WooCommerce leaves in names, and leaves unknown ones", () => {
    expect(decodeEntities("Ship Your Idea &ndash; Color: Black")).toBe("Ship Your Idea – Color: Black");
    expect(decodeEntities("Food &amp; Drink &#8211; &#x2014; &times;2 &bogus;")).toBe(
      "Food & Drink – — ×2 &bogus;",
    );
  });
});

describe("product catalog", () => {
  function catalog(options: { maxEntries?: number; ttlMs?: number }) {
    const asked: string[] = [];
    mock.use(
      http.get(`${API}/products`, ({ request }) => {
        const include = new URL(request.url).searchParams.get("include") ?? "";
        asked.push(include);
        const ids = include.split(",").map(Number);
        return HttpResponse.json(
          products.filter((p) => ids.includes(p.id)),
          { headers: { "X-WP-TotalPages": "1" } },
        );
      }),
    );
    let now = 0;
    const client = createWooCommerceClient({
      url: SHOP_URL,
      consumerKey: "ck",
      consumerSecret: "cs",
      retry: { retries: 0 },
    });
    const products_ = createProductCatalog(client, { ...options, now: () => now });
    return { products: products_, asked, advance: (ms: number) => (now += ms) };
  }

  it("remembers deleted products as absent instead of asking again", async () => {
    const { products: cat, asked } = catalog({});
    expect([...(await cat.products([93, 555])).keys()]).toEqual([93]);
    expect([...(await cat.products([93, 555])).keys()]).toEqual([93]);
    expect(asked).toEqual(["93,555"]);
  });

  it("keeps at most maxEntries products, dropping the least recently used", async () => {
    const { products: cat, asked } = catalog({ maxEntries: 2 });
    await cat.products([93, 22]);
    await cat.products([93]);
    await cat.products([87]);
    expect(cat.size).toBe(2);
    await cat.products([93, 22]);
    expect(asked).toEqual(["93,22", "87", "22"]);
  });

  it("asks again once a product's entry is older than the TTL", async () => {
    const { products: cat, asked, advance } = catalog({ ttlMs: 1000 });
    await cat.products([34]);
    advance(999);
    await cat.products([34]);
    advance(1);
    await cat.products([34]);
    expect(asked).toEqual(["34", "34"]);
  });

  it("asks for at most 100 products per request", async () => {
    const { products: cat, asked } = catalog({});
    await cat.products(Array.from({ length: 150 }, (_, i) => i + 1));
    expect(asked.map((ids) => ids.split(",").length)).toEqual([100, 50]);
  });
});
