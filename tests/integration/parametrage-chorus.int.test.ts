// The Chorus set-up checklist after signature, against a real PostgreSQL: the steps the convention's
// « paramétrage de l'adhérence » implies, recorded by DINUM finance (dated, not before the signature),
// complete once every step is done or not applicable and credits were made available.
import { describe, expect, it } from "vitest";
import { testDb } from "../helpers/db";
import { createAgent, createConvention } from "../helpers/factories";
import { getParametrageChorus } from "@/lib/server/parametrage/get-parametrage-chorus";
import { recordEtapeChorus } from "@/lib/server/parametrage/record-etape-chorus";
import type { Agent } from "@/lib/views/agent";

const db = testDb();

async function agentOf(role: Agent["roles"][number], sigle: string): Promise<Agent> {
  const org = (await db.organisation.findFirstOrThrow({ where: { sigle } })).id;
  const u = await createAgent(db, { roles: [role], organisationId: org });
  return { id: u.id, email: u.email, nom: `${role} de test`, roles: u.roles, organisationId: u.organisationId, perimetre: [] };
}

describe("Chorus set-up", () => {
  it("lists seed 003's steps, records them, and is complete once credits are made available", async () => {
    const c = await createConvention(db, { statut: "SIGNEE", dateSignature: "2024-09-01", dateFin: "2030-12-31" });
    const finance = await agentOf("RELECTEUR_FINANCIER", "DINUM");
    const redacteur = await agentOf("REDACTEUR", "DNE");
    const vue = (await getParametrageChorus(finance, c.id))!;
    expect(vue.etapes.map((e) => e.cle)).toEqual([
      "DROITS_DELEGATAIRE",
      "ADHERENCE_UO",
      "SERVICE_EXECUTANT",
      "CENTRE_DE_COUTS",
      "COMPTABLE",
    ]);
    expect(vue).toMatchObject({ complet: false, modifiable: true, premiereMiseADisposition: null });
    expect((await getParametrageChorus(redacteur, c.id))!.modifiable).toBe(false);

    const etape = (cle: (typeof vue.etapes)[number]["cle"], champs: Record<string, unknown> = {}) => ({
      conventionId: c.id,
      cle,
      etat: "FAITE" as const,
      date: "2024-09-20",
      commentaire: null,
      version: null,
      ...champs,
    });
    await expect(recordEtapeChorus(redacteur, etape("DROITS_DELEGATAIRE"))).rejects.toMatchObject({ code: "ACCES_REFUSE" });
    await expect(recordEtapeChorus(finance, etape("DROITS_DELEGATAIRE", { date: "2024-08-01" }))).rejects.toMatchObject({
      champs: { date: expect.stringMatching(/suit la signature/) },
    });
    for (const e of vue.etapes)
      await recordEtapeChorus(finance, etape(e.cle, e.etat === "SANS_OBJET" ? { etat: "SANS_OBJET", date: null, version: null } : {}));
    await expect(recordEtapeChorus(finance, etape("COMPTABLE"))).rejects.toMatchObject({ code: "CONFLIT_VERSION" });
    expect((await getParametrageChorus(finance, c.id))!).toMatchObject({ complet: false, restantes: 1 });

    await db.mouvementExecution.create({
      data: {
        conventionId: c.id,
        nature: "MISE_A_DISPOSITION",
        annee: 2024,
        date: new Date("2024-10-02"),
        ae: 5_000_000n,
        cp: 5_000_000n,
        cle: `mad-${c.id}`,
      },
    });
    expect((await getParametrageChorus(finance, c.id))!).toMatchObject({
      complet: true,
      dateComplet: "2024-10-02",
      premiereMiseADisposition: "2024-10-02",
    });
    expect(await db.auditEvent.count({ where: { entiteId: c.id, type: "CONVENTION_PARAMETRAGE_CHORUS" } })).toBe(5);
  });
});
