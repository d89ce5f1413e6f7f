// Creating games is bounded per client address and in total, with a clear 429 and a Retry-After.
// (A server of its own: its limits are low, where the other tests' are far off.)
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testServer, type TestServer } from "../util/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await testServer({ limits: { perAddress: { burst: 2, everySeconds: 3600 }, total: { burst: 3, everySeconds: 3600 }, live: 100 } });
});
afterAll(async () => { await server.close(); });

/** POST /api/games from a given loopback address (all of 127.0.0.0/8 is this machine). */
function createFrom(localAddress: string): Promise<{ status: number; retryAfter: string | undefined; body: any }> {
  const body = JSON.stringify({ scenarioId: "gulf-licensing-2024" });
  return new Promise((resolve, reject) => {
    const req = request(`${server.base}/api/games`, { method: "POST", localAddress, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      let text = "";
      res.on("data", (d) => { text += String(d); });
      res.on("end", () => resolve({ status: res.statusCode!, retryAfter: res.headers["retry-after"] as string | undefined, body: JSON.parse(text) }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("creating games", () => {
  it("is limited per client address, then in total, with 429 and Retry-After", async () => {
    expect((await createFrom("127.0.0.1")).status).toBe(201);
    expect((await createFrom("127.0.0.1")).status).toBe(201);
    const mine = await createFrom("127.0.0.1");
    expect(mine.status).toBe(429);
    expect(mine.body).toMatchObject({ code: "tooManyFromYou", params: { seconds: Number(mine.retryAfter) }, message: expect.stringMatching(/too many new games from your address; try again in \d+ s/) });
    expect(Number(mine.retryAfter)).toBeGreaterThan(0);
    // another address still may, until the server's own limit
    expect((await createFrom("127.0.0.2")).status).toBe(201);
    const all = await createFrom("127.0.0.3");
    expect(all.status).toBe(429);
    expect(all.body).toMatchObject({ code: "tooManyOnServer", message: expect.stringMatching(/too many new games on this server/) });
    expect(Number(all.retryAfter)).toBeGreaterThan(0);
    // the rest of the API is not held back
    expect((await fetch(`${server.base}/api/games`)).status).toBe(200);
  });
});
