import { defineConfig } from "vite";

/**
 * The library entry (`mountAdmin`) for hosts that embed the console, such as the Shopify app. React,
 * Polaris and polaris-viz stay external: the host installs them once and bundles them itself.
 */
export default defineConfig({
  build: {
    outDir: "dist/lib",
    emptyOutDir: true,
    sourcemap: false,
    lib: {
      entry: "src/index.ts",
      formats: ["es"],
      fileName: () => "index.js",
      cssFileName: "admin",
    },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@shopify\/polaris/],
    },
  },
});
