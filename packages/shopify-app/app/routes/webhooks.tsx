import type { ActionFunctionArgs } from "react-router";
import { aftersales } from "../aftersales.server";

// All topics of shopify.app.toml, including the privacy topics, arrive here: HMAC-verified,
// deduplicated through the server's webhook inbox, answered 200 at once and processed after.
export const action = async ({ request }: ActionFunctionArgs) => (await aftersales()).webhooks(request);
