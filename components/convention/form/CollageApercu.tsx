"use client";
// What a pasted table was understood as, before anything changes: one row per line read, the
// cells that could not be read (and why), what was ignored; then replace, or cancel.
import { useEffect, useRef } from "react";
import type { Collage } from "@/lib/domain/collage-echeancier";
import { ButtonsGroup } from "@/components/dsfr/ButtonsGroup";
import { DataTable } from "../DataTable";

export function CollageApercu({
  collage,
  remplace,
  onAppliquer,
  onAnnuler,
}: {
  collage: Collage;
  remplace: number;
  onAppliquer: () => void;
  onAnnuler: () => void;
}) {
  const titre = useRef<HTMLHeadingElement>(null);
  useEffect(() => titre.current?.focus(), []);
  const illisibles = collage.lignes.reduce((n, l) => n + Object.keys(l.erreurs).length, 0);
  const cellule = (valeur: string, erreur: string | undefined) =>
    erreur ? (
      <>
        <span className="fr-text--bold">{valeur || "(vide)"}</span>
        <span className="fr-error-text fr-mt-0">{erreur}</span>
      </>
    ) : (
      valeur || "0"
    );
  return (
    <section className="fr-callout fr-mb-3w" aria-labelledby="titre-collage">
      <h3 id="titre-collage" className="fr-callout__title fr-h6" tabIndex={-1} ref={titre}>
        Tableau collé : {collage.lignes.length} ligne{collage.lignes.length > 1 ? "s" : ""} lue{collage.lignes.length > 1 ? "s" : ""}
      </h3>
      <p className="fr-callout__text fr-text--sm">
        Vérifiez ce qui a été compris avant de remplacer l&apos;échéancier
        {remplace ? ` (ses ${remplace} ligne${remplace > 1 ? "s" : ""} actuelle${remplace > 1 ? "s" : ""})` : ""}.
        {illisibles
          ? ` ${illisibles} cellule${illisibles > 1 ? "s" : ""} illisible${illisibles > 1 ? "s" : ""} : elles seront à corriger dans le tableau.`
          : ""}
        {collage.ignorees
          ? ` ${collage.ignorees} ligne${collage.ignorees > 1 ? "s" : ""} d'en-tête ignorée${collage.ignorees > 1 ? "s" : ""}.`
          : ""}
      </p>
      <DataTable
        caption="Lignes lues dans le tableau collé"
        hideCaption
        headers={["Année", "AE", "CP", "Remarques"]}
        rows={collage.lignes.map((l) => [
          cellule(l.annee, l.erreurs.annee),
          cellule(l.ae, l.erreurs.ae),
          cellule(l.cp, l.erreurs.cp),
          <span key="remarques" className="fr-text--sm">
            {l.remarques.join(" ") || "—"}
          </span>,
        ])}
      />
      <ButtonsGroup inline="sm" size="sm">
        <button type="button" className="fr-btn fr-icon-check-line fr-btn--icon-left" onClick={onAppliquer}>
          Remplacer l&apos;échéancier par ces {collage.lignes.length} ligne{collage.lignes.length > 1 ? "s" : ""}
        </button>
        <button type="button" className="fr-btn fr-btn--secondary" onClick={onAnnuler}>
          Ne pas coller
        </button>
      </ButtonsGroup>
    </section>
  );
}
