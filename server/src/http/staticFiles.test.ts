import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testing/inProcess";
import { tempDataDir } from "../testing/serverProcess";

// A client dir as the build leaves it: a hashed chunk with its .br and .gz copies, index.html.
const SCRIPT = `export const board = "${"lanes and notes ".repeat(200)}";\n`;
const HASHED = "/assets/index-Cbrd0GhI.js";
const clientDir = tempDataDir();
fs.mkdirSync(path.join(clientDir, "assets"));
fs.writeFileSync(path.join(clientDir, HASHED), SCRIPT);
fs.writeFileSync(path.join(clientDir, `${HASHED}.br`), brotliCompressSync(SCRIPT));
fs.writeFileSync(path.join(clientDir, `${HASHED}.gz`), gzipSync(SCRIPT));
const INDEX = `<!doctype html><script type="module" src="${HASHED}"></script>`;
fs.writeFileSync(path.join(clientDir, "index.html"), INDEX);
fs.writeFileSync(path.join(clientDir, "index.html.br"), brotliCompressSync(INDEX));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { CLIENT_DIR: clientDir } });
});
afterAll(() => server.close());

/** A GET as a browser sends it, with Node's http: fetch would decode the body and hide it. */
function get(pathname: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const headers = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
      http
        .get(`${server.url}${pathname}`, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        })
        .on("error", reject);
    },
  );
}

describe("the built client's files", () => {
  it("answers a hashed file in brotli, cached for a year, when the browser accepts brotli", async () => {
    const answer = await get(HASHED, "gzip, deflate, br, zstd");
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe("br");
    expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(answer.headers.vary).toBe("Accept-Encoding");
    expect(answer.headers["content-type"]).toMatch(/javascript/);
    expect(answer.body.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(answer.body).toString()).toBe(SCRIPT);
  });

  it("answers gzip when only gzip is accepted", async () => {
    const answer = await get(HASHED, "gzip, deflate");
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(gunzipSync(answer.body).toString()).toBe(SCRIPT);
  });

  it("answers the file itself when neither is accepted", async () => {
    const answer = await get(HASHED);
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.headers.vary).toBe("Accept-Encoding");
    expect(answer.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(answer.body.toString()).toBe(SCRIPT);
  });

  it("asks the browser to check index.html with the server on every use, also under a client route", async () => {
    for (const pathname of ["/", "/index.html", "/b/abcdefgh12345678", "/v/someViewToken"]) {
      const answer = await get(pathname, "br");
      expect(answer.status, pathname).toBe(200);
      expect(answer.headers["cache-control"], pathname).toBe("no-cache");
      expect(answer.headers["content-type"], pathname).toMatch(/text\/html/);
      expect(brotliDecompressSync(answer.body).toString(), pathname).toBe(INDEX);
    }
    const plain = await get("/b/abcdefgh12345678");
    expect(plain.body.toString()).toBe(INDEX);
  });

  it("answers 404, not index.html, for a hashed file that is not there", async () => {
    const answer = await get("/assets/index-AAAAAAAA.js", "br");
    expect(answer.status).toBe(404);
    expect(answer.headers["cache-control"]).toBeUndefined();
  });
});
