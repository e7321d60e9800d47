import { describe, expect, it } from "vitest";
import { appeler, MESSAGE_SANS_REPONSE } from "./result";

describe("appeler: a server action called from the browser never fails silently", () => {
  it("gives the action's own answer", async () => {
    expect(await appeler(async (n: number) => ({ ok: true as const, data: n + 1 }), 1)).toEqual({ ok: true, data: 2 });
  });
  it("turns a call that fails (network, server gone, a transaction timed out before any answer) into a French message", async () => {
    const echec = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await appeler(echec, {})).toEqual({ ok: false, code: "SANS_REPONSE", message: MESSAGE_SANS_REPONSE });
  });
});
