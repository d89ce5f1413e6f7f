import { defineConfig } from "vite";

// The client lives in client/ and builds to dist/client, which `npm start` serves. `npm run dev` serves
// it with hot reload and forwards the API and the game endpoint to the server on port 2567.
const server = `http://localhost:${process.env.PORT ?? 2567}`;

export default defineConfig({
  root: "client",
  build: { outDir: "../dist/client", emptyOutDir: true, chunkSizeWarningLimit: 1600 },
  server: {
    proxy: {
      "/api": server,
      "/health": server,
      "/matchmake": server,
      "^/[A-Za-z0-9_-]{6,}/": { target: server, ws: true },
    },
  },
});
