// The server's settings from the environment: nothing set is one process with records in files;
// Redis, a public address and PostgreSQL together make it one of several; anything else stops it
// before it starts, saying what is wrong (and `npm start` says so and exits).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { settingsFromEnv, withoutPassword } from "../server/settings.ts";
import { ROOT } from "./util/server.ts";
import { freePort } from "./util/services.ts";

const SEVERAL = { REDIS_URL: "redis://10.0.0.5:6379", PUBLIC_ADDRESS: "games.example.org/p1/", DATABASE_URL: "postgres://sc:secret@db:5432/sc" };

describe("the server's settings", () => {
  it("by default run one process with its records in files", () => {
    const s = settingsFromEnv({}, "/srv/sc/");
    expect(s).toMatchObject({ port: 2567, dataDir: "/srv/sc/data", reconnectSeconds: 120, idleMinutes: 30, leaseSeconds: 15 });
    expect(s.redis).toBeUndefined();
    expect(s.databaseUrl).toBeUndefined();
  });

  it("make one of several processes with Redis, a public address and PostgreSQL", () => {
    const s = settingsFromEnv({ ...SEVERAL, LEASE_SECONDS: "5", PORT: "3001" }, "/srv/sc/");
    expect(s).toMatchObject({ port: 3001, leaseSeconds: 5, databaseUrl: SEVERAL.DATABASE_URL, redis: { url: SEVERAL.REDIS_URL, publicAddress: "games.example.org/p1" } });
    // PostgreSQL alone: one process, its records in the database
    expect(settingsFromEnv({ DATABASE_URL: SEVERAL.DATABASE_URL }, "/").redis).toBeUndefined();
  });

  it.each([
    [{ REDIS_URL: SEVERAL.REDIS_URL, PUBLIC_ADDRESS: "a:1" }, /set DATABASE_URL/],
    [{ REDIS_URL: SEVERAL.REDIS_URL, DATABASE_URL: SEVERAL.DATABASE_URL }, /PUBLIC_ADDRESS is not/],
    [{ PUBLIC_ADDRESS: "a:1" }, /set REDIS_URL too/],
    [{ ...SEVERAL, PUBLIC_ADDRESS: "https://games.example.org" }, /without a scheme/],
    [{ ...SEVERAL, REDIS_URL: "10.0.0.5:6379" }, /REDIS_URL is redis:\/\/host:port/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL is postgres:\/\//],
    [{ LEASE_SECONDS: "0" }, /LEASE_SECONDS must be a number of at least 1/],
    [{ PORT: "eighty" }, /PORT must be a number/],
  ])("refuse %o, saying why", (env, why) => {
    expect(() => settingsFromEnv(env, "/")).toThrow(why);
  });

  it("hide a database's password in messages", () => {
    expect(withoutPassword(SEVERAL.DATABASE_URL)).toBe("postgres://sc:***@db:5432/sc");
    expect(withoutPassword("postgres://sc@db/sc")).toBe("postgres://sc@db/sc");
  });

  it("that are wrong, or a database out of reach, stop npm start with a clear message", async () => {
    const start = (env: Record<string, string>) => spawnSync(process.execPath, ["server/main.ts"], { cwd: ROOT, env: { ...process.env, PORT: "0", ...env }, encoding: "utf8", timeout: 20_000 });
    const wrong = start({ REDIS_URL: "redis://127.0.0.1:1", PUBLIC_ADDRESS: "a:1" });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim()).toBe("Silicon Curtain cannot start: REDIS_URL makes this one of several processes, which all need the same records: set DATABASE_URL (PostgreSQL) too");
    const port = await freePort();
    const unreachable = start({ DATABASE_URL: `postgres://sc:hunter2@127.0.0.1:${port}/sc` });
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toMatch(new RegExp(`^Silicon Curtain cannot start: .*ECONNREFUSED.* \\(DATABASE_URL postgres://sc:\\*\\*\\*@127.0.0.1:${port}/sc\\)`));
    expect(unreachable.stderr).not.toContain("hunter2");
  });
});
