// npm start: one process on one port (PORT, default 2567) with game records on local disk (DATA_DIR,
// default ./data). Nothing else is needed. With REDIS_URL, PUBLIC_ADDRESS and DATABASE_URL it is one
// of several processes (settings.ts; the README's "Several server processes"). SIGTERM or SIGINT
// (Ctrl-C) stops it gracefully: no new games or joins, every client told, every record written out;
// a second signal stops it at once.
import { fileURLToPath } from "node:url";
import { startServer, type RunningServer } from "./app.ts";
import { settingsFromEnv, withoutPassword } from "./settings.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
let running: RunningServer;
try {
  const settings = settingsFromEnv(process.env, root);
  running = await startServer(settings).catch((error: unknown) => {
    const database = settings.databaseUrl ? ` (DATABASE_URL ${withoutPassword(settings.databaseUrl)})` : "";
    throw new Error(`${error instanceof Error ? error.message : String(error)}${database}`);
  });
} catch (error) {
  console.error(`Silicon Curtain cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
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
