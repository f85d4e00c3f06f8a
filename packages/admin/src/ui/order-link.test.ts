import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createApi } from "../api/client.js";
import { AdminContext, type AdminContextValue } from "../app/context.js";
import { OrderLink } from "./order-link.js";

const base: AdminContextValue = {
  api: createApi({ apiBase: "", getToken: () => "ask_test" }),
  locale: "en",
  timeZone: "Europe/Berlin",
  identity: { staffId: "anna", role: "agent", storeName: "Demo" },
  navigate: () => {},
  href: (p) => p,
};

const render = (context: AdminContextValue, orderId: string | null) =>
  renderToStaticMarkup(
    createElement(
      AdminContext.Provider,
      { value: context },
      createElement(OrderLink, { orderId }, "Order #1001"),
    ),
  );

describe("OrderLink", () => {
  it("links the order to the host's URL for it, opened in the top window (out of an embedding frame)", () => {
    const orderUrl = (id: string) => {
      const numeric = /(\d+)$/.exec(id)?.[1];
      return numeric ? `shopify://admin/orders/${numeric}` : undefined;
    };
    expect(render({ ...base, orderUrl }, "gid://shopify/Order/450789469")).toBe(
      '<a href="shopify://admin/orders/450789469" target="_top" class="aftersales-order-link">Order #1001</a>',
    );
  });

  it("stays text without orderUrl, for an id the host cannot link, or without an order", () => {
    expect(render(base, "gid://shopify/Order/1")).toBe("Order #1001");
    expect(render({ ...base, orderUrl: () => undefined }, "ord_1")).toBe("Order #1001");
    expect(render({ ...base, orderUrl: () => "https://x.test/o" }, null)).toBe("Order #1001");
  });
});
