import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/AppHeader";
import { getAgent } from "@/lib/server/auth/agent";
import { countUnread } from "@/lib/server/notifications/boite";

// The pages every State online service publishes (footer links): open without a session; an agent
// who is logged in keeps the header and navigation of the app.
export default async function InfoLayout({ children }: { children: ReactNode }) {
  const agent = await getAgent();
  return (
    <>
      <AppHeader agent={agent} nonLues={agent ? await countUnread(agent) : 0} />
      <main id="contenu" tabIndex={-1} className="fr-container fr-pt-4w fr-pb-8w">
        {children}
      </main>
    </>
  );
}
