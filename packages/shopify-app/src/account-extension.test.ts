import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "smol-toml";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { portalUrl } from "../extensions/aftersales-account/src/portal-url.js";

const root = fileURLToPath(new URL("../extensions/aftersales-account/", import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, "utf8");

interface ExtensionToml {
  api_version: string;
  extensions: {
    type: string;
    handle: string;
    capabilities: Record<string, unknown>;
    targeting: { target: string; module: string }[];
    settings: { fields: { key: string; type: string }[] };
  }[];
}
const toml = parse(read("shopify.extension.toml")) as unknown as ExtensionToml;
const appToml = parse(readFileSync(new URL("../shopify.app.toml", import.meta.url), "utf8")) as {
  webhooks: { api_version: string };
};

describe("customer account extension aftersales-account: shopify.extension.toml", () => {
  it("targets the app's API version, and the installed @shopify/ui-extensions is that version's package", () => {
    expect(toml.api_version).toBe("2026-10");
    expect(toml.api_version).toBe(appToml.webhooks.api_version);
    // The package's year.month is the API version it types (2026.10.x ↔ 2026-10).
    const installed = new URL("../node_modules/@shopify/ui-extensions/package.json", import.meta.url);
    const { version } = JSON.parse(readFileSync(installed, "utf8")) as { version: string };
    expect(version.split(".").slice(0, 2).join("-")).toBe("2026-10");
  });

  it("is one ui_extension with only the order action menu item, whose module exists and has its target's types", () => {
    expect(toml.extensions).toHaveLength(1);
    const [extension] = toml.extensions;
    expect(extension).toMatchObject({ type: "ui_extension", handle: "aftersales-account" });
    expect(extension!.targeting).toEqual([
      { target: "customer-account.order.action.menu-item.render", module: "./src/MenuActionItem.tsx" },
    ]);
    for (const { target, module } of extension!.targeting) {
      expect(existsSync(`${root}${module}`)).toBe(true);
      // shopify.d.ts types the module's `shopify` global with this target's Api.
      expect(read("shopify.d.ts")).toContain(`declare module "${module}"`);
      expect(read("shopify.d.ts")).toContain(`@shopify/ui-extensions/${target}").Api`);
    }
  });

  it("asks for no capability: a link needs neither the Storefront API nor the network", () => {
    expect(toml.extensions[0]!.capabilities).toEqual({ api_access: false, network_access: false });
  });

  it("lets the merchant set the portal page as a text setting the code reads by the same key", () => {
    expect(toml.extensions[0]!.settings.fields.map(({ key, type }) => ({ key, type }))).toEqual([
      { key: "portal_url", type: "single_line_text_field" },
    ]);
    expect(read("src/MenuActionItem.tsx")).toContain("shopify.settings.value.portal_url");
  });
});

describe("customer account extension aftersales-account: locales", () => {
  const locales = Object.fromEntries(
    readdirSync(`${root}locales`).map((file) => [file, JSON.parse(read(`locales/${file}`))]),
  ) as Record<string, Record<string, string>>;
  const used = [...read("src/MenuActionItem.tsx").matchAll(/translate\("([^"]+)"\)/g)].map((m) => m[1]!);

  it("has English as the default and Simplified and Traditional Chinese beside it", () => {
    expect(Object.keys(locales).sort()).toEqual(["en.default.json", "zh-CN.json", "zh-TW.json"]);
  });

  it("has the same keys in every locale, exactly the keys the code translates", () => {
    expect(used).toEqual(["requestReturnOrReportProblem"]);
    for (const [file, strings] of Object.entries(locales)) {
      expect({ file, keys: Object.keys(strings).sort() }).toEqual({ file, keys: [...used].sort() });
    }
  });

  it("says the glossary's words: return and complaint (退货 / 退貨, 投诉 / 投訴)", () => {
    expect(locales["en.default.json"]!.requestReturnOrReportProblem).toBe(
      "Request a return or report a problem",
    );
    expect(locales["zh-CN.json"]!.requestReturnOrReportProblem).toBe("申请退货或投诉");
    expect(locales["zh-TW.json"]!.requestReturnOrReportProblem).toBe("申請退貨或投訴");
  });
});

describe("customer account extension aftersales-account: the link", () => {
  const gid = "gid://shopify/Order/5512345678901";

  it("opens the merchant's portal page with the order's number, which the storefront and proxy use", () => {
    expect(portalUrl("https://shop.example.com/pages/returns", gid)).toBe(
      "https://shop.example.com/pages/returns?order=5512345678901",
    );
  });

  it("keeps the page's own query and replaces an order already in it", () => {
    expect(portalUrl(" https://shop.example.com/pages/help?lang=zh&order=1 ", gid)).toBe(
      "https://shop.example.com/pages/help?lang=zh&order=5512345678901",
    );
  });

  it("links to the page without an order when the id is not an order gid", () => {
    expect(portalUrl("https://shop.example.com/pages/returns", "gid://shopify/DraftOrder/7")).toBe(
      "https://shop.example.com/pages/returns",
    );
  });

  it("shows no button until the merchant sets an https address", () => {
    expect(portalUrl(undefined, gid)).toBeUndefined();
    expect(portalUrl("", gid)).toBeUndefined();
    expect(portalUrl("/pages/returns", gid)).toBeUndefined();
    expect(portalUrl("http://shop.example.com/pages/returns", gid)).toBeUndefined();
    expect(portalUrl("javascript:alert(1)", gid)).toBeUndefined();
    expect(portalUrl(42, gid)).toBeUndefined();
  });
});

describe("customer account extension aftersales-account: types", () => {
  it("type-checks against @shopify/ui-extensions' Preact and target types with its own tsconfig", () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      `${root}tsconfig.json`,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
        },
      },
    )!;
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
    expect(config.fileNames.map((f) => f.slice(root.length)).sort()).toEqual([
      "shopify.d.ts",
      "src/MenuActionItem.tsx",
      "src/portal-url.ts",
    ]);
    // The global is the target's API, not `any`: a misspelt property would not compile.
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(`${root}src/MenuActionItem.tsx`)!;
    let orderIdType = "";
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node) && node.getText(source) === "shopify.orderId") {
        orderIdType = checker.typeToString(checker.getTypeAtLocation(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(orderIdType).toBe("string");
  }, 60_000);
});
