import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "../i18n/i18n";
import { problemFrom, sentence } from "./http";

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("sentence", () => {
  it("capitalises a phrase and ends it with a full stop", () => {
    expect(sentence("there is nothing to import")).toBe("There is nothing to import.");
    expect(sentence("Already fine.")).toBe("Already fine.");
  });
});

describe("problemFrom", () => {
  it("keeps the server's message and the line it names", async () => {
    const problem = await problemFrom(
      answer(400, { error: "invalid-import", message: "a note is too long", line: 12 }),
      "import notes",
    );
    expect(problem.message).toBe("A note is too long.");
    expect(problem.line).toBe(12);
    expect(problem.status).toBe(400);
  });

  it("tells a person without the key what to do rather than quoting headers", async () => {
    const problem = await problemFrom(
      answer(401, { error: "unauthorized", message: "send Authorization: Bearer <key>" }),
      "import notes",
    );
    expect(problem.message).toBe(
      "Only the facilitator can import notes: open the board with the facilitator link.",
    );
  });

  it("says something useful when the body is not JSON", async () => {
    const problem = await problemFrom(new Response("oops", { status: 502 }), "import notes");
    expect(problem.message).toBe("The server had a problem. Try again in a moment.");
    expect(problem.line).toBeNull();
  });
});

describe("problemFrom on a Spanish page", () => {
  afterEach(() => setLanguage("en"));

  it("says what the server's error code means in Spanish, with the line it names", async () => {
    setLanguage("es");
    const full = await problemFrom(
      answer(413, { error: "board-full", message: "board is full" }),
      "x",
    );
    expect(full.message).toBe(
      "El tablero está lleno y no admite más. Elimine algunas notas o empiece un tablero nuevo.",
    );
    const line = await problemFrom(
      answer(400, { error: "invalid-import", message: "a note is too long", line: 12 }),
      "x",
    );
    expect(line.message).toBe("No se pudieron importar las notas: no se puede leer la línea 12.");
    expect(line.line).toBe(12);
  });

  it("never shows the server's English for a code it does not know", async () => {
    setLanguage("es");
    const problem = await problemFrom(
      answer(400, { error: "new-code", message: "in English" }),
      "x",
    );
    expect(problem.message).toBe("El servidor respondió 400.");
  });
});
