import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgliteTarget, type TestDatabase } from "../testing/databases.js";
import { anna, fixedOrderSource } from "../testing/fixtures.js";
import { TEST_SECRET } from "../testing/harness.js";
import { createServer } from "./app.js";

describe("static storefront and admin console", () => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await pgliteTarget.open();
    dir = mkdtempSync(join(tmpdir(), "aftersales-static-"));
    mkdirSync(join(dir, "store"));
    mkdirSync(join(dir, "admin"));
    writeFileSync(join(dir, "store", "index.html"), "<h1>store</h1>");
    writeFileSync(join(dir, "admin", "index.html"), "<h1>admin</h1>");
  });
  afterAll(async () => {
    await t.drop();
    rmSync(dir, { recursive: true, force: true });
  });
  const app = (roots: { storefront?: string; admin?: string }) =>
    createServer({
      db: t.db,
      secret: TEST_SECRET,
      orderSource: fixedOrderSource([anna]),
      staticRoots: roots,
    });

  it("serves the storefront at / and the console at /admin, deep links included", async () => {
    const a = app({ storefront: join(dir, "store"), admin: join(dir, "admin") });
    expect(await (await a.request("/")).text()).toBe("<h1>store</h1>");
    expect(await (await a.request("/admin")).text()).toBe("<h1>admin</h1>");
    expect(await (await a.request("/admin/cases/cas_1")).text()).toBe("<h1>admin</h1>");
    expect((await a.request("/v1/stores/none/config")).status).toBe(404);
  });

  it("starts without them when they are not built", async () => {
    const a = app({ storefront: join(dir, "missing"), admin: join(dir, "missing-too") });
    const res = await a.request("/");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });
});
