import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { requireDroit } from "@/lib/server/auth/agent";
import { EnvoiDocument } from "@/components/import/EnvoiDocument";

export const metadata = { title: "Importer un document" };

export default async function ImporterPage() {
  await requireDroit("document.importer");
  return (
    <>
      <Breadcrumb currentPageLabel="Importer un document" segments={[{ label: "Conventions", linkProps: { href: "/conventions" } }]} />
      <h1>Importer un document</h1>
      <p>
        Une convention ou un avenant que votre service détient déjà — PDF, scan, image, fichier Word ou texte — est lu par
        l&apos;application : parties, visas, articles, montants, échéancier, codes, signatures. Vous relisez ce qui a été lu et les
        constats, puis l&apos;enregistrez comme brouillon ou, s&apos;il est déjà signé, comme convention signée dont le fichier est
        l&apos;exemplaire signé. Un document lu mais non enregistré est oublié au bout d&apos;un jour.
      </p>
      <EnvoiDocument />
    </>
  );
}
