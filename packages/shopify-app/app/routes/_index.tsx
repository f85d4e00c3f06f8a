import { type LoaderFunctionArgs, redirect } from "react-router";

// Opening the app URL outside the admin (e.g. from the app listing) goes to the embedded app.
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  throw redirect(`/app${url.search}`);
};
