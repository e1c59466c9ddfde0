import { describe, expect, it } from "vitest";
import { createLogger } from "./log";
import { shortHash } from "./security/logSafe";

const BOARD = "Zq3xv7nQ2mB8kLp0aRt9Yw";
const VIEW_TOKEN = "vT9x_Qm2LkP0aRt9YwZq3xv7nQ2mB8kL";

describe("the logger", () => {
  it("hashes board ids, view tokens and codes at every level", () => {
    const lines: string[] = [];
    const log = createLogger("trace", { write: (line: string) => lines.push(line) });
    const levels = ["trace", "debug", "info", "warn", "error", "fatal"] as const;
    for (const level of levels) {
      log[level](
        {
          board: `${BOARD}/control`,
          room: `view/${VIEW_TOKEN}`,
          path: `/api/join/K7QM2X`,
          boardId: BOARD,
          viewToken: VIEW_TOKEN,
          joinCode: "K7QM2X",
          key: "secret-key",
        },
        "something happened",
      );
    }
    expect(lines).toHaveLength(levels.length);
    const text = lines.join("");
    for (const secret of [BOARD, VIEW_TOKEN, "K7QM2X", "secret-key"]) {
      expect(text).not.toContain(secret);
    }
    const first = JSON.parse(lines[0] ?? "{}");
    expect(first).toMatchObject({
      board: `${shortHash(BOARD)}/control`,
      room: `view/${shortHash(VIEW_TOKEN)}`,
      path: `/api/join/${shortHash("K7QM2X")}`,
      boardId: shortHash(BOARD),
      key: "[redacted]",
    });
  });
});
