import { parseMoney, toDecimalString } from "@aftersales/core";
import { HttpResponse, http, type RequestHandler } from "msw";
import { coupon719, note281, order723, order727, order1042, products, refunds723 } from "./fixtures.js";
import { API } from "./msw.js";

// A small in-memory WooCommerce behind msw handlers, seeded with the documented payloads. It
// answers the way WooCommerce does where it matters to the adapter: error bodies, the refunds
// controller's HTTP 500 with a bare number in `data`, negative refund lines with
// `_refunded_item_id`, lower-cased coupon codes, `X-WP-TotalPages`.

type Json = Record<string, unknown>;

/** What the fake store did, for assertions. */
export interface FakeStoreLog {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
}

/** The fake store's state and its handlers. */
export interface FakeStore {
  readonly handlers: RequestHandler[];
  readonly orders: Map<number, Json>;
  readonly refunds: Map<number, Json[]>;
  readonly notes: Map<number, Json[]>;
  readonly coupons: Json[];
  readonly requests: FakeStoreLog[];
  /** Units put back into stock by refunds, per product id. */
  readonly restocked: Map<number, number>;
}

const NOW_GMT = "2026-03-02T10:00:00";
const clone = <T>(value: T): T => structuredClone(value);
const json = (body: unknown, init?: ResponseInit) => HttpResponse.json(body as Json, init);
const error = (code: string, message: string, data: unknown, status: number) =>
  HttpResponse.json({ code, message, data }, { status });

function page<T>(items: readonly T[], url: URL): Response {
  const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 10), 100);
  const current = Number(url.searchParams.get("page") ?? 1);
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  return json(items.slice((current - 1) * perPage, current * perPage), {
    headers: { "X-WP-Total": String(items.length), "X-WP-TotalPages": String(totalPages) },
  });
}

