import { describe, expect, it } from "vitest";
import { createDemoStore } from "../demo/demo-store.js";
import type { OrderLookup, OrderSource } from "../ports/order-source.js";
import { type OrderSourceContractSetup, orderSourceContractCases } from "./order-source-contract.js";

const fixtures = {
  existingOrder: { id: "gid://demo/Order/1001", number: "#1001", email: "anna@example.de" },
  missingNumber: "#9999",
  missingId: "gid://demo/Order/9999",
};

/** The demo source with one behaviour replaced, to show that the contract notices. */
function broken(override: (demo: OrderSource) => Partial<OrderSource>): OrderSourceContractSetup {
  const demo = createDemoStore({ now: "2026-03-10T08:30:00.000Z" }).orderSource;
  return { source: { ...demo, ...override(demo) }, fixtures };
}

function contractCase(name: string) {
  const found = orderSourceContractCases.find((entry) => entry.name.startsWith(name));
  if (!found) throw new Error(`no order-source contract case ${name}`);
  return found;
}

async function mapOrder(lookup: Promise<OrderLookup>, change: (order: Record<string, unknown>) => void) {
  const result = await lookup;
  if (result.ok) change(result.order as unknown as Record<string, unknown>);
  return result;
}

describe("the order-source contract catches broken sources", () => {
  it("passes the demo source on every case", async () => {
    for (const entry of orderSourceContractCases) await entry.run(broken(() => ({})));
  });

  it("fails a source that compares emails case-sensitively", async () => {
    const setup = broken((demo) => ({
      findOrder: async (query) =>
        query.email === query.email.trim().toLowerCase()
          ? demo.findOrder(query)
          : { ok: false, reason: "email_mismatch" },
    }));
    await expect(contractCase("compares the email trimmed").run(setup)).rejects.toThrow();
  });

  it("fails a source that needs the '#' typed exactly", async () => {
    const setup = broken((demo) => ({
      findOrder: async (query) =>
        query.number.startsWith("#") ? demo.findOrder(query) : { ok: false, reason: "not_found" },
    }));
    await expect(contractCase("tolerates a leading '#'").run(setup)).rejects.toThrow();
  });

  it("fails a source that hands the order out with a wrong email", async () => {
    const setup = broken((demo) => ({
      findOrder: async () => {
        const found = await demo.getOrder(fixtures.existingOrder.id);
        return {
          ok: false,
          reason: "email_mismatch",
          order: found.ok ? found.order : undefined,
        } as OrderLookup;
      },
    }));
    await expect(contractCase("refuses a wrong email").run(setup)).rejects.toThrow(
      "a failed lookup must not carry an order",
    );
  });

  it("fails a source whose snapshots lack the schema's defaults or break it", async () => {
    const withoutDefaults = broken((demo) => ({
      getOrder: (id) => mapOrder(demo.getOrder(id), (order) => delete order.refunds),
    }));
    await expect(contractCase("returns snapshots that pass").run(withoutDefaults)).rejects.toThrow();
    const badCurrency = broken((demo) => ({
      getOrder: (id) =>
        mapOrder(demo.getOrder(id), (order) => {
          order.shippingTotal = { amount: 495, currency: "USD" };
        }),
    }));
    await expect(contractCase("states all money in the order currency").run(badCurrency)).rejects.toThrow();
  });

  it("fails a source that counts refunded units as still refundable", async () => {
    const setup = broken((demo) => ({
      getOrder: (id) =>
        mapOrder(demo.getOrder(id), (order) => {
          order.refunds = [
            {
              id: "r",
              createdAt: "2026-03-09T00:00:00.000Z",
              amount: { amount: 5900, currency: "EUR" },
              lines: [{ lineId: "L1", quantity: 1 }],
            },
          ];
        }),
    }));
    await expect(contractCase("keeps every refundable quantity").run(setup)).rejects.toThrow();
  });

  it("fails a source that throws for an unknown id or hands out its own objects", async () => {
    const throwing = broken((demo) => ({
      getOrder: async (id) => {
        if (id !== fixtures.existingOrder.id) throw new Error("404");
        return demo.getOrder(id);
      },
    }));
    await expect(contractCase("answers not_found for an unknown id").run(throwing)).rejects.toThrow("404");
    const shared = broken((demo) => {
      let cached: OrderLookup | undefined;
      return { getOrder: async (id) => (cached ??= await demo.getOrder(id)) };
    });
    await expect(contractCase("hands out copies").run(shared)).rejects.toThrow();
  });
});
