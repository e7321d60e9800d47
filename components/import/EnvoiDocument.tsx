"use client";
// The upload of documents to import, one or several at once: each file sent in turn with its
// progress, then — for one file — its review screen; for several, what became of each, with a link to
// each review (their reading goes on in the background, listed below the form).
import { useState, type FormEvent } from "react";
import { Lien } from "@/components/navigation/lien";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ChampFichier } from "@/components/form/ChampFichier";
import { envoyerFichier } from "@/components/form/envoi-fichier";
import { ENVOIS, messageTropGros } from "@/lib/domain/envois";

type Envoi = { nom: string; travailId?: string; erreur?: string };

export function EnvoiDocument() {
  const router = useRouter();
  const [erreur, setErreur] = useState<string>();
  const [envois, setEnvois] = useState<Envoi[]>([]);
  const [etat, setEtat] = useState<string | null>(null);

  const envoyer = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formulaire = event.currentTarget;
    const fichiers = new FormData(formulaire).getAll("fichier").filter((f): f is File => f instanceof File && f.size > 0);
    setErreur(undefined);
    setEnvois([]);
    if (!fichiers.length) return setErreur("Choisissez le ou les documents à importer.");
    const gros = fichiers.find((f) => f.size > ENVOIS.document.octets);
    if (gros) return setErreur(`${fichiers.length > 1 ? `« ${gros.name} » : ` : ""}${messageTropGros("document", gros.size)}`);
    const faits: Envoi[] = [];
    for (const [k, f] of fichiers.entries()) {
      const form = new FormData();
      form.set("fichier", f);
      const prefixe = fichiers.length > 1 ? `Fichier ${k + 1} sur ${fichiers.length} (« ${f.name} ») — ` : "";
      setEtat(`${prefixe}envoi : 0 %`);
      const r = await envoyerFichier<{ travailId: string }>("/televersement/document", form, (t) => setEtat(`${prefixe}${t}`));
      faits.push(r.ok ? { nom: f.name, travailId: r.data.travailId } : { nom: f.name, erreur: r.champs?.fichier ?? r.message });
      setEnvois([...faits]);
    }
    setEtat(null);
    if (faits.length === 1 && faits[0]!.travailId) return router.push(`/conventions/importer/${faits[0]!.travailId}`);
    if (faits.length === 1) return setErreur(faits[0]!.erreur);
    formulaire.reset();
    router.refresh();
  };

  return (
    <form onSubmit={envoyer} noValidate className="fr-mb-4w">
      <ChampFichier
        id="document-a-importer"
        name="fichier"
        label="Documents à importer"
        precision="Un ou plusieurs fichiers à la fois."
        nature="document"
        multiple
        accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff,.docx,.txt,application/pdf,image/png,image/jpeg,image/tiff,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        erreur={erreur}
      />
      <p role="status" className="fr-text--sm fr-mt-1w">
        {etat}
      </p>
      {envois.length > 1 && (
        <Alert
          severity={envois.some((e) => e.erreur) ? "warning" : "success"}
          small
          className="fr-mb-2w"
          description={
            <ul>
              {envois.map((e, i) => (
                <li key={i}>
                  {e.travailId ? (
                    <>
                      « {e.nom} » : envoyé, lecture en cours — <Lien href={`/conventions/importer/${e.travailId}`}>le relire</Lien>
                    </>
                  ) : (
                    <>
                      « {e.nom} » : refusé — {e.erreur}
                    </>
                  )}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Button type="submit" disabled={etat !== null} iconId="fr-icon-upload-line">
        Lire les documents
      </Button>
    </form>
  );
}
