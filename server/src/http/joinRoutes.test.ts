import { afterAll, describe, expect, it } from "vitest";
import { GuessLimiter } from "../meetings/guessLimiter";
import { SqliteStorage } from "../storage/sqlite";
import { tempDataDir } from "../testing/serverProcess";
import { joinRoutes } from "./joinRoutes";

const storage = new SqliteStorage(tempDataDir());
afterAll(() => storage.close());

describe("GET /api/join/:code from one address", () => {
  it("answers 429 with Retry-After once it has tried too many wrong codes", async () => {
    const app = joinRoutes(storage, new GuessLimiter(2));
    expect((await app.request("/ZZZZZZ")).status).toBe(404);
    expect((await app.request("/ZZZZZY")).status).toBe(404);
    const refused = await app.request("/ZZZZZX");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: "too-many-codes" });
  });
});
