import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

// The app shell build (`pnpm build:app`), separate from the library build (tsup).
export default defineConfig({
  plugins: [reactRouter()],
  server: { port: Number(process.env.PORT ?? 3000) },
  ssr: { noExternal: ["@aftersales/admin"] },
});
