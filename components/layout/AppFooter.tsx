import { Footer } from "@codegouvfr/react-dsfr/Footer";

export function AppFooter() {
  return (
    <Footer
      brandTop={
        <>
          République
          <br />
          Française
        </>
      }
      homeLinkProps={{ href: "/", title: "Accueil — Conventions de délégation de gestion" }}
      accessibility="partially compliant"
      accessibilityLinkProps={{ href: "/accessibilite" }}
      termsLinkProps={{ href: "/mentions-legales" }}
      contentDescription="Application de rédaction, de revue, de signature et d'export des conventions de délégation de gestion entre services de l'État (décret n° 2004-1085 du 14 octobre 2004)."
      bottomItems={[
        { text: "Données personnelles", linkProps: { href: "/donnees-personnelles" } },
        { text: "Statistiques", linkProps: { href: "/statistiques" } },
        { text: "Données ouvertes", linkProps: { href: "/donnees-ouvertes" } },
        { text: "Vérifier une publication", linkProps: { href: "/verifier-une-publication" } },
      ]}
    />
  );
}
