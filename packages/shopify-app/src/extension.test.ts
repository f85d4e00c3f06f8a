import { readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { themeCheckRun } from "@shopify/theme-check-node";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs build script without type declarations
import { copyWidget } from "../scripts/copy-widget.mjs";

const root = fileURLToPath(new URL("../extensions/aftersales-portal", import.meta.url));

describe("theme app extension aftersales-portal", () => {
  beforeAll(() => {
    // The widget bundle is a build product (gitignored here); bring the current one in.
    copyWidget();
  });

  it("passes theme-check with the theme-app-extension rules, with no offence of any severity", async () => {
    const run = await themeCheckRun(root, `${root}/.theme-check.yml`);
    expect(
      run.offenses.map((o) => `${o.uri.split("/").slice(-2).join("/")}: ${o.check} ${o.message}`),
    ).toEqual([]);
  }, 60_000);

  it("has an app block for product, order and page templates and an app embed", () => {
    const schema = (file: string) =>
      JSON.parse(
        /{% schema %}([\s\S]*){% endschema %}/.exec(readFileSync(`${root}/blocks/${file}`, "utf8"))![1]!,
      );
    expect(schema("portal.liquid")).toMatchObject({
      target: "section",
      enabled_on: { templates: ["product", "customers/order", "page"] },
    });
    expect(schema("portal-embed.liquid")).toMatchObject({ target: "body" });
    expect(
      schema("portal.liquid")
        .settings.map((s: { id?: string }) => s.id)
        .filter(Boolean),
    ).toEqual(["color_primary", "color_text", "color_surface", "radius", "locale", "flows"]);
  });

  it("loads only what the first paint needs: the entry script stays under 10 KB, lazy chunks load on demand", () => {
    const assets = readdirSync(`${root}/assets`);
    const size = (file: string) => statSync(`${root}/assets/${file}`).size;
    expect(size("aftersales.js")).toBeLessThan(10 * 1024);
    expect(size("aftersales-shopify.js")).toBeLessThan(10 * 1024);
    const total = assets.reduce((sum, file) => sum + size(file), 0);
    // Shopify caps a theme app extension at 10 MB of files; ours is a small fraction of it.
    expect(total).toBeLessThan(200 * 1024);
    const imports = assets.flatMap((file) =>
      [...readFileSync(`${root}/assets/${file}`, "utf8").matchAll(/(?:import\(|from)\s*"\.\/([^"]+)"/g)].map(
        (m) => m[1]!,
      ),
    );
    expect(imports.filter((target) => !assets.includes(target))).toEqual([]);
  });
});
