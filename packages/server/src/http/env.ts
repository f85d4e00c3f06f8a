import type { StaffPrincipal } from "../auth/api-keys.js";
import type { TokenClaims } from "../auth/tokens.js";
import type { Logger } from "../logger.js";
import type { Services } from "./services.js";

/** Per-request values handlers read with `c.get(...)`. */
export interface AppVariables {
  requestId: string;
  /** The client's address (socket, or `X-Forwarded-For` behind a trusted proxy). */
  clientIp: string;
  log: Logger;
  services: Services;
  customer: TokenClaims;
  staff: StaffPrincipal;
}

/** The Hono environment of the app. */
export interface AppEnv {
  Variables: AppVariables;
}
