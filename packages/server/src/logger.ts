import { pino } from "pino";

/** The structured logger the server writes to (pino). */
export type Logger = pino.Logger;

/** Creates the JSON logger (stdout) at `level`; `silent` for tests. */
export function createLogger(level: string = "info"): Logger {
  return pino({ level, base: { service: "aftersales" }, timestamp: pino.stdTimeFunctions.isoTime });
}
