import { describe, expect, it } from "vitest";
import { parseRoute, routePath } from "./router.js";

describe("routes", () => {
  it("reads hash and plain paths, and writes them back", () => {
    expect(parseRoute("#/cases/cas_1%2Fx")).toEqual({ name: "case", id: "cas_1/x" });
    expect(parseRoute("/dashboard?from=x")).toEqual({ name: "dashboard" });
    expect(parseRoute("#/team")).toEqual({ name: "team" });
    expect(parseRoute("/nowhere")).toEqual({ name: "inbox" });
    expect(
      ["/", "/cases/cas_1", "/policies", "/sla", "/dashboard", "/team"].map((p) => routePath(parseRoute(p))),
    ).toEqual(["/", "/cases/cas_1", "/policies", "/sla", "/dashboard", "/team"]);
  });
});
