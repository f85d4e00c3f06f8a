import type { OrderLine, OrderSnapshot } from "../order/snapshot.js";
import { instantMs } from "./instant.js";
import { type AnalyticsRange, type DayGrid, dayGrid, inRange } from "./range.js";
import { percent } from "./stats.js";
import type { CaseSummary } from "./summarize.js";

/** The product an order line is of, as reports name it. */
export interface ProductRef {
  readonly productId: string;
  readonly sku: string | null;
  readonly title: string | null;
}

/**
 * Finds the product of a case line: cases carry only the order id and line id, so reports by
 * product need the orders' lines. Build one with {@link productLookupFromOrders}, or wrap your own
 * store. `undefined` when the line is unknown (the figures then go to a `productId: null` row).
 */
export type ProductLookup = (orderId: string | null, lineId: string) => ProductRef | undefined;

/** Units sold of a product in the period a return rate is about. */
export interface ProductSales {
  readonly productId: string;
  readonly unitsSold: number;
}

const key = (orderId: string | null, lineId: string) => `${orderId ?? ""}\u0000${lineId}`;

/** A {@link ProductLookup} over order snapshots (or anything with an `id` and `lines`). */
export function productLookupFromOrders(
  orders: Iterable<{
    readonly id: string;
    readonly lines: readonly Pick<OrderLine, "id" | "productId" | "sku" | "title">[];
  }>,
): ProductLookup {
  const index = new Map<string, ProductRef>();
  for (const order of orders) {
    for (const line of order.lines) {
      index.set(key(order.id, line.id), {
        productId: line.productId,
        sku: line.sku ?? null,
        title: line.title,
      });
    }
  }
  return (orderId, lineId) => index.get(key(orderId, lineId));
}

/**
 * Units sold per product over orders placed in the range (by local date of `placedAt`), for return
 * rates when the platform gives no sales report.
 */
export function unitsSoldFromOrders(
  orders: Iterable<Pick<OrderSnapshot, "placedAt" | "lines">>,
  range: AnalyticsRange,
): ProductSales[] {
  const grid = dayGrid(range);
  const units = new Map<string, number>();
  for (const order of orders) {
    if (!inRange(grid, instantMs(order.placedAt))) continue;
    for (const line of order.lines)
      units.set(line.productId, (units.get(line.productId) ?? 0) + line.quantity);
  }
  return [...units.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([productId, unitsSold]) => ({ productId, unitsSold }));
}

/** Return figures of one product. */
export interface ProductReturnsRow {
  /** `null` for lines the lookup did not know. */
  readonly productId: string | null;
  readonly sku: string | null;
  readonly title: string | null;
  /** Return and exchange cases that include the product. */
  readonly cases: number;
  readonly units: number;
  readonly unitsSold: number | null;
  /** `units / unitsSold` in percent (2 decimals), `null` without sales figures. */
  readonly returnRatePercent: number | null;
  /** Units by reason code, most first. */
  readonly reasons: readonly { readonly reason: string; readonly units: number }[];
}

/** Returns and exchanges requested in a range, by product and by reason. */
export interface ReturnsReport {
  readonly cases: number;
  readonly units: number;
  /** Products by units returned, most first (then by product id). */
  readonly byProduct: readonly ProductReturnsRow[];
  /** Reasons over all products: units, cases and share of units. */
  readonly byReason: readonly {
    readonly reason: string;
    readonly units: number;
    readonly cases: number;
    readonly percent: number;
  }[];
}

const countDesc =
  <T>(count: (t: T) => number, id: (t: T) => string) =>
  (a: T, b: T) =>
    count(b) - count(a) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);

interface ProductTally {
  ref: ProductRef | null;
  cases: number;
  units: number;
  reasons: Map<string, number>;
}

