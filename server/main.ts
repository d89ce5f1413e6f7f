// npm start: one process on one port (PORT, default 2567) with game records on local disk (DATA_DIR,
// default ./data). Nothing else is needed.
import { fileURLToPath } from "node:url";
import { startServer } from "./app.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const running = await startServer({
  port: Number(process.env.PORT ?? 2567),
  dataDir: process.env.DATA_DIR ?? `${root}data`,
  scenariosDir: process.env.SCENARIOS_DIR ?? `${root}assets/scenarios`,
  clientDir: process.env.CLIENT_DIR ?? `${root}dist/client`,
  reconnectSeconds: Number(process.env.RECONNECT_SECONDS ?? 120),
  idleMinutes: Number(process.env.IDLE_MINUTES ?? 30),
});
console.log(`Silicon Curtain is running at http://localhost:${running.port}`);

const stop = async () => {
  await running.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
