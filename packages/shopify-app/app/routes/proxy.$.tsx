import type { ActionFunctionArgs, LoaderFunctionArgs } from "react-router";
import { aftersales } from "../aftersales.server";

// The app proxy (/apps/aftersales/* on the storefront): signature checked, then the customer API.
export const loader = async ({ request }: LoaderFunctionArgs) => (await aftersales()).proxy(request);
export const action = async ({ request }: ActionFunctionArgs) => (await aftersales()).proxy(request);
