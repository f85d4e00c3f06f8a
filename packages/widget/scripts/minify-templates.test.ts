// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are source code for the minifier
import { expect, test } from "vitest";
import { minifyTemplates } from "./minify-templates.js";

test("collapses whitespace in html and css templates, expressions and nested templates included", () => {
  const source = [
    'const a = html`<p class="x">\n    ${t("a", { b: `c  d` })}\n    ${ok ? html`<b>\n  yes</b>` : ""}\n  </p>`;',
    "const s = css`\n  /* note */\n  :host {\n    display: block;\n  }\n  a, b > c { color: red; }\n`;",
    "const plain = `keep\n   this`;",
  ].join("\n");
  expect(minifyTemplates(source)).toBe(
    [
      'const a = html`<p class="x"> ${t("a", { b: `c  d` })} ${ok ? html`<b> yes</b>` : ""} </p>`;',
      "const s = css`:host{display: block}a,b > c{color: red}`;",
      "const plain = `keep\n   this`;",
    ].join("\n"),
  );
});

test("leaves escapes, quotes with braces and identifiers that merely end in html alone", () => {
  const source = "x = html`a\\`  b ${f('}')}  c`; y = nothtml`a  b`; z = obj.html`a  b`;";
  expect(minifyTemplates(source)).toBe(
    "x = html`a\\` b ${f('}')} c`; y = nothtml`a  b`; z = obj.html`a  b`;",
  );
});
