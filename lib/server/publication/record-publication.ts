// One channel of the tracker recorded by hand: published with its references (checked at the field:
// NOR in the official form, a date neither before the last signature nor to come, the reference the
// channel needs), back to « à faire » while the document is not yet published, required or not, or an
// « autre » channel added. The proposed channels are written down the first time; each row is
// guarded by its version. The document becomes « publiée » when this was the last required channel.
import "server-only";
import type { z } from "zod";
import { manquesPublication, norOfficiel, LIBELLES_ETAT_PUBLICATION } from "@/lib/domain/publication";
import { jourDeParis } from "@/lib/domain/dates";
import { ConflitVersion, ErreurMetier } from "@/lib/domain/erreurs";
import type { canalPublicationSchema } from "@/lib/schemas/publication";
import { assertCan, type AgentLike } from "../policies";
import { inTransaction, type InTx } from "../db";
import { recordAudit } from "../audit";
import { assertDansLePerimetre, assertPubliable, ecrireProposition, libelleCanal, lireDocumentAPublier, publierSiComplet } from "./suivi";

export async function recordPublication(agent: AgentLike, saisie: z.output<typeof canalPublicationSchema>, { tx: outer }: InTx = {}) {
  assertCan(agent, "convention.publier");
  await assertDansLePerimetre(agent, saisie, { tx: outer });
  const libelle = saisie.canal === "AUTRE" ? (saisie.libelle ?? "") : "";
  if (saisie.canal === "AUTRE" && !libelle)
    throw new ErreurMetier("CANAL_SANS_NOM", "Nommez ce canal de publication.", { libelle: "Nommez ce canal de publication." });
  return inTransaction(outer, async (tx) => {
    const doc = await lireDocumentAPublier(saisie, { tx });
    assertPubliable(doc);
    if (saisie.publiee) {
      const manques = manquesPublication(
        { ...saisie, numero: saisie.numeroBulletin, libelle, date: saisie.datePublication },
        { derniereSignature: doc.derniereSignature, aujourdhui: jourDeParis(new Date()) },
      );
      if (Object.keys(manques).length)
        throw new ErreurMetier("PUBLICATION_INCOMPLETE", `Publication non enregistrée : ${Object.values(manques).join(" ")}`, {
          ...(manques.date ? { datePublication: manques.date } : {}),
          ...Object.fromEntries(Object.entries(manques).filter(([k]) => k !== "date")),
        });
    }
    const crees = await ecrireProposition(tx, doc);
    const cle = { documentId_canal_libelle: { documentId: doc.documentId, canal: saisie.canal, libelle } };
    const avant = await tx.publication.findUnique({ where: cle });
    if (avant && !crees.has(avant.id) && avant.version !== saisie.version) throw new ConflitVersion();
    if (!avant && saisie.version !== null) throw new ConflitVersion(); // removed meanwhile
    if (avant?.etat === "PUBLIEE" && !saisie.publiee && doc.statut !== "SIGNEE")
      throw new ErreurMetier(
        "DEJA_PUBLIEE",
        "Le document est publié : ce canal le reste. Corrigez ses références si besoin, sans le remettre à faire.",
      );
    if (avant?.etat === "EN_COURS")
      throw new ErreurMetier(
        "TELEVERSEMENT_EN_COURS",
        "Le téléversement sur data.gouv.fr est en cours : attendez qu'il aboutisse ou échoue.",
      );
    const donnees = saisie.publiee
      ? {
          etat: "PUBLIEE" as const,
          nor: saisie.nor ? norOfficiel(saisie.nor) : null,
          numero: saisie.numeroBulletin,
          datePublication: new Date(saisie.datePublication!),
          url: saisie.url,
          message: null,
        }
      : {
          etat: "A_FAIRE" as const,
          nor: saisie.nor ? (norOfficiel(saisie.nor) ?? saisie.nor) : null,
          numero: saisie.numeroBulletin,
          datePublication: null,
          url: saisie.url,
          message: null,
        };
    const apres = avant
      ? await tx.publication.update({
          where: { id: avant.id },
          data: { ...donnees, requis: saisie.requis, majParId: agent.id, version: { increment: 1 } },
        })
      : await tx.publication.create({
          data: {
            ...donnees,
            documentId: doc.documentId,
            conventionId: doc.conventionId,
            avenantId: doc.avenantId,
            canal: saisie.canal,
            libelle,
            requis: saisie.requis,
            majParId: agent.id,
          },
        });
    const resume = (l: typeof apres | null) =>
      l && {
        etat: LIBELLES_ETAT_PUBLICATION[l.etat],
        requis: l.requis ? "oui" : "non",
        ...(l.nor ? { nor: l.nor } : {}),
        ...(l.numero ? { numero: l.numero } : {}),
        ...(l.datePublication ? { date: l.datePublication.toISOString().slice(0, 10) } : {}),
        ...(l.url ? { url: l.url } : {}),
      };
    await recordAudit(tx, {
      userId: agent.id,
      type: `${doc.type === "avenant" ? "AVENANT" : "CONVENTION"}_PUBLICATION_CANAL`,
      entite: doc.type === "avenant" ? "Avenant" : "Convention",
      entiteId: doc.documentId,
      conventionId: doc.conventionId,
      avant: avant && !crees.has(avant.id) ? { canal: libelleCanal(avant.canal, avant.libelle), ...resume(avant) } : undefined,
      apres: { canal: libelleCanal(apres.canal, apres.libelle), ...resume(apres) },
    });
    const publiee = await publierSiComplet(tx, agent.id, { ...doc });
    return { version: apres.version, publiee };
  });
}
