/** `cem analyze` settings: the public tags (the shells) and what they inherit, nothing internal. */
export default {
  globs: ["src/**/*.ts"],
  exclude: [
    "src/**/*.test.ts",
    "src/testing/**",
    "src/**/*-view.ts",
    "src/shared/base-element.ts",
    "src/shared/order-element.ts",
  ],
  litelement: true,
  outdir: ".",
};
