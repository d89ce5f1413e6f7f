import { defineConfig } from "vite";

// The client lives in client/ and builds to dist/client, which `npm start` serves. `npm run dev` serves
// it with hot reload; the page talks to the game server on its own port (client/net.ts's serverBase),
// and /api and /health are forwarded there for convenience.
const server = `http://localhost:${process.env.PORT ?? 2567}`;

export default defineConfig({
  root: "client",
  build: { outDir: "../dist/client", emptyOutDir: true, chunkSizeWarningLimit: 1600 },
  server: {
    proxy: {
      "/api": server,
      "/health": server,
    },
  },
});
