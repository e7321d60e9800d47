import { getAgent } from "@/lib/server/auth/agent";
import { lireNotification } from "@/lib/server/notifications/boite";
import { redirectionInterne } from "@/lib/http/chemin-interne";

export const dynamic = "force-dynamic";

// Opening a notification marks it read and leads to its document (and section), on the host name the
// agent is using: the Location is relative (only e-mails carry the public address).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const agent = await getAgent();
  if (!agent) return redirectionInterne("/connexion", "/connexion");
  const lien = await lireNotification(agent, (await params).id);
  return redirectionInterne(lien ?? "/notifications", "/notifications");
}
