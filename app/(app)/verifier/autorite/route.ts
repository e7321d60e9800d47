// The internal certificate authority's certificate, for a verifier's trust store (pdfsig, Adobe).
import { getAgent } from "@/lib/server/auth/agent";
import { certificatDeLAutorite } from "@/lib/server/signature/autorite";
import { reponseTexte } from "@/lib/http/reponse-texte";

export const dynamic = "force-dynamic";

export async function GET() {
  if (!(await getAgent())) return reponseTexte(401, "Connectez-vous pour télécharger ce certificat.");
  return new Response(certificatDeLAutorite(), {
    headers: {
      "Content-Type": "application/x-pem-file",
      "Content-Disposition": 'attachment; filename="autorite-conventions.pem"',
    },
  });
}
