import { Lien } from "@/components/navigation/lien";
import type { ReactNode } from "react";

/** What an error page says (404, 403), in the DSFR's manner: the title, the code, what happened, what to do. */
export function PageErreur({ titre, code, lead, children }: { titre: string; code: number; lead: string; children: ReactNode }) {
  return (
    <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8">
        <h1>{titre}</h1>
        <p className="fr-text--sm fr-mb-3w">Erreur {code}</p>
        <p className="fr-text--lead fr-mb-3w">{lead}</p>
        <p className="fr-text--sm fr-mb-5w">{children}</p>
        <Lien className="fr-btn" href="/conventions">
          Retour à la liste des conventions
        </Lien>
      </div>
    </div>
  );
}
