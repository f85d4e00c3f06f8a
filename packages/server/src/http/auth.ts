import type { MiddlewareHandler } from "hono";
import { roleAtLeast, type StaffPrincipal, type StaffRole, verifyApiKey } from "../auth/api-keys.js";
import type { TokenClaims } from "../auth/tokens.js";
import type { AppEnv } from "./env.js";
import { Problem, ProblemType } from "./problem.js";

function bearer(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

const unauthorized = () =>
  new Problem(401, ProblemType.unauthorized, "A valid session token is required", {
    headers: { "WWW-Authenticate": 'Bearer realm="aftersales"' },
  });

/** Verifies a customer token from `Authorization: Bearer` (or `?t=` when `allowLink`), sets `customer`. */
export function requireCustomer(options: { allowLink?: boolean } = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { tokens, clock } = c.get("services");
    const token = bearer(c.req.header("authorization")) ?? (options.allowLink ? c.req.query("t") : undefined);
    const claims = token ? tokens.verify(token, clock.now()) : null;
    if (!claims || (claims.scope === "case" && !options.allowLink)) throw unauthorized();
    c.set("customer", claims);
    await next();
  };
}

/** Throws 403 unless the staff member has at least `role` (for methods of a route that need more). */
export function assertRole(staff: StaffPrincipal, role: StaffRole): void {
  if (!roleAtLeast(staff.role, role))
    throw new Problem(403, ProblemType.forbidden, `This needs the ${role} role`);
}

/** Verifies a staff API key with at least `role`, sets `staff`. */
export function requireStaff(role: StaffRole = "agent"): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = bearer(c.req.header("authorization")) ?? c.req.header("x-api-key");
    const principal = key ? await verifyApiKey(c.get("services").db, key) : null;
    if (!principal) {
      throw new Problem(401, ProblemType.unauthorized, "A valid API key is required", {
        headers: { "WWW-Authenticate": 'Bearer realm="aftersales-staff"' },
      });
    }
    assertRole(principal, role);
    c.set("staff", principal);
    await next();
  };
}

/**
 * Either a customer token or a staff key: customers get `customer`, staff get `staff`. Used by
 * routes both may call (attachments).
 */
export function requireCustomerOrStaff(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearer(c.req.header("authorization")) ?? c.req.header("x-api-key");
    if (token?.startsWith("ask_")) return requireStaff("agent")(c, next);
    return requireCustomer()(c, next);
  };
}

/** The owner string recorded on attachments for a customer session. */
export function customerOwner(claims: TokenClaims): string {
  return `order:${claims.orderId}`;
}
