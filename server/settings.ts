// The server's settings from the environment (npm start): everything has a default that runs one
// process with its records on local disk; REDIS_URL, PUBLIC_ADDRESS and DATABASE_URL make it one of
// several. A setting that makes no sense stops the server before it starts, saying which.
import type { ServerConfig } from "./app.ts";

export class SettingsError extends Error {}

const number = (env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new SettingsError(`${name} must be a number of at least ${min}, not "${raw}"`);
  return value;
};

export function settingsFromEnv(env: NodeJS.ProcessEnv, root: string): ServerConfig {
  const redisUrl = env.REDIS_URL || undefined;
  const publicAddress = env.PUBLIC_ADDRESS || undefined;
  const databaseUrl = env.DATABASE_URL || undefined;
  if (redisUrl && !databaseUrl) {
    throw new SettingsError("REDIS_URL makes this one of several processes, which all need the same records: set DATABASE_URL (PostgreSQL) too");
  }
  if (redisUrl && !publicAddress) {
    throw new SettingsError("REDIS_URL is set but PUBLIC_ADDRESS is not: give the address clients reach this process at (host:port, or host:port/prefix behind a reverse proxy)");
  }
  if (publicAddress && !redisUrl) throw new SettingsError("PUBLIC_ADDRESS is for one of several processes: set REDIS_URL too, or leave it out");
  if (publicAddress && /^[a-z]+:\/\//i.test(publicAddress)) throw new SettingsError(`PUBLIC_ADDRESS is host:port or host:port/prefix, without a scheme: not "${publicAddress}"`);
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new SettingsError(`REDIS_URL is redis://host:port, not "${redisUrl}"`);
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new SettingsError("DATABASE_URL is postgres://user:password@host:port/database");
  return {
    port: number(env, "PORT", 2567, 0),
    dataDir: env.DATA_DIR ?? `${root}data`,
    scenariosDir: env.SCENARIOS_DIR ?? `${root}assets/scenarios`,
    clientDir: env.CLIENT_DIR ?? `${root}dist/client`,
    reconnectSeconds: number(env, "RECONNECT_SECONDS", 120, 0),
    idleMinutes: number(env, "IDLE_MINUTES", 30, 0),
    ...(redisUrl && publicAddress ? { redis: { url: redisUrl, publicAddress: publicAddress.replace(/\/+$/, "") } } : {}),
    ...(databaseUrl ? { databaseUrl } : {}),
    leaseSeconds: number(env, "LEASE_SECONDS", 15, 1),
  };
}

/** A database's address without its password, for messages. */
export const withoutPassword = (url: string): string => url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
