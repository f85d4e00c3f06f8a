// Copies the widget's browser bundle (packages/widget/dist/cdn) into the theme app extension's
// assets. Extension assets are one flat folder, so the lazy chunks move next to the loader and the
// loader's "./chunks/" imports are rewritten to "./". Run by `pnpm build` after the widget's build.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cdn = fileURLToPath(new URL("../../widget/dist/cdn/", import.meta.url));
const assets = fileURLToPath(new URL("../extensions/aftersales-portal/assets/", import.meta.url));

export function copyWidget() {
  if (!existsSync(`${cdn}aftersales.js`)) {
    throw new Error("The widget is not built: run `pnpm --filter @aftersales/widget build` first");
  }
  mkdirSync(assets, { recursive: true });
  for (const file of readdirSync(assets)) {
    if (file.startsWith("aftersales-widget-") || file === "aftersales.js") rmSync(`${assets}${file}`);
  }
  const loader = readFileSync(`${cdn}aftersales.js`, "utf8").replaceAll("./chunks/", "./aftersales-widget-");
  writeFileSync(`${assets}aftersales.js`, loader);
  for (const chunk of readdirSync(`${cdn}chunks`).filter((f) => f.endsWith(".js"))) {
    const text = readFileSync(`${cdn}chunks/${chunk}`, "utf8").replace(
      /(["'])\.\/([\w-]+\.js)\1/g,
      "$1./aftersales-widget-$2$1",
    );
    writeFileSync(`${assets}aftersales-widget-${chunk}`, text);
  }
  return readdirSync(assets);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(copyWidget().join("\n"));
}
