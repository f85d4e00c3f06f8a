import { createServer } from "/work/main/packages/server/src/http/app.js";
import { createTenant } from "/work/main/packages/server/src/storage/tenants.js";
import { postgresTarget } from "/work/main/packages/server/src/testing/databases.js";
import { anna, fixedOrderSource } from "/work/main/packages/server/src/testing/fixtures.js";

const t = await postgresTarget.open({ max: 20 });
await createTenant(t.db, { slug: "acme", name: "Acme", settings: { timeZone: "Europe/Berlin" } });
const app = createServer({ db: t.db, secret: "x".repeat(40), orderSource: fixedOrderSource([anna]) });
const s = await app.request("/v1/stores/acme/sessions", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ orderNumber: "#1001", email: "anna@example.de" }),
});
const { token } = (await s.json()) as { token: string };
const body = JSON.stringify({
  kind: "return",
  lines: [{ lineId: "L1", quantity: 1, reason: "defective", resolution: "refund" }],
  description: "x",
});
let i = 0;
const started = performance.now();
const n = 2000;
await Promise.all(
  Array.from({ length: 16 }, async () => {
    while (i < n) {
      const k = i++;
      const r = await app.request("/v1/cases", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${token}`,
          "idempotency-key": `k${k}`,
        },
        body,
      });
      if (r.status !== 201) console.log(r.status, await r.text());
    }
  }),
);
console.log("per sec", (n / ((performance.now() - started) / 1000)).toFixed(0));
await t.drop();
