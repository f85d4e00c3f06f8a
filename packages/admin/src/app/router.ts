/** The screens of the console and their paths (`/cases/cas_1`), the same standalone and embedded. */
export type Route =
  | { readonly name: "inbox" }
  | { readonly name: "case"; readonly id: string }
  | { readonly name: "policies" }
  | { readonly name: "sla" }
  | { readonly name: "dashboard" }
  | { readonly name: "team" };

/** The route of a path; unknown paths show the inbox. */
export function parseRoute(path: string): Route {
  const clean = path.replace(/^#/, "").split("?")[0] ?? "";
  const parts = clean.split("/").filter(Boolean);
  if (parts[0] === "cases" && parts[1]) return { name: "case", id: decodeURIComponent(parts[1]) };
  if (parts[0] === "policies") return { name: "policies" };
  if (parts[0] === "sla") return { name: "sla" };
  if (parts[0] === "dashboard") return { name: "dashboard" };
  if (parts[0] === "team") return { name: "team" };
  return { name: "inbox" };
}

/** The path of a route. */
export function routePath(route: Route): string {
  switch (route.name) {
    case "inbox":
      return "/";
    case "case":
      return `/cases/${encodeURIComponent(route.id)}`;
    case "policies":
      return "/policies";
    case "sla":
      return "/sla";
    case "dashboard":
      return "/dashboard";
    case "team":
      return "/team";
    default: {
      const never: never = route;
      throw new Error(`unknown route ${JSON.stringify(never)}`);
    }
  }
}
