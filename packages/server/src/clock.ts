import { randomBytes } from "node:crypto";

/** Where the server reads the time; tests inject a fixed or stepping clock, never sleep. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock for tests and simulations that only moves when told to. */
export function manualClock(
  start: number | string,
): Clock & { set(at: number | string): void; advance(ms: number): void } {
  let t = typeof start === "string" ? Date.parse(start) : start;
  return {
    now: () => t,
    set: (at) => {
      t = typeof at === "string" ? Date.parse(at) : at;
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/** The instant of `clock` as an ISO 8601 UTC string. */
export function nowIso(clock: Clock): string {
  return new Date(clock.now()).toISOString();
}

/** A new unguessable id with a readable prefix, e.g. `cas_3YkqT9xw0m1Hc4Zb8sVf`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(15).toString("base64url")}`;
}
