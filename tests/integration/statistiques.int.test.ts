// The public statistics (/statistiques): figures from the documents and the finance read model, for
// the délégant's ministry (the top of its hierarchy), and their CSV served without a session.
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createConvention, createOrganisation, unique } from "../helpers/factories";
import { convention2024Webinaire } from "@/prisma/seed/index";
import { getStatistiques } from "@/lib/server/statistiques/get-statistiques";
import { GET as csvStatistiques } from "@/app/(info)/statistiques/csv/route";

const db = testDb();

async function csv(query: string) {
  const reponse = await csvStatistiques(new Request(`http://localhost/statistiques/csv?${query}`), { params: Promise.resolve({}) });
  return {
    status: reponse.status,
    type: reponse.headers.get("content-type"),
    texte: new TextDecoder("utf-8", { ignoreBOM: true }).decode(await reponse.arrayBuffer()),
  };
}

describe("the public statistics", () => {
  it("sum what the conventions signed by every party delegate, per délégant ministry, and count every document", async () => {
    // A ministry of its own, whose direction delegates: two signed conventions and one signed by one party only.
    const ministere = await createOrganisation(db, { sigle: unique("MIN").toUpperCase(), type: "MINISTERE" });
    const direction = await createOrganisation(db, { sigle: unique("DIR").toUpperCase(), type: "DIRECTION", parentId: ministere.id });
    const parties = convention2024Webinaire.parties.map((p) => (p.role === "DELEGANT" ? { ...p, organisation: direction.sigle! } : p));
    const avant = await getStatistiques({ fraiches: true });
    await createConvention(db, { parties, statut: "SIGNEE", dateSignature: "2024-09-01" });
    await createConvention(db, { parties, statut: "EN_VIGUEUR", dateSignature: "2024-10-15" });
    await createConvention(db, { parties, statut: "SIGNEE_PARTIELLEMENT" });

    const s = await getStatistiques({ fraiches: true });
    // Seed 003's schedule twice: 120 000 € AE and 10 000 € CP in 2024, 110 000 € CP in 2025.
    expect(s.montantsParMinistere.find((l) => l.cle === `${ministere.sigle} — ${ministere.nom}`)).toEqual({
      cle: `${ministere.sigle} — ${ministere.nom}`,
      ae: 24_000_000n,
      cp: 24_000_000n,
    });
    const signees2024 = (x: typeof s) => x.documents.find((l) => l.annee === 2024 && l.statut === "SIGNEE")?.conventions ?? 0;
    expect(signees2024(s)).toBeGreaterThanOrEqual(signees2024(avant) + 1);
    // Kept a few minutes: a second visit reads nothing.
    expect(await getStatistiques()).toBe(await getStatistiques());
  });

  it("serve each table as a CSV for French spreadsheets, without a session; an unknown table is a 400 in French", async () => {
    const documents = await csv("tableau=documents");
    expect(documents.status).toBe(200);
    expect(documents.type).toBe("text/csv; charset=utf-8");
    expect(documents.texte.startsWith("\ufeffAnnée;Statut;Conventions;Avenants\n")).toBe(true);
    expect(documents.texte).toMatch(/\n2021;Signée;\d+;\d+\n/);
    expect((await csv("tableau=ministeres")).texte).toMatch(/^\ufeffMinistère délégant;AE programmées;CP programmés\n/);
    expect((await csv("tableau=annees")).texte).toMatch(/\nTotal;\d+,\d\d;\d+,\d\d\n$/);
    const inconnu = await csv("tableau=personnes");
    expect(inconnu.status).toBe(400);
    expect(inconnu.texte).toContain("Tableau inconnu : documents, annees ou ministeres.");
  });
});
