import { defineConfig } from "vite";

/**
 * The standalone console: a static build the server mounts at `/admin` (its `staticRoots.admin`
 * is this package's `dist`). Assets are addressed from `/admin/` because the server answers both
 * `/admin` and `/admin/`, and a relative URL would resolve against `/` for the first. Set
 * `ADMIN_BASE` to serve the build under another path.
 */
export default defineConfig({
  base: process.env.ADMIN_BASE ?? "/admin/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { "/v1": process.env.AFTERSALES_API ?? "http://localhost:3000" },
  },
});
