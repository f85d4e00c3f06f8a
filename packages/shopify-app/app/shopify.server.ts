import "@shopify/shopify-app-react-router/adapters/node";
import { ApiVersion, AppDistribution, shopifyApp } from "@shopify/shopify-app-react-router/server";
import { PostgreSQLSessionStorage } from "@shopify/shopify-app-session-storage-postgresql";
import { env } from "./env.server";

// The same structure as Shopify's React Router app template: one `shopifyApp` for the whole app,
// sessions in PostgreSQL (the database Aftersales uses, table `shopify_sessions`), embedded auth
// through token exchange (App Bridge session token → offline access token, no OAuth redirects).
export const sessionStorage = new PostgreSQLSessionStorage(env.DATABASE_URL, {
  sessionTableName: "shopify_sessions",
});

const shopify = shopifyApp({
  apiKey: env.SHOPIFY_API_KEY,
  apiSecretKey: env.SHOPIFY_API_SECRET,
  apiVersion: ApiVersion.October26,
  scopes: env.SCOPES,
  appUrl: env.SHOPIFY_APP_URL,
  authPathPrefix: "/auth",
  sessionStorage,
  distribution: AppDistribution.AppStore,
  hooks: {
    afterAuth: async ({ session }) => {
      const { aftersales } = await import("./aftersales.server");
      await (await aftersales()).install(session.shop);
    },
  },
});

export default shopify;
export const apiVersion = ApiVersion.October26;
export const addDocumentResponseHeaders = shopify.addDocumentResponseHeaders;
export const authenticate = shopify.authenticate;
export const login = shopify.login;
export const unauthenticated = shopify.unauthenticated;
