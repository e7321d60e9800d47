// « Transmission aux contrôleurs » of a document signed by every party: what was recorded, else the
// recipients its text names (nothing is written by reading).
import "server-only";
import { estSigneeParTous } from "@/lib/domain/statut";
import { echeanceAccuse } from "@/lib/domain/echeances";
import { jourDeParis, calendarDateOrNull as jour } from "@/lib/domain/dates";
import type { TransmissionsVue } from "@/lib/views/transmissions";
import type { RefDocument } from "../documents/document";
import { can, type AgentLike } from "../policies";
import { db } from "../db";
import { courrielActif } from "../notifications/courriel";
import { assertDansLePerimetre, lireDocumentAPublier } from "../publication/suivi";
import { destinataires } from "./transmissions";

export async function getTransmissions(agent: AgentLike, ref: RefDocument): Promise<TransmissionsVue | null> {
  await assertDansLePerimetre(agent, ref);
  const doc = await lireDocumentAPublier(ref);
  if (!estSigneeParTous(doc.statut)) return null;
  const lignes = await db.transmission.findMany({ where: { documentId: doc.documentId }, orderBy: { createdAt: "asc" } });
  const aujourdhui = jourDeParis(new Date());
  return {
    conventionId: doc.conventionId,
    numero: doc.numero,
    courrielPossible: courrielActif(),
    peutTransmettre: can(agent, "convention.publier"),
    lignes: lignes.length
      ? lignes.map((l) => ({
          id: l.id,
          destinataire: l.destinataire,
          adresse: l.adresse,
          methode: l.methode,
          etat: l.etat,
          dateEnvoi: jour(l.dateEnvoi),
          dateAccuse: jour(l.dateAccuse),
          referenceAccuse: l.referenceAccuse,
          message: l.message,
          relance: l.etat === "ENVOYEE" && !!l.dateEnvoi && echeanceAccuse(l.destinataire, jour(l.dateEnvoi)!, aujourdhui) !== null,
          version: l.version,
        }))
      : (await destinataires(doc)).map((destinataire) => ({
          id: null,
          destinataire,
          adresse: null,
          methode: null,
          etat: "A_ENVOYER" as const,
          dateEnvoi: null,
          dateAccuse: null,
          referenceAccuse: null,
          message: null,
          relance: false,
          version: null,
        })),
  };
}
