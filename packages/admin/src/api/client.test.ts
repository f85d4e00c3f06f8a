import { describe, expect, it } from "vitest";
import { ApiError, createApi } from "./client.js";

function fakeFetch(status: number, body: unknown, seen: { url?: string; init?: RequestInit } = {}) {
  return async (url: RequestInfo | URL, init?: RequestInit) => {
    seen.url = String(url);
    if (init) seen.init = init;
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
}

describe("createApi", () => {
  it("sends the key as a bearer token and the case version as If-Match", async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const api = createApi({
      apiBase: "https://api.example/",
      getToken: () => "ask_1",
      fetch: fakeFetch(200, {}, seen),
    });
    await api.command("cas_1", { type: "acknowledge" }, 3);
    expect(seen.url).toBe("https://api.example/v1/staff/cases/cas_1/commands");
    expect(seen.init?.headers).toEqual({
      authorization: "Bearer ask_1",
      "if-match": '"3"',
      "content-type": "application/json",
    });
    expect(seen.init?.body).toBe('{"type":"acknowledge"}');
  });

  it("turns problem+json into an ApiError with its field errors", async () => {
    const api = createApi({
      apiBase: "",
      getToken: () => "ask_1",
      fetch: fakeFetch(400, {
        type: "validation_failed",
        title: "The command is not valid",
        status: 400,
        errors: [{ path: "amount", message: "must be more than zero", code: "custom" }],
      }),
    });
    const error = await api.command("cas_1", { type: "record_refund" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect([
      (error as ApiError).type,
      (error as ApiError).errors[0]?.path,
      (error as ApiError).missingEndpoint,
    ]).toEqual(["validation_failed", "amount", false]);
  });

  it("tells a route the server lacks from a missing record", async () => {
    const missing = createApi({
      apiBase: "",
      getToken: () => "k",
      fetch: fakeFetch(404, { type: "not_found", title: "No such resource" }),
    });
    expect(await missing.me().catch((e: ApiError) => e.missingEndpoint)).toBe(true);
    const gone = createApi({
      apiBase: "",
      getToken: () => "k",
      fetch: fakeFetch(404, { type: "not_found", title: "Case not found" }),
    });
    expect(await gone.getCase("x").catch((e: ApiError) => e.missingEndpoint)).toBe(false);
  });
});
