import { PageErreur } from "./PageErreur";

/** What a 403 says: the agent is logged in, but their role does not open this page. */
export function PageAccesRefuse() {
  return (
    <PageErreur titre="Accès non autorisé" code={403} lead="Votre rôle ne permet pas d'ouvrir cette page.">
      Si vous pensez devoir y accéder, demandez à un administrateur de l&apos;application de faire évoluer vos droits.
    </PageErreur>
  );
}
