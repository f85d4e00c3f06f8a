import { AppProvider } from "@shopify/shopify-app-react-router/react";
import { boundary } from "@shopify/shopify-app-react-router/server";
import {
  type HeadersFunction,
  type LoaderFunctionArgs,
  Outlet,
  useLoaderData,
  useRouteError,
} from "react-router";
import { authenticate } from "../shopify.server";

// Every /app page is embedded in the Shopify admin: authenticate.admin validates App Bridge's
// session token and, on first use, exchanges it for the shop's offline access token.
export const loader = async ({ request }: LoaderFunctionArgs) => {
  await authenticate.admin(request);
  return { apiKey: process.env.SHOPIFY_API_KEY ?? "" };
};

export default function EmbeddedApp() {
  const { apiKey } = useLoaderData<typeof loader>();
  return (
    <AppProvider apiKey={apiKey}>
      <Outlet />
    </AppProvider>
  );
}

export function ErrorBoundary() {
  return boundary.error(useRouteError());
}

export const headers: HeadersFunction = (headersArgs) => boundary.headers(headersArgs);
