// The history's CSV download: session, scope, French errors.
import "server-only";
import { reponseTexte } from "@/lib/http/reponse-texte";
import { Introuvable } from "@/lib/domain/erreurs";
import { getAgent } from "../auth/agent";
import type { RefDocument } from "../revue/document";
import { getHistorique, historiqueCsv } from "./get-historique";

export async function historiqueCsvResponse(request: Request, ref: RefDocument, nomFichier: string): Promise<Response> {
  const agent = await getAgent();
  if (!agent) return reponseTexte(401, "Votre session a expiré : reconnectez-vous pour exporter l'historique.");
  const params = new URL(request.url).searchParams;
  try {
    const { lignes } = await getHistorique(agent, ref, {
      categorie: params.get("categorie") ?? undefined,
      qui: params.get("qui") ?? undefined,
    });
    return new Response(historiqueCsv(lignes), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${nomFichier}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof Introuvable) return reponseTexte(404, error.message);
    throw error;
  }
}
