"use client";
// Importing a CHORUS extract: choose the file, read the preview (every error, line by line; which
// convention each line goes to; what is already there), then import — all or nothing. The upload
// shows its progress; the file is sent again to import it (the server reads and checks it again).
import { useId, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { LIBELLES_NATURE, type NatureMouvement } from "@/lib/domain/execution/extrait";
import type { ApercuImport } from "@/lib/views/execution";
import { Bandeau, type Message } from "@/components/dsfr/Bandeau";
import { ChampFichier, fichierTropGros } from "@/components/form/ChampFichier";
import { envoyerFichier } from "@/components/form/envoi-fichier";

export function ImportExtrait({ conventionId }: { conventionId?: string }) {
  const id = useId();
  const router = useRouter();
  const formulaire = useRef<HTMLFormElement>(null);
  const [apercu, setApercu] = useState<ApercuImport | null>(null);
  const [message, setMessage] = useState<Message>();
  const [erreurFichier, setErreurFichier] = useState<string>();
  const [etat, setEtat] = useState<string | null>(null);

  const donnees = (etape: "apercu" | "importer") => {
    const form = new FormData(formulaire.current!);
    form.set("etape", etape);
    if (conventionId) form.set("conventionId", conventionId);
    if (etape === "importer" && apercu) form.set("sha256", apercu.sha256);
    return form;
  };

  const lancer = async (etape: "apercu" | "importer") => {
    setMessage(undefined);
    const form = donnees(etape);
    // A file over the limit is said before anything is sent.
    const tropGros = fichierTropGros(form, "fichier", "extrait");
    setErreurFichier(tropGros ?? undefined);
    if (tropGros) return;
    setEtat("Envoi du fichier : 0 %");
    form.set("progression", "1");
    const r = await envoyerFichier<ApercuImport | { importees: number; apercu: ApercuImport; libelle: string }>(
      "/televersement/extrait",
      form,
      setEtat,
    );
    setEtat(null);
    if (!r.ok) {
      setMessage({ ok: false, texte: r.message });
      if (r.champs?.fichier) setErreurFichier(r.champs.fichier);
      if (etape === "importer") setApercu(null);
      return;
    }
    if (etape === "apercu") {
      setApercu(r.data as ApercuImport);
      return;
    }
    const fait = r.data as { importees: number; apercu: ApercuImport; libelle: string };
    setApercu(null);
    formulaire.current?.reset();
    setMessage({
      ok: true,
      texte:
        fait.importees === 0
          ? `Rien de nouveau : les ${fait.apercu.dejaPresentes} lignes de « ${fait.apercu.nom} » étaient déjà importées.`
          : `${fait.importees} ligne${fait.importees > 1 ? "s" : ""} ${/^[aeiouéh]/i.test(fait.libelle) ? "d'" : "de "}${fait.libelle} importée${fait.importees > 1 ? "s" : ""} depuis « ${fait.apercu.nom} ».`,
    });
    router.refresh();
  };

  const soumettre = (e: FormEvent) => {
    e.preventDefault();
    void lancer("apercu");
  };

  return (
    <section aria-labelledby={`${id}-titre`} className="fr-mb-4w fr-p-3w" style={{ border: "1px solid var(--border-default-grey)" }}>
      <h2 id={`${id}-titre`} className="fr-h5">
        Importer un extrait CHORUS
      </h2>
      <p className="fr-text--sm">
        Mises à disposition, engagements juridiques (EJ) ou demandes de paiement (DP), en xlsx ou en CSV (point-virgule, UTF-8 ou
        Windows-1252). Un aperçu montre chaque ligne lue et chaque erreur avant d&apos;écrire quoi que ce soit ; un fichier déjà importé ne
        change rien. Les coordonnées bancaires ne sont ni lues ni conservées.
      </p>
      <Bandeau message={message} />
      <form ref={formulaire} onSubmit={soumettre} aria-label="Importer un extrait CHORUS" onChange={() => setApercu(null)}>
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-6">
            <ChampFichier
              id={`${id}-fichier`}
              name="fichier"
              label="Extrait CHORUS"
              nature="extrait"
              accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              erreur={erreurFichier}
            />
          </div>
          <div className="fr-col-12 fr-col-md-3">
            <div className="fr-select-group">
              <label className="fr-label" htmlFor={`${id}-nature`}>
                Contenu de l&apos;extrait
              </label>
              <select id={`${id}-nature`} name="nature" className="fr-select" defaultValue="">
                <option value="">Reconnu d&apos;après ses colonnes</option>
                {(Object.keys(LIBELLES_NATURE) as NatureMouvement[]).map((n) => (
                  <option key={n} value={n}>
                    {LIBELLES_NATURE[n][0]!.toUpperCase() + LIBELLES_NATURE[n].slice(1)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="fr-col-12 fr-col-md-3 fr-mb-3w">
            <button type="submit" className="fr-btn fr-btn--secondary" disabled={etat !== null}>
              Voir l&apos;aperçu
            </button>
          </div>
        </div>
      </form>
      {etat && (
        <p role="status" className="fr-text--sm">
          {etat}
        </p>
      )}
      {apercu && <Apercu apercu={apercu} importer={() => void lancer("importer")} occupe={etat !== null} />}
    </section>
  );
}

function Apercu({ apercu, importer, occupe }: { apercu: ApercuImport; importer: () => void; occupe: boolean }) {
  const nouvelles = apercu.conventions.reduce((t, c) => t + c.nouvelles, 0);
  return (
    <div className="fr-mt-2w" role="region" aria-label={`Aperçu de « ${apercu.nom} »`}>
      <h3 className="fr-h6">
        Aperçu de « {apercu.nom} » : {apercu.nature ? LIBELLES_NATURE[apercu.nature] : "contenu inconnu"}, {apercu.lignesLues} ligne
        {apercu.lignesLues > 1 ? "s" : ""} lue{apercu.lignesLues > 1 ? "s" : ""}
      </h3>
      {apercu.dejaImporte && (
        <p className="fr-text--sm">
          Ce fichier a déjà été importé le {new Date(apercu.dejaImporte.le).toLocaleString("fr-FR", { timeZone: "Europe/Paris" })} par{" "}
          {apercu.dejaImporte.par}.
        </p>
      )}
      {apercu.colonnesBancaires.length > 0 && (
        <p className="fr-text--sm">
          Colonnes de coordonnées bancaires ignorées (données personnelles, ni lues ni conservées) : {apercu.colonnesBancaires.join(", ")}.
        </p>
      )}
      {apercu.erreurs.length > 0 ? (
        <div className="fr-alert fr-alert--error fr-mb-2w" role="alert">
          <p>
            {apercu.erreurs.length} erreur{apercu.erreurs.length > 1 ? "s" : ""} : rien ne sera importé tant qu&apos;elle
            {apercu.erreurs.length > 1 ? "s ne sont pas corrigées" : " n'est pas corrigée"}.
          </p>
        </div>
      ) : null}
      {apercu.erreurs.length > 0 && (
        <div className="fr-table fr-table--sm">
          <table>
            <caption>Erreurs, ligne par ligne</caption>
            <thead>
              <tr>
                <th scope="col">Ligne</th>
                <th scope="col">Colonne</th>
                <th scope="col">Valeur lue</th>
                <th scope="col">Attendu</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {apercu.erreurs.slice(0, 200).map((e, i) => (
                <tr key={i}>
                  <td>{e.ligne}</td>
                  <td>{e.colonne ?? "—"}</td>
                  <td>{e.valeur || "(vide)"}</td>
                  <td>{e.attendu}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {apercu.erreurs.length > 200 && <p className="fr-text--sm">… et {apercu.erreurs.length - 200} autres.</p>}
        </div>
      )}
      {apercu.conventions.length > 0 && (
        <div className="fr-table fr-table--sm">
          <table>
            <caption>Lignes rattachées, par convention</caption>
            <thead>
              <tr>
                <th scope="col">Convention</th>
                <th scope="col">Lignes</th>
                <th scope="col">Nouvelles</th>
                <th scope="col">AE</th>
                <th scope="col">CP</th>
              </tr>
            </thead>
            <tbody>
              {apercu.conventions.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    {c.reference} — {c.intitule}
                  </th>
                  <td>{c.lignes}</td>
                  <td>{c.nouvelles}</td>
                  <td>{c.ae}</td>
                  <td>{c.cp}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {apercu.autresUo.length > 0 && (
        <p className="fr-text--sm">
          Lignes d&apos;autres centres financiers, sans convention ici (non importées) :{" "}
          {apercu.autresUo.map((u) => `${u.centreFinancier} (${u.lignes})`).join(", ")}.
        </p>
      )}
      {apercu.erreurs.length === 0 && (
        <button type="button" className="fr-btn" onClick={importer} disabled={occupe || apercu.conventions.length === 0}>
          {nouvelles > 0 ? `Importer ${nouvelles} ligne${nouvelles > 1 ? "s" : ""}` : "Importer (rien de nouveau)"}
        </button>
      )}
    </div>
  );
}
