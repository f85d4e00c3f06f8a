import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import autocannon from "autocannon";
import { Hono } from "hono";

/** Serves a fetch handler on a free loopback port (bench and crash tests). */
export function listen(
  fetch: (req: Request) => Response | Promise<Response>,
): Promise<{ url: string; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

/** The ceiling of the create-case bench: a Hono route that parses the JSON body and answers 201. */
export function bareApp(): Hono {
  const app = new Hono();
  app.post("/v1/cases", async (c) =>
    c.json({ id: "cas_x", status: "submitted", body: await c.req.json() }, 201),
  );
  return app;
}

/** One load run's figures. */
export interface LoadResult {
  readonly ok: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

/** POSTs `body` to `url` for `seconds` over `connections` connections; `[<id>]` in headers becomes unique. */
export async function loadPost(input: {
  url: string;
  headers: Record<string, string>;
  body: string;
  seconds: number;
  connections: number;
}): Promise<LoadResult> {
  const result = await autocannon({
    url: input.url,
    method: "POST",
    connections: input.connections,
    duration: input.seconds,
    headers: input.headers,
    body: input.body,
    idReplacement: true,
  });
  const ok = result["2xx"];
  return {
    ok,
    rps: ok / input.seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}
