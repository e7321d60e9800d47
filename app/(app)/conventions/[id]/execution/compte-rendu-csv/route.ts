import { getAgent } from "@/lib/server/auth/agent";
import { compteRenduCsv } from "@/lib/server/execution/compte-rendu";
import { reponseTexte } from "@/lib/http/reponse-texte";
import { Introuvable } from "@/lib/domain/erreurs";

export const dynamic = "force-dynamic";

// The « compte rendu de gestion » of a convention, as CSV (`;`, UTF-8 with BOM).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const agent = await getAgent();
  if (!agent) return reponseTexte(401, "Votre session a expiré : reconnectez-vous pour télécharger le compte rendu.");
  const { id } = await params;
  try {
    const { nom, csv } = await compteRenduCsv(agent, id);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${nom}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof Introuvable) return reponseTexte(404, error.message);
    throw error;
  }
}