/** Creates the fake store with orders 723, 727 and 1042, their refunds, products, a note and a coupon. */
export function createFakeStore(): FakeStore {
  const orders = new Map<number, Json>([order723, order727, order1042].map((o) => [o.id, clone(o) as Json]));
  const refunds = new Map<number, Json[]>([[723, clone(refunds723) as Json[]]]);
  const notes = new Map<number, Json[]>([[723, [clone(note281) as Json]]]);
  const coupons: Json[] = [clone(coupon719) as Json];
  const requests: FakeStoreLog[] = [];
  const restocked = new Map<number, number>();
  let nextId = 5000;

  const log = (method: string, path: string, body?: unknown) =>
    requests.push({ method, path, ...(body === undefined ? {} : { body }) });
  const orderOf = (id: string | readonly string[] | undefined) => orders.get(Number(id));
  const minor = (text: unknown, currency: string) => parseMoney(String(text ?? "0"), currency).amount;
  const decimal = (amount: number, currency: string) => toDecimalString({ amount, currency });

  const handlers: RequestHandler[] = [
    http.get(`${API}/orders/:id`, ({ params }) => {
      log("GET", `orders/${params.id}`);
      const order = orderOf(params.id);
      if (!order) return error("woocommerce_rest_shop_order_invalid_id", "Invalid ID.", { status: 404 }, 404);
      return json(order);
    }),
    http.get(`${API}/orders`, ({ request }) => {
      const url = new URL(request.url);
      const search = (url.searchParams.get("search") ?? "").toLowerCase();
      log("GET", `orders?search=${search}`);
      const hits = [...orders.values()].filter((order) => {
        const billing = order.billing as Json;
        return (
          search === "" ||
          String(billing.email).toLowerCase().includes(search) ||
          String(order.number).toLowerCase().includes(search)
        );
      });
      return page(hits, url);
    }),
    http.put(`${API}/orders/:id`, async ({ params, request }) => {
      const body = (await request.json()) as Json;
      log("PUT", `orders/${params.id}`, body);
      const order = orderOf(params.id);
      if (!order) return error("woocommerce_rest_shop_order_invalid_id", "Invalid ID.", { status: 404 }, 404);
      if (typeof body.status === "string") order.status = body.status;
      return json(order);
    }),
    http.get(`${API}/orders/:id/refunds`, ({ params, request }) => {
      log("GET", `orders/${params.id}/refunds`);
      if (!orderOf(params.id))
        return error("woocommerce_rest_invalid_order_id", "Invalid order ID.", 404, 500);
      return page(refunds.get(Number(params.id)) ?? [], new URL(request.url));
    }),
    http.post(`${API}/orders/:id/refunds`, async ({ params, request }) => {
      const body = (await request.json()) as Json;
      log("POST", `orders/${params.id}/refunds`, body);
      const order = orderOf(params.id);
      // The refunds controller's WP_Errors carry a bare status number, which WordPress sends as HTTP 500.
      if (!order) return error("woocommerce_rest_invalid_order_id", "Invalid order ID.", 404, 500);
      const currency = String(order.currency);
      const amount = minor(body.amount, currency);
      const alreadyRefunded = (order.refunds as Json[]).reduce((t, r) => t - minor(r.total, currency), 0);
      if (amount <= 0 || amount > minor(order.total, currency) - alreadyRefunded) {
        return error("woocommerce_rest_cannot_create_order_refund", "Invalid refund amount.", 500, 500);
      }
      const items = (body.line_items as Json[] | undefined) ?? [];
      const lineItems = items.map((item) => {
        const taxes = ((item.refund_tax as Json[] | undefined) ?? []).reduce(
          (t, tax) => t + minor(tax.refund_total, currency),
          0,
        );
        const quantity = Number(item.quantity ?? 0);
        const source = (order.line_items as Json[]).find((line) => line.id === item.id);
        if (body.api_restock === true && source && quantity > 0) {
          const productId = Number(source.product_id);
          restocked.set(productId, (restocked.get(productId) ?? 0) + quantity);
        }
        return {
          id: nextId++,
          name: source?.name ?? "Shipping",
          product_id: source?.product_id ?? 0,
          variation_id: source?.variation_id ?? 0,
          quantity: -quantity,
          total: decimal(-minor(item.refund_total, currency), currency),
          total_tax: decimal(-taxes, currency),
          meta_data: [{ id: nextId++, key: "_refunded_item_id", value: String(item.id) }],
        };
      });
      const refund = {
        id: nextId++,
        date_created: NOW_GMT,
        date_created_gmt: NOW_GMT,
        amount: decimal(amount, currency),
        reason: body.reason ?? "",
        refunded_by: 1,
        refunded_payment: body.api_refund === true,
        meta_data: ((body.meta_data as Json[] | undefined) ?? []).map((m) => ({ id: nextId++, ...m })),
        line_items: lineItems.filter((line) => line.quantity !== 0 || line.total !== decimal(0, currency)),
      };
      refunds.set(order.id as number, [refund, ...(refunds.get(order.id as number) ?? [])]);
      order.refunds = [
        { id: refund.id, reason: refund.reason, total: `-${refund.amount}` },
        ...(order.refunds as Json[]),
      ];
      if (alreadyRefunded + amount === minor(order.total, currency)) order.status = "refunded";
      return json(refund, { status: 201 });
    }),
    http.post(`${API}/orders/:id/notes`, async ({ params, request }) => {
      const body = (await request.json()) as Json;
      log("POST", `orders/${params.id}/notes`, body);
      const order = orderOf(params.id);
      if (!order)
        return error("woocommerce_rest_order_invalid_id", "Invalid order ID.", { status: 404 }, 404);
      const note = {
        id: nextId++,
        author: "system",
        date_created: NOW_GMT,
        date_created_gmt: NOW_GMT,
        note: body.note,
        customer_note: body.customer_note === true,
      };
      notes.set(order.id as number, [note, ...(notes.get(order.id as number) ?? [])]);
      return json(note, { status: 201 });
    }),
    http.get(`${API}/products`, ({ request }) => {
      const url = new URL(request.url);
      const include = (url.searchParams.get("include") ?? "").split(",").filter(Boolean).map(Number);
      log("GET", `products?include=${include.join(",")}`);
      return page(
        products.filter((product) => include.length === 0 || include.includes(product.id)),
        url,
      );
    }),
    http.get(`${API}/coupons`, ({ request }) => {
      const url = new URL(request.url);
      const code = (url.searchParams.get("code") ?? "").toLowerCase();
      log("GET", `coupons?code=${code}`);
      return page(
        coupons.filter((coupon) => code === "" || coupon.code === code),
        url,
      );
    }),
    http.post(`${API}/coupons`, async ({ request }) => {
      const body = (await request.json()) as Json;
      log("POST", "coupons", body);
      // WooCommerce stores coupon codes lower-cased (wc_format_coupon_code + wc_strtolower).
      const code = String(body.code ?? "")
        .trim()
        .toLowerCase();
      const existing = coupons.find((coupon) => coupon.code === code);
      if (existing) {
        return error(
          "woocommerce_rest_coupon_code_already_exists",
          "The coupon code already exists",
          { status: 400, resource_id: existing.id },
          400,
        );
      }
      const coupon = {
        ...clone(coupon719),
        id: nextId++,
        code,
        amount: body.amount,
        discount_type: body.discount_type ?? "fixed_cart",
        description: body.description ?? "",
        date_expires_gmt: body.date_expires_gmt ?? null,
        date_expires: body.date_expires_gmt ?? null,
        individual_use: body.individual_use ?? false,
        exclude_sale_items: false,
        minimum_amount: "0.00",
        usage_limit: body.usage_limit ?? null,
        usage_limit_per_user: body.usage_limit_per_user ?? null,
        email_restrictions: body.email_restrictions ?? [],
        meta_data: ((body.meta_data as Json[] | undefined) ?? []).map((m) => ({ id: nextId++, ...m })),
      };
      coupons.push(coupon);
      return json(coupon, { status: 201 });
    }),
  ];

  return { handlers, orders, refunds, notes, coupons, requests, restocked };
}
