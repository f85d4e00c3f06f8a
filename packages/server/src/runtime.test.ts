import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";
import { startServer } from "./runtime.js";
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
