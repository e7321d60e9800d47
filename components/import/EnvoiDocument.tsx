"use client";
// The upload of a document to import: the file field with its limit, the upload's progress, then the
// review screen of the import it starts (where its reading is followed).
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ChampFichier, fichierTropGros } from "@/components/form/ChampFichier";
import { envoyerFichier } from "@/components/form/envoi-fichier";

export function EnvoiDocument() {
  const router = useRouter();
  const [erreur, setErreur] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [etat, setEtat] = useState<string | null>(null);

  const envoyer = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErreur(undefined);
    setMessage(undefined);
    const tropGros = fichierTropGros(form, "fichier", "document");
    if (tropGros) return setErreur(tropGros);
    setEtat("Envoi du fichier : 0 %");
    const r = await envoyerFichier<{ travailId: string }>("/televersement/document", form, setEtat);
    if (r.ok) return router.push(`/conventions/importer/${r.data.travailId}`);
    setEtat(null);
    if (r.champs?.fichier) setErreur(r.champs.fichier);
    else setMessage(r.message);
  };

  return (
    <form onSubmit={envoyer} noValidate className="fr-mb-4w">
      {message && <Alert severity="error" small description={message} className="fr-mb-2w" />}
      <ChampFichier
        id="document-a-importer"
        name="fichier"
        label="Document à importer"
        nature="document"
        accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff,.docx,.txt,application/pdf,image/png,image/jpeg,image/tiff,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        erreur={erreur}
      />
      <p role="status" className="fr-text--sm fr-mt-1w">
        {etat}
      </p>
      <Button type="submit" disabled={etat !== null} iconId="fr-icon-upload-line">
        Lire le document
      </Button>
    </form>
  );
}
