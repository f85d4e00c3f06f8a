/**
 * `@aftersales/server` — the HTTP API, storage, jobs and CLI around `@aftersales/core`.
 */

export { createApiKey, type StaffPrincipal, StaffRole } from "./auth/api-keys.js";
export { type Clock, manualClock, systemClock } from "./clock.js";
export { EnvSchema, loadConfig, type ServerConfig } from "./config/config.js";
export { ServerError } from "./errors.js";
export { type CreateServerOptions, createServer } from "./http/app.js";
export { Problem, ProblemType } from "./http/problem.js";
export { defaultLimits, type Limits } from "./http/services.js";
export { createLogger, type Logger } from "./logger.js";
export type { OrderSourceResolver } from "./ports.js";
export { type Db, isPgError, type Queryable, type QueryResult, UNIQUE_VIOLATION } from "./storage/db.js";
export { type MigrationReport, migrate } from "./storage/migrate.js";
export type { Migration } from "./storage/migrations/index.js";
export { openPglite } from "./storage/pglite.js";
export { openPostgres, type PostgresOptions } from "./storage/postgres.js";
export { createTenant, findTenantBySlug, type Tenant, type TenantSettings } from "./storage/tenants.js";
