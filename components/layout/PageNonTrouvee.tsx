import Link from "next/link";

/** What a 404 says, inside the app's layout (app/(app)/not-found.tsx) or outside it (app/not-found.tsx). */
export function PageNonTrouvee() {
  return (
    <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8">
        <h1>Page non trouvée</h1>
        <p className="fr-text--sm fr-mb-3w">Erreur 404</p>
        <p className="fr-text--lead fr-mb-3w">La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.</p>
        <p className="fr-text--sm fr-mb-5w">
          Si vous avez tapé l&apos;adresse web dans le navigateur, vérifiez qu&apos;elle est correcte. La page n&apos;est peut-être plus
          disponible, ou vous n&apos;y avez pas accès.
        </p>
        <Link className="fr-btn" href="/conventions">
          Retour à la liste des conventions
        </Link>
      </div>
    </div>
  );
}
