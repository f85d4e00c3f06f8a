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

const ID_BYTES = 15;
/** Random bytes drawn ahead for ids: one system call per 256 ids instead of one per id. */
let idPool = Buffer.alloc(0);
let idOffset = 0;

/** A new unguessable id with a readable prefix, e.g. `cas_3YkqT9xw0m1Hc4Zb8sVf`. */
export function newId(prefix: string): string {
  if (idOffset + ID_BYTES > idPool.length) {
    idPool = randomBytes(ID_BYTES * 256);
    idOffset = 0;
  }
  const id = idPool.toString("base64url", idOffset, idOffset + ID_BYTES);
  idOffset += ID_BYTES;
  return `${prefix}_${id}`;
}
