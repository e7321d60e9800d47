"use client";
// The fields read from an imported document, one row each: its value (or the input that corrects it),
// its confidence, « Voir » to outline where it was read, and for a flagged field « Accepter ».
// A correction is read by the domain's rule (lireValeur) and refused in French at its field.
import { useId, useState } from "react";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { lireValeur, SEUIL_CONFIANCE, type ChampRevue } from "@/lib/domain/import";
import { formatDateLongue, isCalendarDate } from "@/lib/domain/dates";
import { LIBELLES_ROLE_PARTIE, LIBELLES_TYPE_CONVENTION } from "@/lib/domain/libelles";

export type LigneChamp = ChampRevue & {
  confiance: number | undefined;
  /** « p. 3 » or « l. 12 »: where it was read, when known. */
  ou: string | null;
  corrige: string | undefined;
  accepte: boolean;
  /** A field without a row of its own (a party as a whole, the publication channels): accept only. */
  lectureSeule?: boolean;
};

type Props = {
  caption: string;
  lignes: LigneChamp[];
  selection: string | null;
  organisations: { sigle: string; nom: string }[];
  voir: (l: LigneChamp) => void;
  accepter: (cle: string) => void;
  corriger: (chemin: string, valeur: string | undefined) => void;
};

export function ChampsLus({ caption, lignes, selection, organisations, voir, accepter, corriger }: Props) {
  return (
    <div className="fr-table fr-table--no-caption fr-mb-2w">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Champ</th>
            <th scope="col">Valeur</th>
            <th scope="col">Confiance</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {lignes.map((l) => (
            <Ligne
              key={l.chemin}
              l={l}
              choisie={selection === l.chemin}
              organisations={organisations}
              voir={voir}
              accepter={accepter}
              corriger={corriger}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Ligne({
  l,
  choisie,
  organisations,
  voir,
  accepter,
  corriger,
}: { l: LigneChamp; choisie: boolean } & Pick<Props, "organisations" | "voir" | "accepter" | "corriger">) {
  const id = useId();
  const [edition, setEdition] = useState<string | null>(null);
  const [erreur, setErreur] = useState<string>();
  const signale = l.confiance !== undefined && l.confiance < SEUIL_CONFIANCE;
  const valider = () => {
    const lu = lireValeur(l, edition ?? "");
    if ("erreur" in lu) return setErreur(lu.erreur);
    setErreur(undefined);
    setEdition(null);
    corriger(l.chemin, edition ?? "");
  };
  const affiche = l.corrige !== undefined ? afficheCorrection(l) : l.affiche;

  return (
    <tr aria-current={choisie ? "true" : undefined} className={choisie ? "champ-lu--choisi" : undefined}>
      <th scope="row" id={`${id}-libelle`}>
        {l.libelle}
      </th>
      <td>
        {edition === null ? (
          <span className="champ-lu__valeur">{affiche}</span>
        ) : (
          <div className={`fr-input-group ${erreur ? "fr-input-group--error" : ""} fr-mb-0`}>
            <label className="fr-label fr-sr-only" htmlFor={`${id}-saisie`}>
              {l.libelle}
            </label>
            <Saisie
              id={`${id}-saisie`}
              l={l}
              valeur={edition}
              changer={setEdition}
              organisations={organisations}
              decrit={erreur ? `${id}-erreur` : undefined}
            />
            {erreur && (
              <p id={`${id}-erreur`} className="fr-error-text">
                {erreur}
              </p>
            )}
          </div>
        )}
      </td>
      <td>
        {l.confiance === undefined ? "—" : `${Math.round(l.confiance * 100)} %`}
        {signale && !l.accepte && l.corrige === undefined && (
          <Badge severity="warning" small className="fr-ml-1w">
            à vérifier
          </Badge>
        )}
        {l.corrige !== undefined && (
          <Badge severity="info" small className="fr-ml-1w">
            corrigé
          </Badge>
        )}
        {l.accepte && l.corrige === undefined && (
          <Badge severity="success" small className="fr-ml-1w">
            accepté
          </Badge>
        )}
      </td>
      <td>
        <div className="champ-lu__actions">
          {edition === null ? (
            <>
              <Button size="small" priority="tertiary" onClick={() => voir(l)} disabled={!l.ou} aria-describedby={`${id}-libelle`}>
                {l.ou ? `Voir (${l.ou})` : "Voir"}
              </Button>
              {!l.lectureSeule && (
                <Button
                  size="small"
                  priority="tertiary"
                  onClick={() => {
                    setErreur(undefined);
                    setEdition(l.corrige ?? l.valeur);
                  }}
                  aria-describedby={`${id}-libelle`}
                >
                  Corriger
                </Button>
              )}
              {signale && !l.accepte && l.corrige === undefined && (
                <Button size="small" priority="secondary" onClick={() => accepter(l.cle)} aria-describedby={`${id}-libelle`}>
                  Accepter
                </Button>
              )}
              {l.corrige !== undefined && (
                <Button size="small" priority="tertiary" onClick={() => corriger(l.chemin, undefined)} aria-describedby={`${id}-libelle`}>
                  Revenir à la valeur lue
                </Button>
              )}
            </>
          ) : (
            <>
              <Button size="small" onClick={valider} aria-describedby={`${id}-libelle`}>
                Valider la correction
              </Button>
              <Button
                size="small"
                priority="tertiary"
                onClick={() => {
                  setEdition(null);
                  setErreur(undefined);
                }}
              >
                Annuler
              </Button>
            </>
          )}
        </div>
      </td>
    </tr>
  );
}

function afficheCorrection(l: LigneChamp): string {
  const v = (l.corrige ?? "").trim();
  if (!v) return "—";
  if (l.nature === "role") return LIBELLES_ROLE_PARTIE[v as keyof typeof LIBELLES_ROLE_PARTIE] ?? v;
  if (l.nature === "type") return LIBELLES_TYPE_CONVENTION[v as keyof typeof LIBELLES_TYPE_CONVENTION] ?? v;
  if (l.nature === "date" && isCalendarDate(v)) return formatDateLongue(v);
  if (l.nature === "euros") return `${v.replace(/\s*€$/, "")} €`;
  return v;
}

function Saisie({
  id,
  l,
  valeur,
  changer,
  organisations,
  decrit,
}: {
  id: string;
  l: LigneChamp;
  valeur: string;
  changer: (v: string) => void;
  organisations: { sigle: string; nom: string }[];
  decrit?: string;
}) {
  const commun = { id, value: valeur, "aria-describedby": decrit, "aria-invalid": decrit ? true : undefined, autoFocus: true };
  const choix = (options: [string, string][]) => (
    <select {...commun} className="fr-select" onChange={(e) => changer(e.target.value)}>
      <option value="">— Choisir —</option>
      {options.map(([v, t]) => (
        <option key={v} value={v}>
          {t}
        </option>
      ))}
    </select>
  );
  switch (l.nature) {
    case "role":
      return choix(Object.entries(LIBELLES_ROLE_PARTIE));
    case "type":
      return choix(Object.entries(LIBELLES_TYPE_CONVENTION));
    case "organisation":
      return choix(organisations.map((o) => [o.sigle, o.sigle === o.nom ? o.nom : `${o.sigle} — ${o.nom}`]));
    case "long":
      return <textarea {...commun} className="fr-input" rows={6} onChange={(e) => changer(e.target.value)} />;
    case "date":
      return <input {...commun} className="fr-input" type="date" onChange={(e) => changer(e.target.value)} />;
    default:
      return (
        <input
          {...commun}
          className="fr-input"
          type="text"
          inputMode={l.nature === "euros" ? "decimal" : l.nature === "entier" ? "numeric" : undefined}
          onChange={(e) => changer(e.target.value)}
        />
      );
  }
}
