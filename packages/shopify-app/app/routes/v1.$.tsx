import type { ActionFunctionArgs, LoaderFunctionArgs } from "react-router";
import { aftersales } from "../aftersales.server";
import { authenticate } from "../shopify.server";

/**
 * The Aftersales API in the same process. Staff routes called by the embedded console carry App
 * Bridge's session token: it is verified here and replaced by the admin user's staff key.
 */
async function forward(request: Request): Promise<Response> {
  const services = await aftersales();
  const url = new URL(request.url);
  if (!url.pathname.startsWith("/v1/staff")) return services.api.fetch(request);
  const { session, sessionToken } = await authenticate.admin(request);
  const key = await services.staffKey(
    session.shop,
    String(sessionToken?.sub ?? session.onlineAccessInfo?.associated_user.id ?? "owner"),
  );
  const headers = new Headers(request.headers);
  headers.set("Authorization", `Bearer ${key}`);
  const init: RequestInit & { duplex?: "half" } = { method: request.method, headers };
  if (request.method !== "GET" && request.method !== "HEAD") init.body = await request.arrayBuffer();
  return services.api.fetch(new Request(request.url, init));
}

export const loader = ({ request }: LoaderFunctionArgs) => forward(request);
export const action = ({ request }: ActionFunctionArgs) => forward(request);
