import { defineConfig } from "vite";

// The client lives in client/ and builds to dist/client (or CLIENT_DIR, where the server then serves
// it from), which `npm start` serves. `npm run dev` serves it with hot reload; the page talks to the
// game server on its own port, PORT as for the server (client/net.ts's serverBase), and /api and
// /health are forwarded there for convenience.
const port = process.env.PORT ?? "2567";
const server = `http://localhost:${port}`;

export default defineConfig({
  root: "client",
  build: { outDir: process.env.CLIENT_DIR ?? "../dist/client", emptyOutDir: true, chunkSizeWarningLimit: 1600 },
  define: { "import.meta.env.VITE_SERVER_PORT": JSON.stringify(port) },
  server: {
    proxy: {
      "/api": server,
      "/health": server,
    },
  },
});
