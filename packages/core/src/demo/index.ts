export type { DemoActivity } from "./demo-actions.js";
export {
  createDemoStore,
  type DemoStore,
  type DemoStoreOptions,
  type DemoTenant,
  demoCapabilities,
  demoDefaultNow,
  demoTenant,
} from "./demo-store.js";
export { type DemoOrderCredential, demoOrderCredentials } from "./orders.js";
