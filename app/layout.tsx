import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { DsfrHead, getHtmlAttributes } from "@/components/dsfr/dsfr-head";
import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr/DsfrProvider";
import { AppFooter } from "@/components/layout/AppFooter";
import { SERVICE_TITLE } from "@/components/layout/AppHeader";

export const metadata: Metadata = {
  title: { default: SERVICE_TITLE, template: `%s — ${SERVICE_TITLE}` },
  description: "Rédaction, revue, signature, suivi et export des conventions de délégation de gestion",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html {...getHtmlAttributes({ lang: "fr" })}>
      <head>
        <DsfrHead />
      </head>
      <body>
        <DsfrProvider>
          <StartDsfrOnHydration />
          <SkipLinks
            links={[
              { anchor: "#contenu", label: "Contenu" },
              { anchor: "#footer", label: "Pied de page" },
            ]}
          />
          {children}
          <AppFooter />
        </DsfrProvider>
      </body>
    </html>
  );
}
