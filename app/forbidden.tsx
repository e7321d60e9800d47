import { AppHeader } from "@/components/layout/AppHeader";
import { PageAccesRefuse } from "@/components/layout/PageAccesRefuse";
import { getAgent } from "@/lib/server/auth/agent";

export const metadata = { title: "Accès non autorisé" };

// forbidden() outside the app's layout: the header is drawn here.
export default async function Forbidden() {
  const agent = await getAgent().catch(() => null);
  return (
    <>
      <AppHeader agent={agent} />
      <main id="contenu" tabIndex={-1} className="fr-container fr-my-7w">
        <PageAccesRefuse />
      </main>
    </>
  );
}
