// A server process for the crash test: PostgreSQL in the schema named by TEST_SCHEMA, the test
// orders, no jobs. Prints `listening <port>` once it accepts connections.
import { serve } from "@hono/node-server";
import { createServer } from "../src/http/app.js";
import { migrate } from "../src/storage/migrate.js";
import { openPostgres } from "../src/storage/postgres.js";
import { TEST_DATABASE_URL } from "../src/testing/databases.js";
import { anna, bo, fixedOrderSource } from "../src/testing/fixtures.js";

const db = await openPostgres(TEST_DATABASE_URL, { searchPath: process.env.TEST_SCHEMA!, max: 10 });
await migrate(db);
const app = createServer({ db, secret: process.env.TEST_SECRET!, orderSource: fixedOrderSource([anna, bo]) });
const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`listening ${info.port}\n`);
});
process.on("SIGTERM", () => server.close());
