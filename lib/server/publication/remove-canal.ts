// An « autre » channel added by mistake, removed while not published (the channels the text names
// stay: mark them « non requis » instead).
import "server-only";
import type { z } from "zod";
import { ConflitVersion, ErreurMetier } from "@/lib/domain/erreurs";
import type { retraitCanalSchema } from "@/lib/schemas/publication";
import { assertCan, type AgentLike } from "../policies";
import { inTransaction, type InTx } from "../db";
import { recordAudit } from "../audit";
import { assertDansLePerimetre, lireDocumentAPublier, publierSiComplet } from "./suivi";

export async function removeCanal(agent: AgentLike, saisie: z.output<typeof retraitCanalSchema>, { tx: outer }: InTx = {}) {
  assertCan(agent, "convention.publier");
  await assertDansLePerimetre(agent, saisie, { tx: outer });
  return inTransaction(outer, async (tx) => {
    const doc = await lireDocumentAPublier(saisie, { tx });
    const ligne = await tx.publication.findUnique({
      where: { documentId_canal_libelle: { documentId: doc.documentId, canal: "AUTRE", libelle: saisie.libelle } },
    });
    if (!ligne || ligne.version !== saisie.version) throw new ConflitVersion();
    if (ligne.etat === "PUBLIEE" && doc.statut !== "SIGNEE")
      throw new ErreurMetier("DEJA_PUBLIEE", "Le document est publié : ce canal reste dans son suivi.");
    await tx.publication.delete({ where: { id: ligne.id } });
    await recordAudit(tx, {
      userId: agent.id,
      type: `${doc.type === "avenant" ? "AVENANT" : "CONVENTION"}_PUBLICATION_CANAL`,
      entite: doc.type === "avenant" ? "Avenant" : "Convention",
      entiteId: doc.documentId,
      conventionId: doc.conventionId,
      avant: { canal: saisie.libelle },
      apres: { canal: saisie.libelle, etat: "Retiré du suivi" },
    });
    await publierSiComplet(tx, agent.id, doc);
  });
}
