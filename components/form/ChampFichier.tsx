"use client";
// A file field in the DSFR's manner, in French whatever the browser's language: its label says the
// formats and the limit, a button « Choisir un fichier » and the chosen file's name and size (the
// browser's own « Choose File » is hidden, the input itself stays focusable and labelled), and a file
// over the limit is said at once, before anything is sent.
import { useEffect, useRef, useState } from "react";
import { consigneEnvoi, ENVOIS, messageTropGros, tailleLisible, type NatureEnvoi } from "@/lib/domain/envois";

type Props = {
  id: string;
  name: string;
  label: string;
  nature: NatureEnvoi;
  accept: string;
  /** What the server said of the file (its field's error). */
  erreur?: string;
  /** A word more under the label (« toutes les pages de la version envoyée à la signature »). */
  precision?: string;
  /** Several files at once (each under the limit). */
  multiple?: boolean;
};

/** The file of a form field when it is over its limit: the message to show, else null. */
export function fichierTropGros(form: FormData, name: string, nature: NatureEnvoi): string | null {
  const f = form.get(name);
  return f instanceof File && f.size > ENVOIS[nature].octets ? messageTropGros(nature, f.size) : null;
}

export function ChampFichier({ id, name, label, nature, accept, erreur, precision, multiple }: Props) {
  const [choisi, setChoisi] = useState<string | null>(null);
  const [tropGros, setTropGros] = useState<string | null>(null);
  const champ = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // A form reset empties the field: its name and its error go with it.
    const form = champ.current?.form;
    const vider = () => {
      setChoisi(null);
      setTropGros(null);
    };
    form?.addEventListener("reset", vider);
    return () => form?.removeEventListener("reset", vider);
  }, []);
  const message = tropGros ?? erreur;
  return (
    <div className={`fr-upload-group ${message ? "fr-input-group--error" : ""}`}>
      <label className="fr-label" htmlFor={id}>
        {label}{" "}
        <span className="fr-hint-text">
          {consigneEnvoi(nature)}
          {precision ? ` ${precision}` : ""}
        </span>
      </label>
      <div className="champ-fichier fr-mt-1w">
        <input
          ref={champ}
          id={id}
          name={name}
          type="file"
          accept={accept}
          required
          multiple={multiple}
          className="champ-fichier__input"
          aria-describedby={message ? `${id}-choisi ${id}-message` : `${id}-choisi`}
          aria-invalid={message ? true : undefined}
          onChange={(e) => {
            const fichiers = [...(e.currentTarget.files ?? [])];
            setChoisi(
              fichiers.length === 0
                ? null
                : fichiers.length === 1
                  ? `${fichiers[0]!.name} (${tailleLisible(fichiers[0]!.size)})`
                  : `${fichiers.length} fichiers : ${fichiers.map((f) => f.name).join(", ")}`,
            );
            const gros = fichiers.find((f) => f.size > ENVOIS[nature].octets);
            setTropGros(gros ? `${fichiers.length > 1 ? `« ${gros.name} » : ` : ""}${messageTropGros(nature, gros.size)}` : null);
          }}
        />
        <span className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-upload-2-line fr-btn--icon-left" aria-hidden="true">
          {multiple ? "Choisir des fichiers" : "Choisir un fichier"}
        </span>
        <span id={`${id}-choisi`} className="fr-text--sm fr-mb-0 fr-ml-2w champ-fichier__nom">
          {choisi ?? "Aucun fichier choisi"}
        </span>
      </div>
      {message && (
        <p id={`${id}-message`} className="fr-error-text">
          {message}
        </p>
      )}
    </div>
  );
}