/** @internal {@link returnsByProduct} on a prepared day grid. */
export function returnsOnGrid(
  summaries: readonly CaseSummary[],
  grid: DayGrid,
  products: ProductLookup,
  sales?: Iterable<ProductSales>,
): ReturnsReport {
  const sold = new Map<string, number>();
  for (const s of sales ?? []) sold.set(s.productId, (sold.get(s.productId) ?? 0) + s.unitsSold);
  const byProduct = new Map<string, ProductTally>();
  const byReason = new Map<string, { units: number; cases: Set<string> }>();
  let cases = 0;
  let units = 0;
  for (const c of summaries) {
    if ((c.kind !== "return" && c.kind !== "exchange") || !inRange(grid, c.openedAt)) continue;
    if (c.status === "declined" || c.status === "cancelled") continue;
    cases++;
    const seen = new Set<string>();
    for (const line of c.lines) {
      const ref = products(c.orderId, line.lineId) ?? null;
      const id = ref?.productId ?? "";
      let t = byProduct.get(id);
      if (t === undefined) {
        t = { ref, cases: 0, units: 0, reasons: new Map() };
        byProduct.set(id, t);
      }
      if (!seen.has(id)) {
        t.cases++;
        seen.add(id);
      }
      t.units += line.quantity;
      t.reasons.set(line.reason, (t.reasons.get(line.reason) ?? 0) + line.quantity);
      units += line.quantity;
      let r = byReason.get(line.reason);
      if (r === undefined) {
        r = { units: 0, cases: new Set() };
        byReason.set(line.reason, r);
      }
      r.units += line.quantity;
      r.cases.add(c.caseId);
    }
  }
  const rows: ProductReturnsRow[] = [...byProduct.values()].map((t) => {
    const unitsSold = t.ref === null ? null : (sold.get(t.ref.productId) ?? null);
    return {
      productId: t.ref?.productId ?? null,
      sku: t.ref?.sku ?? null,
      title: t.ref?.title ?? null,
      cases: t.cases,
      units: t.units,
      unitsSold,
      returnRatePercent: unitsSold === null ? null : percent(t.units, unitsSold),
      reasons: [...t.reasons.entries()]
        .map(([reason, u]) => ({ reason, units: u }))
        .sort(
          countDesc(
            (r) => r.units,
            (r) => r.reason,
          ),
        ),
    };
  });
  rows.sort(
    countDesc(
      (r) => r.units,
      (r) => r.productId ?? "",
    ),
  );
  return {
    cases,
    units,
    byProduct: rows,
    byReason: [...byReason.entries()]
      .map(([reason, r]) => ({
        reason,
        units: r.units,
        cases: r.cases.size,
        percent: percent(r.units, units) ?? 0,
      }))
      .sort(
        countDesc(
          (r) => r.units,
          (r) => r.reason,
        ),
      ),
  };
}

/**
 * Returns and exchanges requested in the range (cases opened in it, not declined or cancelled):
 * units and cases per product with their reasons, the return rate against units sold when `sales`
 * are given, and the reasons overall. Products come from the case lines through `products`.
 */
export function returnsByProduct(
  summaries: readonly CaseSummary[],
  range: AnalyticsRange,
  products: ProductLookup,
  sales?: Iterable<ProductSales>,
): ReturnsReport {
  return returnsOnGrid(summaries, dayGrid(range), products, sales);
}

/** Complaints opened in a range by category and by product. */
export interface ComplaintsReport {
  readonly total: number;
  /** Categories by count, most first; `category: null` for complaints without one. */
  readonly byCategory: readonly {
    readonly category: string | null;
    readonly complaints: number;
    readonly percent: number;
  }[];
  /**
   * Products named in complaint lines, by complaints, most first, with the share of all complaints
   * and the cumulative share (a Pareto view: which few products concentrate the complaints).
   */
  readonly byProduct: readonly {
    readonly productId: string | null;
    readonly sku: string | null;
    readonly title: string | null;
    readonly complaints: number;
    readonly percent: number;
    readonly cumulativePercent: number;
  }[];
}

