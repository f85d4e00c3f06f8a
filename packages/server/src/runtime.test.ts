import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";
import { parseWorkers, startServer } from "./runtime.js";
import { pgliteTarget } from "./testing/databases.js";
import { anna, fixedOrderSource } from "./testing/fixtures.js";
import { TEST_SECRET } from "./testing/harness.js";

describe("startServer", () => {
  it("migrates, listens, runs the jobs and stops cleanly", async () => {
    const { db } = await pgliteTarget.open();
    const running = await startServer({
      config: {
        port: 0,
        host: "127.0.0.1",
        databaseUrl: undefined,
        dataDir: "unused",
        smtpUrl: undefined,
        smtpFrom: "x <x@localhost>",
        publicUrl: "http://localhost",
        secret: TEST_SECRET,
        logLevel: "silent",
      },
      logger: createLogger("silent"),
      db,
      orderSource: fixedOrderSource([anna]),
    });
    try {
      const res = await fetch(`${running.url}/v1/openapi.json`);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await running.stop();
    }
  });

  it("refuses to start without a secret", async () => {
    await expect(
      startServer({
        config: {
          port: 0,
          host: "127.0.0.1",
          databaseUrl: undefined,
          dataDir: "unused",
          smtpUrl: undefined,
          smtpFrom: "x",
          publicUrl: "http://localhost",
          secret: undefined,
          logLevel: "silent",
        },
        logger: createLogger("silent"),
      }),
    ).rejects.toThrow("SECRET is required to sign customer tokens");
  });
});

describe("parseWorkers", () => {
  it("reads a process count, auto as one per CPU, and 1 when absent", () => {
    expect(parseWorkers(undefined)).toBe(1);
    expect(parseWorkers("3")).toBe(3);
    expect(parseWorkers("auto")).toBe(availableParallelism());
  });

  it("refuses counts that are not whole numbers from 1 to 64", () => {
    for (const bad of ["0", "65", "1.5", "two", ""]) {
      expect(() => parseWorkers(bad)).toThrow("--workers must be a whole number from 1 to 64, or auto");
    }
  });
});
