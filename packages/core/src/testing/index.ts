/**
 * `@aftersales/core/testing` — the contract suites that every platform adapter (and the demo store)
 * runs against the ports of DESIGN §6. Each `run…Contract` registers vitest tests, so call it at the
 * top level of a test file; vitest is an optional peer dependency needed only here.
 */
export {
  type AfterSalesActionsContractFixtures,
  type AfterSalesActionsContractSetup,
  runAfterSalesActionsContract,
} from "./actions-contract.js";
export {
  type OrderSourceContractFixtures,
  type OrderSourceContractSetup,
  runOrderSourceContract,
} from "./order-source-contract.js";
export {
  type ExpectedWebhookEvent,
  runWebhookVerifierContract,
  type UnsignedWebhook,
  type WebhookVerifierContractFixtures,
  type WebhookVerifierContractSetup,
} from "./webhook-verifier-contract.js";
