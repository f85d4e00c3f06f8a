import { AppProvider } from "@shopify/polaris";
import enPolaris from "@shopify/polaris/locales/en.json";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ApiError, createApi } from "../api/client.js";
import type { StaffMember } from "../api/types.js";
import { AdminContext, type AdminContextValue } from "../app/context.js";
import type { Loaded } from "../app/use-load.js";
import { AssigneePicker } from "./assignee-picker.js";

const context: AdminContextValue = {
  api: createApi({ apiBase: "", getToken: () => "ask_test" }),
  locale: "en",
  timeZone: "Europe/Berlin",
  identity: { staffId: "anna", role: "agent", storeName: "Demo" },
  navigate: () => {},
  href: (p) => p,
};

const loaded = (state: Partial<Loaded<{ items: StaffMember[] }>>): Loaded<{ items: StaffMember[] }> => ({
  data: undefined,
  error: undefined,
  loading: false,
  reload: () => {},
  set: () => {},
  ...state,
});

const render = (members: Loaded<{ items: StaffMember[] }>) => {
  const html = renderToStaticMarkup(
    createElement(
      AppProvider,
      { i18n: enPolaris },
      createElement(
        AdminContext.Provider,
        { value: context },
        createElement(AssigneePicker, { label: "Assign to", members, value: "", onChange: () => {} }),
      ),
    ),
  );
  return {
    select: html.includes("<select"),
    options: [...html.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((m) => m[1]),
    text: html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " "),
  };
};

describe("AssigneePicker", () => {
  it("offers the members by name and role, after a disabled prompt", () => {
    const picked = render(
      loaded({
        data: {
          items: [
            { staffId: "anna", name: "Anna", role: "agent" },
            { staffId: "mia", name: "Mia", role: "manager", email: "mia@example.com" },
          ],
        },
      }),
    );
    expect(picked.select).toBe(true);
    expect(picked.options).toEqual(["Choose a colleague", "Anna (anna) · Agent", "Mia (mia) · Manager"]);
  });

  it("asks for a typed staff id, saying why, only when the list cannot be read", () => {
    const picked = render(loaded({ error: new ApiError(404, { title: "No such resource" }) }));
    expect(picked.select).toBe(false);
    expect(picked.text).toContain("The staff list could not be read (No such resource); type a staff id.");
  });
});
