import { Lien } from "@/components/navigation/lien";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { requireDroit } from "@/lib/server/auth/agent";
import { can } from "@/lib/server/policies";
import { loadFormData } from "@/lib/server/referentiel/list-referentiel";
import { blankConvention, modelConvention } from "@/lib/schemas/convention-form";
import { ConventionForm } from "@/components/convention/form/ConventionForm";
import { createConventionAction, createOrganisationAction } from "../actions";

export const metadata = { title: "Nouvelle convention" };

export default async function NouvelleConventionPage({ searchParams }: { searchParams: Promise<{ modele?: string }> }) {
  const agent = await requireDroit("convention.creer");
  const { modele } = await searchParams;
  const data = await loadFormData();
  return (
    <>
      <Breadcrumb currentPageLabel="Nouvelle convention" segments={[{ label: "Conventions", linkProps: { href: "/conventions" } }]} />
      <h1>Nouvelle convention</h1>
      <p className="fr-mb-2w">
        Partir{" "}
        {modele === "vierge" ? (
          <>
            d&apos;une convention vierge · <Lien href="/conventions/nouvelle">partir plutôt du modèle DINUM</Lien>
          </>
        ) : (
          <>
            du modèle DINUM (visas et articles usuels, à compléter) ·{" "}
            <Lien href="/conventions/nouvelle?modele=vierge">partir plutôt d&apos;une convention vierge</Lien>
          </>
        )}
      </p>
      <ConventionForm
        key={modele ?? "dinum"}
        initial={modele === "vierge" ? blankConvention() : modelConvention()}
        organisations={data.organisations}
        personnes={data.personnes}
        textes={data.textes}
        save={createConventionAction}
        createOrganisation={can(agent, "referentiel.modifier") ? createOrganisationAction : undefined}
        cancelHref="/conventions"
      />
    </>
  );
}
