// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are source code for the minifier
import { expect, test } from "vitest";
import { minifyTemplates } from "./minify-templates.js";

test("collapses whitespace in html and css templates, expressions and nested templates included", () => {
  const source = [
    'const a = html`<p class="x">\n    ${t("a", { b: `c  d` })}\n    ${ok ? html`<b>\n  yes</b>` : ""}\n  </p>`;',
    'const s = css`\n  /* note */\n  :host {\n    display: block !important;\n  }\n  a, b > c { color: red; margin: 0.5em 10.5em; }\n  p::before { content: "a: 0.5"; }\n`;',
    "const plain = `keep\n   this`;",
  ].join("\n");
  expect(minifyTemplates(source)).toBe(
    [
      'const a = html`<p class="x"> ${t("a", { b: `c  d` })} ${ok ? html`<b> yes</b>` : ""} </p>`;',
      'const s = css`:host{display:block!important}a,b>c{color:red;margin:.5em 10.5em}p::before{content:"a: 0.5"}`;',
      "const plain = `keep\n   this`;",
    ].join("\n"),
  );
});

test("drops css comments whole even when they hold an apostrophe, and keeps comment-like text in strings", () => {
  const source =
    "const s = css`\n  a {\n    /* the shopper's own size, not a theme's */\n    font-size: medium;\n    content: \"/* kept */\";\n  }\n`;";
  expect(minifyTemplates(source)).toBe('const s = css`a{font-size:medium;content:"/* kept */"}`;');
});

test("leaves escapes, quotes with braces and identifiers that merely end in html alone", () => {
  const source = "x = html`a\\`  b ${f('}')}  c`; y = nothtml`a  b`; z = obj.html`a  b`;";
  expect(minifyTemplates(source)).toBe(
    "x = html`a\\` b ${f('}')} c`; y = nothtml`a  b`; z = obj.html`a  b`;",
  );
});
