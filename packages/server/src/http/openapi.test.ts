import { validate } from "@readme/openapi-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgliteTarget } from "../testing/databases.js";
import { startTestApp, type TestApp } from "../testing/harness.js";

describe("OpenAPI document", () => {
  let h: TestApp;
  let doc: Record<string, unknown> & { paths: Record<string, Record<string, unknown>> };
  beforeAll(async () => {
    h = await startTestApp(pgliteTarget);
    const res = await h.call("GET", "/v1/openapi.json");
    expect(res.status).toBe(200);
    doc = (await res.json()) as typeof doc;
  });
  afterAll(() => h.t.drop());

  it("is a valid OpenAPI 3.1 document", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("documents every route of the customer contract", () => {
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        "GET /v1/stores/{store}/config",
        "POST /v1/stores/{store}/sessions",
        "POST /v1/stores/{store}/classify",
        "GET /v1/me/order",
        "POST /v1/attachments",
        "GET /v1/attachments/{id}",
        "POST /v1/cases",
        "GET /v1/cases/{id}",
        "POST /v1/cases/{id}/messages",
        "POST /v1/cases/{id}/choice",
        "POST /v1/cases/{id}/cancel",
        "POST /v1/cases/{id}/rating",
        "GET /v1/staff/cases",
        "POST /v1/staff/cases/{id}/commands",
      ]),
    );
  });
});
