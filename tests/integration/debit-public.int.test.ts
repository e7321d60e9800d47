// « Vérifier une publication » is open to anyone: each address gets a number of requests in ten
// minutes, shared by every instance (counted in PostgreSQL), then a French 429 saying when to come
// back — before the body is read.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { POST as verifierPublication } from "@/app/televersement/verification-publique/route";
import { accorderDemandePublique } from "@/lib/server/publication/debit-public";

const db = testDb();
const adresse = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 8)}`;
const requete = (ip: string) =>
  new Request("http://localhost/televersement/verification-publique", {
    method: "POST",
    headers: { "x-forwarded-for": ip, "content-type": "multipart/form-data; boundary=x" },
    body: "--x--\r\n",
  });

afterEach(() => {
  delete process.env.VERIFICATION_PUBLIQUE_LIMITE;
});

describe("the public verification's limit per address", () => {
  it("serves the limit's requests, then answers 429 in French with when to come back, for that address only", async () => {
    process.env.VERIFICATION_PUBLIQUE_LIMITE = "3";
    const ip = adresse();
    for (let i = 0; i < 3; i++) {
      const r = await verifierPublication(requete(ip));
      expect(r.status).toBe(400); // served: the (empty) upload is then refused for what it is
    }
    const refus = await verifierPublication(requete(ip));
    expect(refus.status).toBe(429);
    expect(Number(refus.headers.get("Retry-After"))).toBeGreaterThan(500);
    expect(await refus.json()).toMatchObject({
      ok: false,
      code: "TROP_DE_DEMANDES",
      message: expect.stringMatching(/^Trop de vérifications .* réessayez dans 10 minutes\.$/),
    });
    // another address is not held up
    expect((await verifierPublication(requete(adresse()))).status).toBe(400);
    expect(await db.demandePublique.count({ where: { adresse: ip } })).toBe(3);
  });

  it("frees the address as its oldest request leaves the window", async () => {
    const ip = adresse();
    const t0 = new Date("2026-12-07T10:00:00Z");
    const a = (minutes: number) =>
      accorderDemandePublique("verification", ip, { limite: 2, now: new Date(t0.getTime() + minutes * 60_000) });
    expect(await a(0)).toBe(0);
    expect(await a(4)).toBe(0);
    expect(await a(5)).toBe(300); // the 10:00 one leaves at 10:10
    expect(await a(10.5)).toBe(0);
    expect(await a(11)).toBe(180); // now the 10:04 one, until 10:14
    await db.demandePublique.deleteMany({ where: { adresse: ip } });
  });
});
