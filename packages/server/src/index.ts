/**
 * `@aftersales/server` — the HTTP API, storage, jobs and CLI around `@aftersales/core`.
 */
export {
  createApiKey,
  listStaffMembers,
  type StaffMember,
  type StaffPrincipal,
  StaffRole,
  StaffRoleSchema,
  updateStaffMember,
} from "./auth/api-keys.js";
export { createTokenSigner, type TokenClaims, type TokenSigner } from "./auth/tokens.js";
export {
  type CaseCommandRequest,
  type CaseSnapshot,
  type CommandOutcome,
  loadCase,
  runCaseCommand,
} from "./cases/service.js";
export { type Clock, manualClock, systemClock } from "./clock.js";
export { EnvSchema, loadConfig, type ServerConfig } from "./config/config.js";
export { type DemoSeed, seedDemo } from "./demo/seed.js";
export { ServerError } from "./errors.js";
export { type CreateServerOptions, createServer } from "./http/app.js";
export { Problem, ProblemType } from "./http/problem.js";
export { PLATFORM_EVENT_TOPIC, type WebhookVerifiers } from "./http/routes/webhooks.js";
export { defaultLimits, type IdentityVerifier, type Limits } from "./http/services.js";
export {
  DATA_EXPORT_TOPIC,
  type DataExportPayload,
  dataExportHandler,
} from "./jobs/data-export.js";
export {
  createDispatcher,
  type Dispatcher,
  type DispatcherOptions,
  type OutboxHandler,
} from "./jobs/dispatcher.js";
export {
  addWebhookEndpoint,
  type JobDeps,
  jobHandlers,
  mirrorsPlatformReturn,
  platformDeclineReason,
  platformRefusalNote,
  signWebhook,
  Topic,
} from "./jobs/handlers.js";
export { logMailer, type Mailer, type MailMessage, smtpMailer } from "./jobs/mailer.js";
export { defaultRetention, pruneExpired, type Retention } from "./jobs/prune.js";
export { type RunningJobs, type StartJobsOptions, startJobs } from "./jobs/start.js";
export {
  formatStaffDue,
  type MailLocale,
  MailTemplate,
  type RenderedMail,
  renderMail,
  renderStaffMail,
  StaffMailTemplate,
  type StaffMailVars,
} from "./jobs/templates.js";
export { createLogger, type Logger } from "./logger.js";
export {
  applyPlatformFacts,
  findCaseForPlatformReturn,
  linkPlatformReturn,
  type PlatformFact,
  PlatformFactIgnored,
  PlatformFactIgnoredSchema,
  type PlatformFactInput,
  type PlatformFactOptions,
  type PlatformFactResult,
  PlatformFactSchema,
  type PlatformReturnLine,
  PlatformReturnLineSchema,
} from "./platforms/case-sync.js";
export type { ActionsResolver, OrderSourceResolver } from "./ports.js";
export {
  noOrderSource,
  openDatabase,
  type RunningServer,
  type StartOptions,
  startServer,
} from "./runtime.js";
export { type SweepReport, sweepSla } from "./sla/sweeper.js";
export { type Db, isPgError, type Queryable, type QueryResult, UNIQUE_VIOLATION } from "./storage/db.js";
export { type MigrationReport, migrate } from "./storage/migrate.js";
export type { Migration } from "./storage/migrations/index.js";
export { openPglite } from "./storage/pglite.js";
export { openPostgres, type PostgresOptions } from "./storage/postgres.js";
export {
  createTenant,
  findTenantBySlug,
  managerEmails,
  type Tenant,
  type TenantSettings,
  updateTenantSettings,
} from "./storage/tenants.js";
