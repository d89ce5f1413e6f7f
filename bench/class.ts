// A class of K groups × M players resolving a round together (bench/class-clients.ts, in another
// process than the server): from the last submit of all to each client's report, against the same
// players in as many separate games, in one run.
import { fork, type ChildProcess } from "node:child_process";

export interface ClassLoad { clients: number; rounds: number; clientP50: number; clientP95: number; allP50: number; allP95: number }
export interface ClassFigures { groups: number; perGroup: number; games: ClassLoad; inStep: ClassLoad }

const script = (name: string) => new URL(name, import.meta.url).pathname;
const next = <T>(child: ChildProcess, test: (m: any) => boolean): Promise<T> =>
  new Promise((resolve, reject) => {
    const on = (m: any) => { if (test(m)) { child.off("message", on); resolve(m); } };
    child.on("message", on);
    child.on("exit", (code) => reject(new Error(`${child.spawnfile} ended before its figures (exit ${code})`)));
  });

export async function benchClass(groups = 8, perGroup = 5, rounds = 11): Promise<ClassFigures> {
  const host = fork(script("./server-host.ts"), [], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  const { port } = await next<{ port: number }>(host, (m) => m.port !== undefined);
  const run = (kind: "games" | "class") => {
    const load = fork(script("./class-clients.ts"), [String(port), kind, String(groups), String(perGroup), String(rounds)], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
    return next<ClassLoad>(load, (m) => m.allP95 !== undefined);
  };
  try {
    const games = await run("games");
    const inStep = await run("class");
    return { groups, perGroup, games, inStep };
  } finally {
    host.kill();
  }
}
