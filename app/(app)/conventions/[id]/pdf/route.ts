import { getAgent } from "@/lib/server/auth/agent";
import { db } from "@/lib/server/db";
import { getConvention } from "@/lib/server/conventions/get-convention";
import { can } from "@/lib/server/policies";
import { Introuvable } from "@/lib/server/errors";
import { buildConventionPdfData } from "@/lib/server/pdf/build-convention-pdf-data";
import { renderConventionPdf } from "@/lib/server/pdf/render-convention-pdf";

export const dynamic = "force-dynamic";

const texte = (status: number, message: string) => new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

// The PDF of a convention: the agent must be signed in, allowed to export, and see the convention.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const agent = await getAgent();
  if (!agent) return texte(401, "Votre session a expiré : reconnectez-vous pour télécharger le PDF.");
  if (!can(agent, "convention.exporter")) return texte(403, "Votre rôle ne permet pas d'exporter cette convention.");
  try {
    const convention = await getConvention(db, agent, (await params).id);
    const data = buildConventionPdfData(convention);
    const pdf = await renderConventionPdf(data);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${data.meta.fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof Introuvable) return texte(404, error.message);
    console.error("Export PDF en échec", error);
    return texte(500, "Le PDF n'a pas pu être produit à cause d'un problème technique. Réessayez ; si le problème persiste, contactez l'administrateur.");
  }
}
