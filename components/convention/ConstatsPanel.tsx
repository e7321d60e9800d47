import { parGravite, type Constat, type TexteCite } from "@/lib/domain/controles";
import type { ExigenceArticle2 } from "@/lib/domain/controles/completude";

// The consistency findings and the décret 2004-1085 art. 2 checklist, on the detail page.
export function ConstatsPanel({
  constats,
  exigences,
  montrerExigences,
  cites = [],
}: {
  constats: Constat[];
  exigences: ExigenceArticle2[];
  montrerExigences: boolean;
  cites?: TexteCite[];
}) {
  const erreurs = constats.filter((c) => c.gravite === "erreur").length;
  const avertissements = constats.length - erreurs;
  return (
    <section id="controles" aria-labelledby="titre-controles" className="fr-mb-6w">
      <h2 id="titre-controles" className="fr-h4">
        Contrôles de cohérence
      </h2>
      {constats.length === 0 ? (
        <div className="fr-alert fr-alert--success fr-alert--sm">
          <p>Aucune incohérence détectée : échéancier, plafonds, parties, références et montants en lettres concordent.</p>
        </div>
      ) : (
        <div className={`fr-alert ${erreurs ? "fr-alert--error" : "fr-alert--warning"} fr-alert--sm`}>
          <p className="fr-text--bold fr-mb-1w">
            {erreurs > 0 && `${erreurs} incohérence${erreurs > 1 ? "s" : ""}`}
            {erreurs > 0 && avertissements > 0 && " et "}
            {avertissements > 0 && `${avertissements} point${avertissements > 1 ? "s" : ""} à vérifier`}
          </p>
          <ul data-testid="constats">
            {parGravite(constats).map((c, i) => (
              <li key={i} data-code={c.code}>
                <span className="fr-sr-only">{c.gravite === "erreur" ? "Erreur : " : "À vérifier : "}</span>
                {c.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {montrerExigences && (
        <div className="fr-mt-3w">
          <h3 className="fr-h6">Mentions exigées par le décret n° 2004-1085, article 2</h3>
          <ul className="fr-raw-list">
            {exigences.map((e) => (
              <li key={e.code} className="fr-mb-1v">
                <span
                  className={e.couverte ? "fr-icon-checkbox-circle-fill fr-label--success" : "fr-icon-close-circle-fill fr-label--error"}
                  aria-hidden="true"
                />{" "}
                {e.libelle} <span className="fr-sr-only">{e.couverte ? "(présente)" : "(manquante)"}</span>
                {!e.couverte && <span className="fr-hint-text">{e.aide}</span>}
              </li>
            ))}
          </ul>
          <h3 className="fr-h6 fr-mt-2w">Textes cités</h3>
          {cites.length === 0 ? (
            <p className="fr-text--sm">Aucun texte cité (décret n° 2004-1085 attendu).</p>
          ) : (
            <ul data-testid="textes-cites">
              {cites.map((t) => (
                <li key={`${t.nature}${t.numero}`}>
                  {t.citation} — {t.connu ? "texte connu du référentiel" : "inconnu du référentiel : vérifiez le numéro"}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
