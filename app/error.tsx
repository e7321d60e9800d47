"use client";
// Any unexpected error (database down, bug): a French page without technical detail. The
// digest lets an administrator find the server log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="contenu" tabIndex={-1} className="fr-container fr-my-7w">
      <h1>Service momentanément indisponible</h1>
      <p className="fr-text--sm fr-mb-3w">Erreur 500</p>
      <p className="fr-text--lead fr-mb-3w">
        Un problème technique empêche d&apos;afficher cette page (par exemple, la base de données ne répond pas). Vos données enregistrées
        ne sont pas perdues.
      </p>
      <p className="fr-mb-5w">
        Réessayez dans quelques instants. Si le problème persiste, contactez l&apos;administrateur
        {error.digest ? ` en indiquant le code ${error.digest}` : ""}.
      </p>
      <button type="button" className="fr-btn" onClick={() => reset()}>
        Réessayer
      </button>
    </main>
  );
}
