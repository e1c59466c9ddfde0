import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n/i18n";
import { isStaleToken, refusalText, serverReason } from "./refusals";

describe("refusalText", () => {
  it("says a lock holds changes back instead of losing them", () => {
    expect(refusalText(4403, "the board is locked")).toBe(
      "The board is locked — your changes will be sent when it is unlocked",
    );
  });

  it("names a read-only link and passes other reasons on", () => {
    expect(refusalText(4403, "this link is read-only")).toBe("This is a read-only view");
    expect(refusalText(4403, "voting is closed")).toBe(
      "Voting is closed — your last change was not sent",
    );
    expect(refusalText(4413, "")).toBe("the server closed the board (4413)");
  });
});

describe("a wrong key or an unknown token (4401)", () => {
  it("tells a facilitator whose link does not fit what to do", () => {
    expect(refusalText(4401, "wrong facilitator key")).toMatch(
      /^This facilitator link does not fit/,
    );
  });

  it("recognises a token the server no longer knows, so the browser joins again", () => {
    expect(isStaleToken({ code: 4401, reason: "unknown participant token" })).toBe(true);
    expect(isStaleToken({ code: 4401, reason: "wrong facilitator key" })).toBe(false);
    expect(isStaleToken({ code: 4403, reason: "unknown participant token" })).toBe(false);
    expect(isStaleToken(null)).toBe(false);
    expect(refusalText(4401, "unknown participant token")).toBe("Joining the board again…");
  });
});

describe("the server's reasons", () => {
  afterEach(async () => {
    await i18n.changeLanguage("en");
  });

  it("are said in the page's language when Roundtable knows them, else as they came", async () => {
    expect(serverReason("vote budget exceeded: 6 of 5")).toBe("vote budget exceeded: 6 of 5");
    await i18n.changeLanguage("es");
    expect(serverReason("voting is closed")).toBe("la votación está cerrada");
    expect(serverReason("vote budget exceeded in a priority: 4 of 3")).toBe(
      "se superó el límite de votos en una prioridad: 4 de 3",
    );
    expect(serverReason("something new")).toBe("something new");
    expect(refusalText(4403, "voting is closed")).toBe(
      "La votación está cerrada. No se envió su último cambio",
    );
    expect(refusalText(4403, "the board is locked")).toBe(
      "El tablero está bloqueado: sus cambios se enviarán cuando se desbloquee",
    );
  });
});
