import Link from "next/link";

/** What a 403 says: the agent is logged in, but their role does not open this page. */
export function PageAccesRefuse() {
  return (
    <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8">
        <h1>Accès non autorisé</h1>
        <p className="fr-text--sm fr-mb-3w">Erreur 403</p>
        <p className="fr-text--lead fr-mb-3w">Votre rôle ne permet pas d&apos;ouvrir cette page.</p>
        <p className="fr-text--sm fr-mb-5w">
          Si vous pensez devoir y accéder, demandez à un administrateur de l&apos;application de faire évoluer vos droits.
        </p>
        <Link className="fr-btn" href="/conventions">
          Retour à la liste des conventions
        </Link>
      </div>
    </div>
  );
}
