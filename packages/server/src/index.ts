/**
 * `@aftersales/server` — the HTTP API, storage, jobs and CLI around `@aftersales/core`.
 */
export { EnvSchema, loadConfig, type ServerConfig } from "./config/config.js";
export { ServerError } from "./errors.js";
export { createLogger, type Logger } from "./logger.js";
export { type Db, isPgError, type Queryable, type QueryResult, UNIQUE_VIOLATION } from "./storage/db.js";
export { type MigrationReport, migrate } from "./storage/migrate.js";
export type { Migration } from "./storage/migrations/index.js";
export { openPglite } from "./storage/pglite.js";
export { openPostgres, type PostgresOptions } from "./storage/postgres.js";
