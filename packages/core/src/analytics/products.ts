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

/**
 * @internal The products of a case's lines, in line order (`null` for unknown lines). The
 * dashboard resolves each case once and shares the answer between its reports.
 */
export type LineProducts = (c: CaseSummary) => readonly (ProductRef | null)[];

/** @internal Resolves line products through a lookup, remembering each case's answer. */
export function lineProducts(lookup: ProductLookup): LineProducts {
  const memo = new Map<CaseSummary, (ProductRef | null)[]>();
  return (c) => {
    let refs = memo.get(c);
    if (refs === undefined) {
      refs = c.lines.map((line) => lookup(c.orderId, line.lineId) ?? null);
      memo.set(c, refs);
    }
    return refs;
  };
}

/** A {@link ProductLookup} over order snapshots (or anything with an `id` and `lines`). */
export function productLookupFromOrders(
  orders: Iterable<{
    readonly id: string;
    readonly lines: readonly Pick<OrderLine, "id" | "productId" | "sku" | "title">[];
  }>,
): ProductLookup {
  const index = new Map<string, Map<string, ProductRef>>();
  for (const order of orders) {
    const lines = new Map<string, ProductRef>();
    for (const line of order.lines) {
      lines.set(line.id, { productId: line.productId, sku: line.sku ?? null, title: line.title });
    }
    index.set(order.id, lines);
  }
  return (orderId, lineId) => (orderId === null ? undefined : index.get(orderId)?.get(lineId));
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
  products: LineProducts,
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
    const refs = products(c);
    const seen: ProductTally[] = [];
    c.lines.forEach((line, k) => {
      const ref = refs[k] ?? null;
      const id = ref?.productId ?? "";
      let t = byProduct.get(id);
      if (t === undefined) {
        t = { ref, cases: 0, units: 0, reasons: new Map() };
        byProduct.set(id, t);
      }
      if (!seen.includes(t)) {
        t.cases++;
        seen.push(t);
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
    });
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
  return returnsOnGrid(summaries, dayGrid(range), lineProducts(products), sales);
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
  products: LineProducts,
): ComplaintsReport {
  let total = 0;
  const categories = new Map<string | null, number>();
  const byProduct = new Map<string, { ref: ProductRef | null; complaints: number }>();
  for (const c of summaries) {
    if (c.kind !== "complaint" || !inRange(grid, c.openedAt)) continue;
    total++;
    categories.set(c.category, (categories.get(c.category) ?? 0) + 1);
    const seen: string[] = [];
    for (const ref of products(c)) {
      const id = ref?.productId ?? "";
      if (seen.includes(id)) continue;
      seen.push(id);
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
  return complaintsOnGrid(summaries, dayGrid(range), lineProducts(products));
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

interface IssueTally {
  readonly row: Omit<IssueRow, "cases" | "percent">;
  /** Sort key for ties: source, issue, product id. */
  readonly key: string;
  cases: number;
}

/** @internal {@link topIssues} on a prepared day grid. */
export function topIssuesOnGrid(
  summaries: readonly CaseSummary[],
  grid: DayGrid,
  products: LineProducts,
  limit: number,
): IssueRow[] {
  let total = 0;
  // source → issue → product id ("" when unknown) → tally: no key strings built per line.
  const bySource = {
    complaint: new Map<string, Map<string, IssueTally>>(),
    return: new Map<string, Map<string, IssueTally>>(),
  };
  const tallies: IssueTally[] = [];
  for (const c of summaries) {
    if (c.kind === "inquiry" || !inRange(grid, c.openedAt)) continue;
    total++;
    const source = c.kind === "complaint" ? "complaint" : "return";
    const issues = bySource[source];
    const seen: IssueTally[] = [];
    const count = (issue: string, ref: ProductRef | null) => {
      let byProduct = issues.get(issue);
      if (byProduct === undefined) {
        byProduct = new Map();
        issues.set(issue, byProduct);
      }
      const productId = ref?.productId ?? "";
      let t = byProduct.get(productId);
      if (t === undefined) {
        const row = {
          source,
          issue,
          productId: ref?.productId ?? null,
          sku: ref?.sku ?? null,
          title: ref?.title ?? null,
        } as const;
        t = { row, key: `${source}\u0000${issue}\u0000${productId}`, cases: 0 };
        byProduct.set(productId, t);
        tallies.push(t);
      }
      if (!seen.includes(t)) {
        seen.push(t);
        t.cases++;
      }
    };
    const category = c.category ?? "uncategorized";
    if (c.lines.length === 0) count(category, null);
    const refs = products(c);
    c.lines.forEach((line, k) => {
      count(source === "complaint" ? category : line.reason, refs[k] ?? null);
    });
  }
  return tallies
    .sort((a, b) => b.cases - a.cases || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit)
    .map(({ row, cases }) => ({ ...row, cases, percent: percent(cases, total) ?? 0 }));
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
  return topIssuesOnGrid(summaries, dayGrid(range), lineProducts(products), limit);
}
