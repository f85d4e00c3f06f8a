/**
 * `@aftersales/core` — the pure after-sales rules shared by the server, the widget, the platform
 * adapters and anyone who imports the SDK. No I/O, no clock: time and ids come from the caller.
 */

export * from "./analytics/index.js";
export * from "./calendar/index.js";
export * from "./case/index.js";
export * from "./demo/index.js";
export { AftersalesError, type ValidationIssue } from "./errors.js";
export * from "./money/index.js";
export * from "./order/index.js";
export * from "./policy/index.js";
export * from "./ports/index.js";
export * from "./sla/index.js";
export * from "./taxonomy/index.js";
export { parseOrThrow, toIssues, type Validated, validate } from "./validation.js";
