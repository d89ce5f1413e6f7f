// npm start: one process on one port (PORT, default 2567) with game records on local disk (DATA_DIR,
// default ./data). Nothing else is needed. SIGTERM or SIGINT (Ctrl-C) stops it gracefully: no new
// games or joins, every client told, every record written out; a second signal stops it at once.
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

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) process.exit(1);
  stopping = true;
  console.log(`${signal}: stopping (games are written out; players rejoin when the server is back)`);
  running.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error("the server did not stop cleanly", error);
      process.exit(1);
    },
  );
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
