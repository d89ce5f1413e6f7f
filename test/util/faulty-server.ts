// `npm start`'s server with a fault injector: any write of a game record entry may be the last. With
// chance FAULT_CHANCE it writes only a random part of the line and the process kills itself with
// SIGKILL, as a power cut or kill -9 would leave the file. FAULT_SEED makes the moments repeatable.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

let seed = Number(process.env.FAULT_SEED ?? 1) >>> 0;
/** mulberry32: small, seeded, good enough to pick moments */
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const chance = Number(process.env.FAULT_CHANCE ?? 0.05);

const writeSync = fs.writeSync;
fs.writeSync = ((fd: number, data: unknown, ...rest: unknown[]) => {
  if (typeof data === "string" && data.startsWith('{"type":') && random() < chance) {
    const torn = Buffer.from(data).subarray(0, Math.floor(random() * Buffer.byteLength(data)));
    writeSync(fd, torn);
    process.kill(process.pid, "SIGKILL");
  }
  return (writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
}) as typeof fs.writeSync;
syncBuiltinESMExports();

await import("../../server/main.ts");
