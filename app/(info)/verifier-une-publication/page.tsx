import { VerifierPublication } from "@/components/publication/VerifierPublication";

export const metadata = { title: "Vérifier une publication" };

// Public: anyone holding a PDF learns whether it is a document this service published.
export default function VerifierUnePublication() {
  return (
    <>
      <h1>Vérifier une publication</h1>
      <p>
        Déposez le PDF d&apos;une convention de délégation de gestion ou d&apos;un avenant : le service dit s&apos;il s&apos;agit exactement
        d&apos;un document qu&apos;il a publié (par son empreinte SHA-256, comparée aux seuls documents publiés), lequel, où il est publié,
        et quelles signatures électroniques il porte. Le fichier n&apos;est pas conservé.
      </p>
      <VerifierPublication />
    </>
  );
}
