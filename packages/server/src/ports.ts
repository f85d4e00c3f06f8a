import type { OrderSource } from "@aftersales/core";
import type { Tenant } from "./storage/tenants.js";

/** Picks the order source of a store (one per connected platform shop). */
export type OrderSourceResolver = (tenant: Tenant) => OrderSource;
