import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { requireDroit } from "@/lib/server/auth/agent";
import { getImport } from "@/lib/server/import/get-import";
import { orNotFound } from "@/lib/server/conventions/load-convention";
import { RevueImport } from "@/components/import/RevueImport";
import { loadContexteImport } from "@/lib/server/import/contexte";
import { candidatesAvenant } from "@/lib/server/import/save-avenant-importe";
import { enregistrerImportAction, verifierRevueAction } from "../actions";

export const metadata = { title: "Relire un document importé" };

export default async function RevueImportPage({ params }: { params: Promise<{ id: string }> }) {
  const agent = await requireDroit("document.importer");
  const { id } = await params;
  const vue = await orNotFound(getImport(agent, id));
  const { referentiel } = await loadContexteImport();
  const candidates = vue.analyse?.document.nature === "AVENANT" ? await candidatesAvenant(agent, vue.analyse.document) : null;
  const organisations = referentiel.map((o) => ({ sigle: o.sigle, nom: o.nom })).sort((x, y) => x.sigle.localeCompare(y.sigle, "fr"));
  return (
    <>
      <Breadcrumb
        currentPageLabel={vue.nom ?? "Document importé"}
        segments={[
          { label: "Conventions", linkProps: { href: "/conventions" } },
          { label: "Importer un document", linkProps: { href: "/conventions/importer" } },
        ]}
      />
      <h1>Relire le document importé</h1>
      <RevueImport
        vue={vue}
        organisations={organisations}
        candidates={candidates}
        enregistrer={enregistrerImportAction}
        verifier={verifierRevueAction}
      />
    </>
  );
}
