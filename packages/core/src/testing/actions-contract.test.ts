import { describe, expect, it } from "vitest";
import { createDemoStore } from "../demo/demo-store.js";
import type { OrderSnapshot } from "../order/snapshot.js";
import type { AfterSalesActions } from "../ports/actions.js";
import { type AfterSalesActionsContractSetup, afterSalesActionsContractCases } from "./actions-contract.js";

/** The demo actions with some behaviour replaced, and a counter of calls that reached "the platform". */
async function broken(
  override: (demo: AfterSalesActions, count: () => void) => Partial<AfterSalesActions>,
): Promise<AfterSalesActionsContractSetup> {
  const store = createDemoStore({ now: "2026-03-10T08:30:00.000Z" });
  const lookup = await store.orderSource.getOrder("gid://demo/Order/1002");
  if (!lookup.ok) throw new Error("demo order #1002 missing");
  let calls = 0;
  return {
    actions: { ...store.actions, ...override(store.actions, () => calls++) },
    fixtures: {
      order: lookup.order,
      missingOrderId: "gid://demo/Order/9999",
      missingReturnId: "gid://demo/Return/9999",
      customerId: "gid://demo/Customer/1",
    },
    readOrder: async (id) => {
      const found = await store.orderSource.getOrder(id);
      return (found.ok ? found.order : undefined) as OrderSnapshot;
    },
    platformCalls: () => calls,
  };
}

function contractCase(name: string) {
  const found = afterSalesActionsContractCases.find((entry) => entry.name.startsWith(name));
  if (!found) throw new Error(`no actions contract case ${name}`);
  return found;
}

describe("the actions contract catches broken adapters", () => {
  it("fails an adapter that sends a zero refund to the platform", async () => {
    const setup = await broken((demo, count) => ({
      refund: async (request) => {
        count();
        return demo.refund(request);
      },
    }));
    await expect(contractCase("refund: rejects a zero refund").run(setup)).rejects.toThrow(
      "requests sent to the platform",
    );
  });

  it("fails an adapter that answers an unsupported capability with another code", async () => {
    const setup = await broken((demo) => ({
      capabilities: { ...demo.capabilities, coupons: false },
      issueCoupon: async () => ({ ok: false, code: "platform_error", message: "no", retryable: false }),
    }));
    await expect(contractCase("issueCoupon: gives the same code").run(setup)).rejects.toThrow();
  });

  it("fails an adapter that mints a new coupon on every retry", async () => {
    let n = 0;
    const setup = await broken((demo) => ({
      issueCoupon: async (request) =>
        demo.issueCoupon({ ...request, idempotencyKey: `${request.idempotencyKey}-${++n}` }),
    }));
    await expect(contractCase("issueCoupon: gives the same code").run(setup)).rejects.toThrow();
  });

  it("fails an adapter that declares a capability it does not have", async () => {
    const setup = await broken(() => ({
      issueStoreCredit: async () => ({ ok: false, code: "unsupported", message: "no", retryable: false }),
    }));
    await expect(contractCase("issueStoreCredit").run(setup)).rejects.toThrow();
  });

  it("fails an adapter whose refund does not show on the order", async () => {
    const setup = await broken(() => ({
      refund: async (request) => ({
        ok: true,
        refundId: "r-1",
        amount: request.amount as { amount: number; currency: string },
      }),
    }));
    await expect(contractCase("refund: refunds a paid unit once").run(setup)).rejects.toThrow();
  });

  it("fails an adapter that approves a declined return", async () => {
    const setup = await broken((demo) => ({
      approveReturn: async (request) => {
        const result = await demo.approveReturn(request);
        return result.ok ? result : { ok: true, returnId: request.returnId, status: "open" };
      },
    }));
    await expect(contractCase("declineReturn").run(setup)).rejects.toThrow();
  });

  it("fails an adapter whose capabilities miss a flag, and a fixture order with nothing to refund", async () => {
    const missingFlag = await broken((demo) => {
      const { orderStatus: _, ...rest } = demo.capabilities;
      return { capabilities: rest as AfterSalesActions["capabilities"] };
    });
    await expect(contractCase("declares its platform").run(missingFlag)).rejects.toThrow();
    const setup = await broken(() => ({}));
    const nothingLeft = {
      ...setup,
      fixtures: {
        ...setup.fixtures,
        order: {
          ...setup.fixtures.order,
          lines: setup.fixtures.order.lines.map((line) => ({ ...line, refundableQuantity: 0 })),
        },
      },
    };
    await expect(contractCase("refund: rejects a zero refund").run(nothingLeft)).rejects.toThrow(
      "Contract fixture order gid://demo/Order/1002 has no refundable line that was paid for",
    );
  });
});
