"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import { DsfrProviderBase, StartDsfrOnHydration } from "@codegouvfr/react-dsfr/next-app-router";

declare module "@codegouvfr/react-dsfr/next-app-router" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

export function DsfrProvider({ children, doCheckNonce = false }: { children: ReactNode; doCheckNonce?: boolean }) {
  return (
    <DsfrProviderBase lang="fr" Link={Link} defaultColorScheme="system" doCheckNonce={doCheckNonce}>
      {children}
    </DsfrProviderBase>
  );
}

export { StartDsfrOnHydration };