/** @internal {@link complaintsReport} on a prepared day grid. */
export function complaintsOnGrid(
  summaries: readonly CaseSummary[],
  grid: DayGrid,
  products: ProductLookup,
): ComplaintsReport {
  let total = 0;
  const categories = new Map<string | null, number>();
  const byProduct = new Map<string, { ref: ProductRef | null; complaints: number }>();
  for (const c of summaries) {
    if (c.kind !== "complaint" || !inRange(grid, c.openedAt)) continue;
    total++;
    categories.set(c.category, (categories.get(c.category) ?? 0) + 1);
    const seen = new Set<string>();
    for (const line of c.lines) {
      const ref = products(c.orderId, line.lineId) ?? null;
      const id = ref?.productId ?? "";
      if (seen.has(id)) continue;
      seen.add(id);
      const t = byProduct.get(id);
      if (t === undefined) byProduct.set(id, { ref, complaints: 1 });
      else t.complaints++;
    }
  }
  let cumulative = 0;
  const productRows = [...byProduct.values()]
    .sort(
      countDesc(
        (t) => t.complaints,
        (t) => t.ref?.productId ?? "",
      ),
    )
    .map((t) => {
      cumulative += t.complaints;
      return {
        productId: t.ref?.productId ?? null,
        sku: t.ref?.sku ?? null,
        title: t.ref?.title ?? null,
        complaints: t.complaints,
        percent: percent(t.complaints, total) ?? 0,
        cumulativePercent: percent(cumulative, total) ?? 0,
      };
    });
  return {
    total,
    byCategory: [...categories.entries()]
      .map(([category, complaints]) => ({ category, complaints, percent: percent(complaints, total) ?? 0 }))
      .sort(
        countDesc(
          (r) => r.complaints,
          (r) => r.category ?? "",
        ),
      ),
    byProduct: productRows,
  };
}

/**
 * Complaints opened in the range by category (current category) and by product (each complaint
 * counted once per product its lines name).
 */
export function complaintsReport(
  summaries: readonly CaseSummary[],
  range: AnalyticsRange,
  products: ProductLookup,
): ComplaintsReport {
  return complaintsOnGrid(summaries, dayGrid(range), products);
}

/** One recurring issue: an issue code on a product and how many cases raised it. */
export interface IssueRow {
  /** `complaint`: a complaint category; `return`: a return or exchange reason code. */
  readonly source: "complaint" | "return";
  /** The category id or reason code (`uncategorized` for a complaint without a category). */
  readonly issue: string;
  readonly productId: string | null;
  readonly sku: string | null;
  readonly title: string | null;
  readonly cases: number;
  /** Share of all complaint, return and exchange cases opened in the range. */
  readonly percent: number;
}

/** @internal {@link topIssues} on a prepared day grid. */
export function topIssuesOnGrid(
  summaries: readonly CaseSummary[],
  grid: DayGrid,
  products: ProductLookup,
  limit: number,
): IssueRow[] {
  let total = 0;
  const issues = new Map<string, { row: Omit<IssueRow, "cases" | "percent">; cases: number }>();
  for (const c of summaries) {
    if (c.kind === "inquiry" || !inRange(grid, c.openedAt)) continue;
    total++;
    const source = c.kind === "complaint" ? "complaint" : "return";
    const seen = new Set<string>();
    const count = (issue: string, ref: ProductRef | null) => {
      const k = `${source}\u0000${issue}\u0000${ref?.productId ?? ""}`;
      if (seen.has(k)) return;
      seen.add(k);
      const t = issues.get(k);
      if (t !== undefined) t.cases++;
      else {
        const row = {
          source,
          issue,
          productId: ref?.productId ?? null,
          sku: ref?.sku ?? null,
          title: ref?.title ?? null,
        } as const;
        issues.set(k, { row, cases: 1 });
      }
    };
    const category = c.category ?? "uncategorized";
    if (c.lines.length === 0) count(category, null);
    for (const line of c.lines) {
      const ref = products(c.orderId, line.lineId) ?? null;
      count(source === "complaint" ? category : line.reason, ref);
    }
  }
  return [...issues.values()]
    .map(({ row, cases }) => ({ ...row, cases, percent: percent(cases, total) ?? 0 }))
    .sort(
      countDesc(
        (r) => r.cases,
        (r) => `${r.source}\u0000${r.issue}\u0000${r.productId ?? ""}`,
      ),
    )
    .slice(0, limit);
}

/**
 * The most frequent issues of the range: (complaint category or return reason) × product, counted
 * in distinct cases opened in the range, most first (ties by source, issue, product id). Inquiries
 * carry no issue code and are left out.
 */
export function topIssues(
  summaries: readonly CaseSummary[],
  range: AnalyticsRange,
  products: ProductLookup,
  limit = 10,
): IssueRow[] {
  return topIssuesOnGrid(summaries, dayGrid(range), products, limit);
}
