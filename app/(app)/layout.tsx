import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/AppHeader";
import { requireAgent } from "@/lib/server/auth/agent";
import { countUnread } from "@/lib/server/notifications/boite";

// Every page of this group needs a session; the check is here and again in each use case.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const agent = await requireAgent();
  return (
    <>
      <AppHeader agent={agent} nonLues={await countUnread(agent)} />
      <main id="contenu" tabIndex={-1} className="fr-container fr-pt-4w fr-pb-8w">
        {children}
      </main>
    </>
  );
}
