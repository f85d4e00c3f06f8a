// `serveWorkers` with two processes on PostgreSQL (the schema in TEST_SCHEMA), as
// `aftersales serve --workers 2` runs them, jobs included. Prints `worker <index> <pid>` per started
// process and `listening <port>` once all listen.
import { createLogger } from "../src/logger.js";
import { serveWorkers, startServer } from "../src/runtime.js";
import { openPostgres } from "../src/storage/postgres.js";
import { TEST_DATABASE_URL } from "../src/testing/databases.js";
import { anna, fixedOrderSource } from "../src/testing/fixtures.js";

const logger = createLogger("silent");
await serveWorkers({
  workers: 2,
  logger,
  start: async (index) => {
    const running = await startServer({
      config: {
        port: Number(process.env.TEST_PORT),
        host: "127.0.0.1",
        databaseUrl: TEST_DATABASE_URL,
        dataDir: "unused",
        smtpUrl: undefined,
        smtpFrom: "x <x@localhost>",
        publicUrl: "http://localhost",
        secret: process.env.TEST_SECRET,
        logLevel: "silent",
      },
      logger,
      db: await openPostgres(TEST_DATABASE_URL, { searchPath: process.env.TEST_SCHEMA!, max: 4 }),
      orderSource: fixedOrderSource([anna]),
    });
    process.stdout.write(`worker ${index} ${process.pid}\n`);
    return running;
  },
  onReady: (url) => process.stdout.write(`listening ${new URL(url).port}\n`),
});
