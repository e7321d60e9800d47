import type { Metadata } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { DsfrHead, getHtmlAttributes } from "@/components/dsfr/dsfr-head";
import { DsfrProvider, MarqueHydratation, StartDsfrOnHydration } from "@/components/dsfr/DsfrProvider";
import { AppFooter } from "@/components/layout/AppFooter";
import "./globals.css";
import { SERVICE_TITLE } from "@/components/layout/AppHeader";

export const metadata: Metadata = {
  title: { default: SERVICE_TITLE, template: `%s — ${SERVICE_TITLE}` },
  description: "Rédaction, revue, signature, suivi et export des conventions de délégation de gestion",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined; // set by proxy.ts, with the page's CSP
  return (
    // DSFR's script sets the colour theme on <html> before React runs. When React renders <html>
    // again on its own (a 404 does), it keeps only these props: without a theme there, react-dsfr's
    // observer asserts. Light until DSFR's script says otherwise (the OS preference, on the next page).
    <html {...getHtmlAttributes({ lang: "fr" })} data-fr-scheme="system" data-fr-theme="light">
      <head>
        <DsfrHead nonce={nonce} />
      </head>
      <body>
        <DsfrProvider doCheckNonce={Boolean(nonce)}>
          <StartDsfrOnHydration />
          <SkipLinks
            links={[
              { anchor: "#contenu", label: "Contenu" },
              { anchor: "#footer", label: "Pied de page" },
            ]}
          />
          {children}
          <AppFooter />
          <MarqueHydratation />
        </DsfrProvider>
      </body>
    </html>
  );
}
