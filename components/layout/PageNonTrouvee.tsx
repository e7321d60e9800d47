import { PageErreur } from "./PageErreur";

/** What a 404 says, inside the app's layout (app/(app)/not-found.tsx) or outside it (app/not-found.tsx). */
export function PageNonTrouvee() {
  return (
    <PageErreur
      titre="Page non trouvée"
      code={404}
      lead="La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée."
    >
      Si vous avez tapé l&apos;adresse web dans le navigateur, vérifiez qu&apos;elle est correcte. La page n&apos;est peut-être plus
      disponible, ou vous n&apos;y avez pas accès.
    </PageErreur>
  );
}
