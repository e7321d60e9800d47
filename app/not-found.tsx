import { AppHeader } from "@/components/layout/AppHeader";
import { PageNonTrouvee } from "@/components/layout/PageNonTrouvee";
import { getAgent } from "@/lib/server/auth/agent";

export const metadata = { title: "Page non trouvée" };

// An address that matches no page: outside the app's layout, so the header is drawn here.
export default async function NotFound() {
  const agent = await getAgent().catch(() => null);
  return (
    <>
      <AppHeader agent={agent} />
      <main id="contenu" tabIndex={-1} className="fr-container fr-my-7w">
        <PageNonTrouvee />
      </main>
    </>
  );
}
