import { describe, expect, it } from "vitest";
import { numericId, shopifyOrderAdminUrl, toGid } from "./order-id.js";

describe("Shopify ids", () => {
  it("turns numbers and gids into the resource's gid, and refuses another resource's gid", () => {
    expect(toGid("Order", "450789469")).toBe("gid://shopify/Order/450789469");
    expect(toGid("Order", 450789469)).toBe("gid://shopify/Order/450789469");
    expect(toGid("Order", "gid://shopify/Order/450789469")).toBe("gid://shopify/Order/450789469");
    expect(toGid("Order", "gid://shopify/Customer/1")).toBeUndefined();
    expect(toGid("Order", " ")).toBeUndefined();
    expect(toGid("Order", "#1001")).toBeUndefined();
  });

  it("links an order to its page in the Shopify admin", () => {
    expect(numericId("gid://shopify/Order/450789469")).toBe("450789469");
    expect(shopifyOrderAdminUrl("gid://shopify/Order/450789469")).toBe("shopify://admin/orders/450789469");
    expect(shopifyOrderAdminUrl("not an id")).toBeUndefined();
  });
});
