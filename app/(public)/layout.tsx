import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/AppHeader";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <AppHeader agent={null} />
      <main id="contenu" tabIndex={-1} className="fr-container fr-pt-4w fr-pb-8w">
        {children}
      </main>
    </>
  );
}
