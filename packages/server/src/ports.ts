import type { AfterSalesActions, OrderSource } from "@aftersales/core";
import type { Tenant } from "./storage/tenants.js";

/** Picks the order source of a store (one per connected platform shop). */
export type OrderSourceResolver = (tenant: Tenant) => OrderSource;

/** Picks the platform actions of a store (refunds, store credit, coupons, order notes); undefined: none. */
export type ActionsResolver = (tenant: Tenant) => AfterSalesActions | undefined;
