"use client";
import { Lien } from "@/components/navigation/lien";
import { useEffect, type ReactNode } from "react";
import { DsfrProviderBase, StartDsfrOnHydration } from "@codegouvfr/react-dsfr/next-app-router";

declare module "@codegouvfr/react-dsfr/next-app-router" {
  interface RegisterLink {
    Link: typeof Lien;
  }
}

export function DsfrProvider({ children, doCheckNonce = false }: { children: ReactNode; doCheckNonce?: boolean }) {
  return (
    <DsfrProviderBase lang="fr" Link={Lien} defaultColorScheme="system" doCheckNonce={doCheckNonce}>
      {children}
    </DsfrProviderBase>
  );
}

export { StartDsfrOnHydration };

/** Says on <html> that React has taken over the page (`data-hydrate="ok"`): the end-to-end tests
 *  wait for it before pressing buttons that only work once hydrated. */
export function MarqueHydratation() {
  useEffect(() => {
    document.documentElement.dataset.hydrate = "ok";
  }, []);
  return null;
}
